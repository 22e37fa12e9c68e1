using System.Text.RegularExpressions;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>A backup long enough to show progress: the progress reply is edited as bytes are written, then into the answer.</summary>
public sealed partial class BackupProgressTests : BotTestBase, IDisposable
{
    private const int FileMegabytes = 96;

    private readonly string _backupDirectory = Directory.CreateTempSubdirectory("serverstatus-backups-").FullName;

    protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["Backups:Directory"] = _backupDirectory;
        settings["Backups:MinFreeSpaceMegabytes"] = "0";
        settings["Backups:Codec"] = "gzip";
        settings["Backups:ProgressIntervalMilliseconds"] = "10";
        settings["Bot:ProgressEditSeconds"] = "0.02";
    }

    public void Dispose() => Directory.Delete(_backupDirectory, recursive: true);

    [Fact]
    public async Task EditsTheProgressReplyIntoTheAnswer_WhenABackupTakesAWhile()
    {
        var data = Sandbox.CreateBindDirectory();
        var bytes = new byte[FileMegabytes * 1024 * 1024];
        Random.Shared.NextBytes(bytes);
        await File.WriteAllBytesAsync(Path.Combine(data, "world.bin"), bytes);
        await Sandbox.CreateServerAsync("big", binds: [$"{data}:/data"]);

        var asked = await Discord.SayAsync(TestApp.AdminId, "$backup big first");
        var reply = await Discord.WaitForReplyAsync(asked, TimeSpan.FromSeconds(60));
        await WaitForAsync(() => reply.Content?.Contains("Backed up", StringComparison.Ordinal) == true, reply);

        FakeDiscordServer.Text(reply).ShouldContain("Backed up **big** as `first`");
        reply.Edits.Select(edit => (string?)edit["content"] ?? "").ShouldContain(content => BytesWritten().IsMatch(content), FakeDiscordServer.Text(reply));
        Discord.Rest.Messages.Count(m => m.ReplyTo == asked).ShouldBe(1);
    }

    private static async Task WaitForAsync(Func<bool> done, FakeMessage reply)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The progress reply was not replaced by the answer: {reply.Content}");
            }

            await Task.Delay(20);
        }
    }

    // "💾 Backing up **big**… 12.5 MiB written (1 s)": more than nothing written.
    [GeneratedRegex(@"Backing up \*\*big\*\*… [1-9][0-9.]* (KiB|MiB|GiB) written \(\d+ s\)")]
    private static partial Regex BytesWritten();
}
