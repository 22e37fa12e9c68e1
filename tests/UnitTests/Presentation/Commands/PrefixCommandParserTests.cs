using DiscordApi.Commands;
using DiscordApi.Messages;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class PrefixCommandParserTests
{
    private const ulong Bot = 555;
    private readonly PrefixCommandParser _parser = new(CommandCatalog.Default);

    private static string Text(PrefixParse parse) =>
        string.Join(" ", parse.Problem!.Messages.SelectMany(m => m.Embeds).Select(e => e.Title + " " + e.Description));

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

        parse.Command.ShouldNotBeNull().Definition.Name.ShouldBe(command);
        parse.Run.ShouldNotBeNull();
    }

    [Fact]
    public void ShowsHelp_WhenOnlyMentioned()
    {
        _parser.Parse("<@555>", "$", Bot).ShouldNotBeNull().Command!.Definition.Name.ShouldBe("help");
    }

    [Fact]
    public void SuggestsTheClosestCommand()
    {
        Text(_parser.Parse("$stauts", "$", Bot)!).ShouldContain("Did you mean `$status`?");
    }

    [Fact]
    public void PointsToHelp_WhenNothingIsClose()
    {
        Text(_parser.Parse("$frobnicate", "$", Bot)!).ShouldContain("Unknown command `frobnicate`. See `$help`.");
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
        _parser.Parse("$kill mc", "$", Bot)!.Run!.ConfirmationPrompt.ShouldNotBeNull().ShouldContain("**mc**");
        _parser.Parse("$kill mc --yes", "$", Bot)!.Run!.ConfirmationPrompt.ShouldBeNull();
    }

    [Fact]
    public void AsksToConfirm_RestoresAndBackupDeletions_ButNotBackups()
    {
        _parser.Parse("$restore mc b1", "$", Bot)!.Run!.ConfirmationPrompt.ShouldNotBeNull().ShouldContain("**b1**");
        _parser.Parse("$restore mc b1 --yes", "$", Bot)!.Run!.ConfirmationPrompt.ShouldBeNull();
        _parser.Parse("$backup delete mc b1", "$", Bot)!.Run!.ConfirmationPrompt.ShouldNotBeNull().ShouldContain("Delete backup **b1** of **mc**");
        _parser.Parse("$backup mc b1", "$", Bot)!.Run!.ConfirmationPrompt.ShouldBeNull();
        Text(_parser.Parse("$backup delete mc", "$", Bot)!).ShouldContain("backup delete <server> <name>");
        _parser.Parse("$list_backups mc", "$", Bot)!.Command!.Definition.Name.ShouldBe("backups");
    }

    [Theory]
    [InlineData("$cmd mc say \"hello\"  world", "say \"hello\"  world")]
    [InlineData("$send mc say don't stop", "say don't stop")]
    public void KeepsConsoleTextAsTyped(string content, string expected)
    {
        var parse = _parser.Parse(content, "$", Bot).ShouldNotBeNull();

        parse.Command!.Definition.Name.ShouldBe("cmd");
        parse.Run.ShouldNotBeNull(); // the console line reaching the server is checked end to end
        parse.Problem.ShouldBeNull(expected);
    }

    [Fact]
    public void StillRefusesUnclosedQuotes_WhereTheyAreSyntax()
    {
        Text(_parser.Parse("$exec mc sh -c \"echo", "$", Bot)!).ShouldContain("A quote (\") is not closed.");
    }

    [Fact]
    public void UsesAConfiguredPrefix()
    {
        _parser.Parse("!!status", "!!", Bot).ShouldNotBeNull().Command!.Definition.Name.ShouldBe("status");
        _parser.Parse("$status", "!!", Bot).ShouldBeNull();
    }

    [Fact]
    public void RegistersValidSlashCommands()
    {
        var commands = CommandCatalog.Default.SlashCommands();

        commands.Select(c => c.Name).ShouldBe(["status", "start", "stop", "restart", "kill", "cmd", "exec", "logs", "backup", "backup_delete", "backups", "restore", "schedule", "schedule_list", "schedule_remove", "permissions", "admins", "audit", "help", "uptime"]);
        foreach (var command in commands)
        {
            Should.NotThrow(() => CommandValidator.Validate(command));
        }
    }
}
