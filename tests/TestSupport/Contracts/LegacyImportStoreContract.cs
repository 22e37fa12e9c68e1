using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="ILegacyImportStore"/>: a file's hash is known once recorded, and a hash
/// recorded again keeps its first record (so that a file is imported once). Every fact uses hashes of its own.
/// </summary>
public abstract class LegacyImportStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test; a persistent one answers each call from a fresh unit of work, as each command has its own.</summary>
    protected abstract ILegacyImportStore Store();

    /// <summary>The record kept for <paramref name="fileHash"/>, read past the port (which has no way to read one).</summary>
    protected abstract Task<LegacyImport?> RecordOfAsync(string fileHash);

    [Fact]
    public async Task KnowsAHash_OnlyAfterItWasRecorded()
    {
        var (hash, other) = (Hash(), Hash());
        var before = await Store().WasImportedAsync(hash, default);

        await Store().RecordAsync(LegacyImport.Create(hash, "/srv/permissions.json", At, 3, 1, 2), default);

        before.ShouldBeFalse();
        (await Store().WasImportedAsync(hash, default)).ShouldBeTrue();
        (await Store().WasImportedAsync(other, default)).ShouldBeFalse();
    }

    [Fact]
    public async Task KeepsTheFirstRecord_WhenTheSameHashIsRecordedTwice()
    {
        var hash = Hash();
        await Store().RecordAsync(LegacyImport.Create(hash, "/srv/permissions.json", At, 3, 1, 0), default);

        await Store().RecordAsync(LegacyImport.Create(hash, "/srv/other.json", At.AddDays(1), 0, 0, 5), default);

        var kept = (await RecordOfAsync(hash)).ShouldNotBeNull();
        (kept.Path, kept.ImportedAt, kept.GrantsAdded, kept.AdminsAdded, kept.Skipped).ShouldBe(("/srv/permissions.json", At, 3, 1, 0));
    }

    private static string Hash() => ContractIds.Next().ToString("x64", System.Globalization.CultureInfo.InvariantCulture);
}
