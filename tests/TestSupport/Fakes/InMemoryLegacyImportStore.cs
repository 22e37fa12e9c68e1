using ServerStatus.Application.Permissions.ImportLegacyPermissions;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.TestSupport.Fakes;

/// <summary>Recorded legacy imports with the semantics of the EF store (one record per hash).</summary>
public sealed class InMemoryLegacyImportStore : ILegacyImportStore
{
    private readonly List<LegacyImport> _imports = [];

    public IReadOnlyList<LegacyImport> Imports => _imports;

    public Task<bool> WasImportedAsync(string fileHash, CancellationToken ct) => Task.FromResult(_imports.Any(i => i.FileHash == fileHash));

    public Task RecordAsync(LegacyImport import, CancellationToken ct)
    {
        if (!_imports.Any(i => i.FileHash == import.FileHash))
        {
            _imports.Add(import);
        }

        return Task.CompletedTask;
    }
}
