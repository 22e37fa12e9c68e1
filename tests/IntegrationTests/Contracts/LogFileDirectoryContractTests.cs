using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Logging;
using ServerStatus.Infrastructure.Logging;
using ServerStatus.TestSupport.Contracts;

namespace ServerStatus.IntegrationTests.Contracts;

/// <summary><see cref="LogDirectoryContract"/> for the log files on the real file system, in a temporary directory of each fact.</summary>
public sealed class LogFileDirectoryContractTests : LogDirectoryContract, IDisposable
{
    private readonly DirectoryInfo _directory = System.IO.Directory.CreateTempSubdirectory("serverstatus-logs-");

    public LogFileDirectoryContractTests() =>
        Directory = new LogFileDirectory(Options.Create(new LogFileOptions { Path = Path.Combine(_directory.FullName, "latest.log") }));

    protected override ILogDirectory Directory { get; }

    public void Dispose() => _directory.Delete(recursive: true);

    protected override async Task WriteAsync(string name, int kb, DateTimeOffset written)
    {
        var path = Path.Combine(_directory.FullName, name);
        await File.WriteAllBytesAsync(path, new byte[kb * 1024]);
        File.SetLastWriteTimeUtc(path, written.UtcDateTime);
    }

    // .NET on Unix takes an advisory lock on every file it opens, as the bot's log writer does.
    protected override IDisposable HoldOpen(string name) =>
        new FileStream(Path.Combine(_directory.FullName, name), FileMode.Append, FileAccess.Write, FileShare.Read);

    protected override bool Exists(string name) => File.Exists(Path.Combine(_directory.FullName, name));
}
