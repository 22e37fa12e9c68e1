using System.Text;
using Docker.DotNet.Models;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>backup, backups, backup delete and restore through the fake Discord against the real engine.</summary>
public sealed class BackupCommandTests(BackupCommandTests.Setup fixture) : BotTests<BackupCommandTests.Setup>(fixture)
{
    [Fact]
    public async Task BacksUp_ListsAndDeletes()
    {
        await CreateVolumeServerAsync("vault");

        var made = await Discord.AskAsync(TestApp.AdminId, "$backup vault first");
        var listed = await Discord.AskAsync(TestApp.AdminId, "$list_backups vault");
        var deleted = await Discord.AskAsync(TestApp.AdminId, "$backup delete vault first --yes");
        var empty = await Discord.AskAsync(TestApp.AdminId, "$backups vault");

        made.ShouldContain("Backed up **vault** as `first`");
        listed.ShouldContain("first");
        listed.ShouldContain("manual");
        deleted.ShouldContain("Deleted backup `first` of **vault**");
        empty.ShouldContain("no backups yet");
    }

    [Fact]
    public async Task RestoresOnlyAfterConfirmation()
    {
        await CreateVolumeServerAsync("keep");
        await Discord.WaitForReplyAsync(await Discord.SayAsync(TestApp.AdminId, "$backup keep base"));
        var prompt = await Discord.WaitForReplyAsync(await Discord.SayAsync(TestApp.AdminId, "$restore keep base"));
        FakeDiscordServer.Text(prompt).ShouldContain("Please confirm");

        var token = await Discord.ClickAsync(TestApp.AdminId, prompt.Id, FakeDiscordServer.Button(prompt, "confirm"));

        // Done once the prompt no longer says it is working (it may show progress edits meanwhile).
        await Discord.WaitForAnswerAsync(token, i => i.Original?.Edits.Count >= 2 && !FakeDiscordServer.Text(prompt).Contains("Working…", StringComparison.Ordinal));
        FakeDiscordServer.Text(prompt).ShouldContain("Restored `base` on **keep** and started it again");
        FakeDiscordServer.Text(prompt).ShouldContain("pre-restore-");
    }

    [Fact]
    public async Task SaysABackupIsMissing_BeforeAskingToRestoreOrDeleteIt()
    {
        await CreateVolumeServerAsync("asked");

        var restore = await Discord.AskAsync(TestApp.AdminId, "$restore asked nosuch");
        var delete = await Discord.AskAsync(TestApp.AdminId, "$backup delete asked nosuch");
        var unknownServer = await Discord.AskAsync(TestApp.AdminId, "$restore nowhere base");

        restore.ShouldContain("`asked` has no backup named `nosuch`.");
        delete.ShouldContain("`asked` has no backup named `nosuch`.");
        unknownServer.ShouldContain("No server named `nowhere`.");
        string.Concat(restore, delete, unknownServer).ShouldNotContain("Please confirm");
    }

    [Fact]
    public async Task RefusesATraversalName()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$backup vault ../../etc");

        reply.ShouldContain("not a valid backup name");
    }

    [Fact]
    public async Task RefusesANameEndingInANewline()
    {
        var reply = await Discord.AskAsync(TestApp.AdminId, "$backup vault \"nl\n\"");

        reply.ShouldContain("not a valid backup name");
    }

    [Fact]
    public async Task RefusesASlashOptionOfTheWrongType_AndMakesNoBackup()
    {
        await CreateVolumeServerAsync("typed");

        var token = await Discord.SlashAsync(TestApp.AdminId, "backup", new { server = "typed", name = 7 });
        var answer = await Discord.WaitForAnswerAsync(token);

        FakeDiscordServer.Text(answer.Callbacks[0]).ShouldContain("The `name` option takes text.");
        (await Discord.AskAsync(TestApp.AdminId, "$backups typed")).ShouldContain("no backups yet");
    }

    private Task<string> CreateVolumeServerAsync(string name) => Sandbox.CreateVolumeServerAsync(name, "level.dat", "level\n");

    public sealed class Setup : BotFixture
    {
        private readonly string _backupDirectory = Directory.CreateTempSubdirectory("serverstatus-backups-").FullName;

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Backups:Directory"] = _backupDirectory;
            settings["Backups:MinFreeSpaceMegabytes"] = "0";
        }

        protected override Task CleanUpAsync()
        {
            Directory.Delete(_backupDirectory, recursive: true);
            return Task.CompletedTask;
        }
    }
}
