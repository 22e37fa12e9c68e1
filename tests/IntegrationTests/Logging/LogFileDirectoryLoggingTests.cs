using Microsoft.Extensions.Options;
using ServerStatus.Application.Logging;
using ServerStatus.Infrastructure.Logging;

namespace ServerStatus.IntegrationTests.Logging;

/// <summary>The log directory adapter on the real file system.</summary>
public sealed class LogFileDirectoryLoggingTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-logs-");
    private readonly LogFileDirectory _logs;

    public LogFileDirectoryLoggingTests() =>
        _logs = new LogFileDirectory(Options.Create(new LogFileOptions { Path = Path.Combine(_directory.FullName, "latest.log") }));

    public void Dispose() => _directory.Delete(recursive: true);

    private string Write(string name, int kb, int minutesAgo)
    {
        var path = Path.Combine(_directory.FullName, name);
        File.WriteAllBytes(path, new byte[kb * 1024]);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-minutesAgo));
        return path;
    }

    [Fact]
    public async Task ListsTheLogFileAndItsRolledSiblings_Only()
    {
        Write("latest.log", 1, 0);
        Write("latest_001.log", 2, 10);
        Write("latest_backup.log", 1, 10);
        Write("other.log", 1, 10);
        Write("latest.txt", 1, 10);

        var files = await _logs.ListAsync(CancellationToken.None);

        files.Select(f => f.Name).Order(StringComparer.Ordinal).ShouldBe(["latest.log", "latest_001.log"]);
        files.Single(f => f.Name == "latest_001.log").SizeBytes.ShouldBe(2048);
    }

    [Fact]
    public async Task MarksTheNewestFileAndAnyFileHeldOpen_AsActive()
    {
        Write("latest_001.log", 1, 30);
        var held = Write("latest_002.log", 1, 20);
        Write("latest_003.log", 1, 10);
        await using var writer = new FileStream(held, FileMode.Append, FileAccess.Write, FileShare.Read);

        var files = await _logs.ListAsync(CancellationToken.None);

        files.Where(f => f.IsActive).Select(f => f.Name).Order(StringComparer.Ordinal).ShouldBe(["latest_002.log", "latest_003.log"]);
        (await _logs.DeleteAsync("latest_002.log", CancellationToken.None)).ShouldBeFalse();
        File.Exists(held).ShouldBeTrue();
    }

    [Fact]
    public async Task DeletesOnlyItsOwnFiles()
    {
        Write("latest_001.log", 1, 30);
        var other = Write("other.log", 1, 30);

        (await _logs.DeleteAsync("latest_001.log", CancellationToken.None)).ShouldBeTrue();
        (await _logs.DeleteAsync("other.log", CancellationToken.None)).ShouldBeFalse();
        (await _logs.DeleteAsync("../latest_001.log", CancellationToken.None)).ShouldBeFalse();

        File.Exists(other).ShouldBeTrue();
        File.Exists(Path.Combine(_directory.FullName, "latest_001.log")).ShouldBeFalse();
    }
}
