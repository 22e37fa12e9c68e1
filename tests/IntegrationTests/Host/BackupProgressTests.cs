using System.Text.RegularExpressions;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// Backups and restores long enough to show progress (a server with a 96 MiB file, progress edited every 20 ms):
/// the progress reply or prompt is edited as bytes go by, then into the answer.
/// </summary>
public sealed partial class BackupProgressTests(BackupProgressTests.Setup fixture) : BotTests<BackupProgressTests.Setup>(fixture)
{
    private const int FileMegabytes = 96;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task EditsTheProgressReplyIntoTheAnswer_WhenABackupTakesAWhile()
    {
        await CreateBigServerAsync("big");

        var asked = await Discord.SayAsync(TestApp.AdminId, "$backup big first");
        var reply = await BackedUpAsync(asked);

        FakeDiscordServer.Text(reply).ShouldContain("Backed up **big** as `first`");
        reply.Edits.Select(edit => (string?)edit["content"] ?? "").ShouldContain(content => BytesWritten().IsMatch(content), FakeDiscordServer.Text(reply));
        Discord.Rest.Messages.Count(m => m.ReplyTo == asked).ShouldBe(1);
    }

    [Fact]
    public async Task EditsTheDeferredSlashResponse_WithProgressAndThenTheAnswer()
    {
        await CreateBigServerAsync("big");

        var token = await Discord.SlashAsync(TestApp.AdminId, "backup", new { server = "big", name = "slashed" });
        var interaction = await Discord.WaitForAnswerAsync(token,
            i => i.Original?.Content?.Contains("Backed up", StringComparison.Ordinal) == true, Patience);

        var original = interaction.Original ?? throw new InvalidOperationException("no original response");
        FakeDiscordServer.Text(original).ShouldContain("Backed up **big** as `slashed`");
        original.Edits.Select(edit => (string?)edit["content"] ?? "").ShouldContain(content => BytesWritten().IsMatch(content), FakeDiscordServer.Text(original));
        interaction.Followups.ShouldBeEmpty();
    }

    [Fact]
    public async Task ShowsTheRestoreStagesInTheConfirmedPrompt_WhenARestoreTakesAWhile()
    {
        await CreateBigServerAsync("huge");
        await BackedUpAsync(await Discord.SayAsync(TestApp.AdminId, "$backup huge base"));
        var prompt = await Discord.WaitForReplyAsync(await Discord.SayAsync(TestApp.AdminId, "$restore huge base"));

        await Discord.ClickAsync(TestApp.AdminId, prompt.Id, FakeDiscordServer.Button(prompt, "confirm"));
        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(prompt).Contains("Restored", StringComparison.Ordinal), "the restore is answered", Patience);

        var shown = prompt.Edits.Select(edit => FakeDiscordServer.Text(edit)).ToList();
        shown.ShouldContain(text => BytesRestored().IsMatch(text), string.Join("\n", shown));
        FakeDiscordServer.Text(prompt).ShouldContain("Restored `base` on **huge** and started it again");
    }

    private async Task CreateBigServerAsync(string name)
    {
        var data = Sandbox.CreateBindDirectory();
        var bytes = new byte[FileMegabytes * 1024 * 1024];
        Random.Shared.NextBytes(bytes);
        await File.WriteAllBytesAsync(Path.Combine(data, "world.bin"), bytes);
        await Sandbox.CreateServerAsync(name, binds: [$"{data}:/data"]);
    }

    private async Task<FakeMessage> BackedUpAsync(ulong asked)
    {
        var reply = await Discord.WaitForReplyAsync(asked, Patience);
        await Eventually.HoldsAsync(() => reply.Content?.Contains("Backed up", StringComparison.Ordinal) == true, "the progress reply becomes the answer", Patience);
        return reply;
    }

    // "💾 Backing up **big**… 12.5 MiB written (1 s)": more than nothing written.
    [GeneratedRegex(@"Backing up \*\*big\*\*… [1-9][0-9.]* (KiB|MiB|GiB) written \(\d+ s\)")]
    private static partial Regex BytesWritten();

    // "♻️ Restoring `base` on **huge**… 40 MiB restored (3 s)".
    [GeneratedRegex(@"Restoring `base` on \*\*huge\*\*… [1-9][0-9.]* (KiB|MiB|GiB) restored \(\d+ s\)")]
    private static partial Regex BytesRestored();

    public sealed class Setup : BotFixture
    {
        private readonly string _backupDirectory = Directory.CreateTempSubdirectory("serverstatus-backups-").FullName;

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Backups:Directory"] = _backupDirectory;
            settings["Backups:MinFreeSpaceMegabytes"] = "0";
            settings["Backups:Codec"] = "gzip";
            settings["Backups:ProgressIntervalMilliseconds"] = "10";
            settings["Bot:ProgressEditSeconds"] = "0.02";
            settings["Bot:DeferAfterMilliseconds"] = "100"; // slash progress shows once the response is deferred
        }

        protected override Task CleanUpAsync()
        {
            Directory.Delete(_backupDirectory, recursive: true);
            return Task.CompletedTask;
        }
    }
}
