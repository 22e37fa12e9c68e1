using DiscordApi.Commands;
using DiscordApi.Messages;
using ServerStatus.Application.Servers;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class PrefixCommandParserTests
{
    private const ulong Bot = 555;
    private readonly PrefixCommandParser _parser = new(CommandCatalog.Default);

    // The answer the executor gives to what the parser or the command could not read: the problem and the usage.
    private static string Text(PrefixParse parse)
    {
        var prepared = parse.Command?.Prepare(parse.Arguments);
        var reply = prepared is null
            ? ErrorReplies.Usage(parse.Problem.ShouldNotBeNull(), usage: null, "$")
            : ErrorReplies.Usage(prepared.Problem.ShouldNotBeNull(), prepared.Info.Usage, "$");
        return string.Join(" ", reply.Messages.SelectMany(m => m.Embeds).Select(e => e.Title + " " + e.Description));
    }

    private ICommandRun Run(string content)
    {
        var parse = _parser.Parse(content, "$", Bot).ShouldNotBeNull();
        return parse.Command.ShouldNotBeNull().Prepare(parse.Arguments).Run.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("hello there")]
    [InlineData("$5 for the server")]
    [InlineData("$ ")]
    [InlineData("!status")]
    public void IgnoresMessagesNotForTheBot(string content)
    {
        _parser.Parse(content, "$", Bot).ShouldBeNull();
    }

    [Theory]
    [InlineData("$restart mc", "restart")]
    [InlineData("$RESTART mc", "restart")]
    [InlineData("<@555> restart mc", "restart")]
    [InlineData("<@!555>   s", "status")]
    [InlineData("$bot_uptime", "uptime")]
    public void FindsTheCommand_ByNameAliasOrMention(string content, string command)
    {
        var parse = _parser.Parse(content, "$", Bot).ShouldNotBeNull();

        parse.Command.ShouldNotBeNull().Info.Name.ShouldBe(command);
        parse.Command.Prepare(parse.Arguments).Run.ShouldNotBeNull();
    }

    [Fact]
    public void ShowsHelp_WhenOnlyMentioned()
    {
        _parser.Parse("<@555>", "$", Bot).ShouldNotBeNull().Command!.Info.Name.ShouldBe("help");
    }

    [Fact]
    public void SuggestsTheClosestCommand()
    {
        Text(_parser.Parse("$stauts", "$", Bot)!).ShouldContain("Did you mean `$status`?");
    }

    [Fact]
    public void PointsToHelp_WhenNothingIsClose_NamingItOnce()
    {
        var text = Text(_parser.Parse("$frobnicate", "$", Bot)!);

        text.ShouldContain("Unknown command `frobnicate`. See `$help` for every command.");
        text.Split("help").Length.ShouldBe(2);
    }

    [Fact]
    public void ShowsTheUsage_OnBadArguments()
    {
        var text = Text(_parser.Parse("$kill", "$", Bot)!);

        text.ShouldContain("Name at least one server.");
        text.ShouldContain("`$kill <servers...> [--yes]`");
    }

    [Fact]
    public void RefusesUnknownOptions()
    {
        Text(_parser.Parse("$restart mc --force", "$", Bot)!).ShouldContain("Unknown option `--force`.");
    }

    [Fact]
    public void AsksForConfirmation_UnlessYesIsGiven()
    {
        Run("$kill mc").Confirmation.ShouldNotBeNull().Question(["mc"]).ShouldContain("**mc**");
        Run("$kill mc --yes").Confirmation.ShouldBeNull();
    }

    [Fact]
    public void AsksToConfirm_RestoresAndBackupDeletions_ButNotBackups()
    {
        Run("$restore mc b1").Confirmation.ShouldNotBeNull().Question(["mc"]).ShouldContain("**b1**");
        Run("$restore mc b1 --yes").Confirmation.ShouldBeNull();
        Run("$backup delete mc b1").Confirmation.ShouldNotBeNull().Question(["mc"]).ShouldContain("Delete backup **b1** of **mc**");
        Run("$backup mc b1").Confirmation.ShouldBeNull();
        Text(_parser.Parse("$backup delete mc", "$", Bot)!).ShouldContain("backup delete <server> <name>");
        _parser.Parse("$list_backups mc", "$", Bot)!.Command!.Info.Name.ShouldBe("backups");
    }

    [Theory]
    [InlineData("$cmd mc say \"hello\"  world", "say \"hello\"  world")]
    [InlineData("$send mc say don't stop", "say don't stop")]
    public void KeepsConsoleTextAsTyped(string content, string expected)
    {
        var parse = _parser.Parse(content, "$", Bot).ShouldNotBeNull();

        parse.Command!.Info.Name.ShouldBe("cmd");
        parse.Problem.ShouldBeNull();
        parse.Command.Prepare(parse.Arguments).Run.ShouldNotBeNull().Message.ShouldBeOfType<SendConsoleCommand>().Text.ShouldBe(expected);
    }

    [Fact]
    public void StillRefusesUnclosedQuotes_WhereTheyAreSyntax()
    {
        Text(_parser.Parse("$exec mc sh -c \"echo", "$", Bot)!).ShouldContain("A quote (\") is not closed.");
    }

    [Fact]
    public void UsesAConfiguredPrefix()
    {
        _parser.Parse("!!status", "!!", Bot).ShouldNotBeNull().Command!.Info.Name.ShouldBe("status");
        _parser.Parse("$status", "!!", Bot).ShouldBeNull();
    }

    [Fact]
    public void RegistersValidSlashCommands()
    {
        var commands = CommandCatalog.Default.SlashCommands();

        commands.Select(c => c.Name).ShouldBe(["status", "start", "stop", "restart", "kill", "cancel", "pending", "cmd", "exec", "logs", "graph", "backup", "backup_delete", "backups", "restore", "schedule", "schedule_list", "schedule_remove", "schedule_restart", "schedule_stop", "schedule_start", "schedule_chain", "alerts", "alerts_channel", "alerts_off", "alerts_on", "alerts_mute", "alerts_unmute", "maintenance", "maintenance_on", "maintenance_off", "board", "board_create", "board_delete", "updates", "update", "update_check", "update_skip", "rollback", "permissions", "admins", "audit", "help", "uptime"]);
        foreach (var command in commands)
        {
            Should.NotThrow(() => CommandValidator.Validate(command));
        }
    }
}
