using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Logging;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers (trimming the logs) rely on from an <see cref="ILogDirectory"/> whose log file is <c>latest.log</c>:
/// it lists that file and its rolled siblings (<c>latest_001.log</c>) only, with size and last write; the newest
/// file and any file a writer holds open are active and a held file is never deleted; it deletes only its own files.
/// </summary>
public abstract class LogDirectoryContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The directory under test, empty when the fact starts; the bot's log file is <c>latest.log</c> in it.</summary>
    protected abstract ILogDirectory Directory { get; }

    /// <summary>Puts a file of <paramref name="kb"/> KiB named <paramref name="name"/> in the directory, last written at <paramref name="written"/>.</summary>
    protected abstract Task WriteAsync(string name, int kb, DateTimeOffset written);

    /// <summary>A writer holds the file open until the result is disposed.</summary>
    protected abstract IDisposable HoldOpen(string name);

    /// <summary>Whether a file of that name is in the directory (the port lists only its own).</summary>
    protected abstract bool Exists(string name);

    [Fact]
    public async Task ListsTheLogFileAndItsRolledSiblings_Only()
    {
        await WriteAsync("latest.log", 1, Now);
        await WriteAsync("latest_001.log", 2, Now.AddMinutes(-10));
        await WriteAsync("latest_backup.log", 1, Now.AddMinutes(-10));
        await WriteAsync("other.log", 1, Now.AddMinutes(-10));
        await WriteAsync("latest.txt", 1, Now.AddMinutes(-10));

        var files = await Directory.ListAsync(default);

        files.Select(f => f.Name).Order(StringComparer.Ordinal).ShouldBe(["latest.log", "latest_001.log"]);
        var rolled = files.Single(f => f.Name == "latest_001.log");
        (rolled.SizeBytes, rolled.LastWriteUtc).ShouldBe((2048L, Now.AddMinutes(-10)));
    }

    [Fact]
    public async Task MarksTheNewestFileAndAnyFileHeldOpen_AsActive()
    {
        await WriteAsync("latest_001.log", 1, Now.AddMinutes(-30));
        await WriteAsync("latest_002.log", 1, Now.AddMinutes(-20));
        await WriteAsync("latest_003.log", 1, Now.AddMinutes(-10));
        using var writer = HoldOpen("latest_002.log");

        var files = await Directory.ListAsync(default);

        files.Where(f => f.IsActive).Select(f => f.Name).Order(StringComparer.Ordinal).ShouldBe(["latest_002.log", "latest_003.log"]);
    }

    [Fact]
    public async Task RefusesToDeleteAFileHeldOpen()
    {
        await WriteAsync("latest_001.log", 1, Now.AddMinutes(-30));
        await WriteAsync("latest.log", 1, Now);
        using var writer = HoldOpen("latest_001.log");

        var deleted = await Directory.DeleteAsync("latest_001.log", default);

        deleted.ShouldBeFalse();
        Exists("latest_001.log").ShouldBeTrue();
    }

    [Fact]
    public async Task DeletesAnOwnFile_WhenNoWriterHoldsIt()
    {
        await WriteAsync("latest_001.log", 1, Now.AddMinutes(-30));
        await WriteAsync("latest.log", 1, Now);

        var deleted = await Directory.DeleteAsync("latest_001.log", default);

        deleted.ShouldBeTrue();
        Exists("latest_001.log").ShouldBeFalse();
        (await Directory.ListAsync(default)).Select(f => f.Name).ShouldBe(["latest.log"]);
    }

    [Fact]
    public async Task RefusesToDelete_WhenTheNameIsNotAnOwnFileThere()
    {
        await WriteAsync("latest_001.log", 1, Now.AddMinutes(-30));
        await WriteAsync("other.log", 1, Now.AddMinutes(-30));

        var other = await Directory.DeleteAsync("other.log", default);
        var outside = await Directory.DeleteAsync("../latest_001.log", default);
        var missing = await Directory.DeleteAsync("latest_009.log", default);

        (other, outside, missing).ShouldBe((false, false, false));
        Exists("other.log").ShouldBeTrue();
        Exists("latest_001.log").ShouldBeTrue();
    }
}
