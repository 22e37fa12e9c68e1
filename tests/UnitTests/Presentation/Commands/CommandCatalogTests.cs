using System.Text.RegularExpressions;
using Mediator;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.UnitTests.Presentation.Commands;

/// <summary>
/// Every command's one declaration holds together: its examples parse, the permission help shows is the one the
/// pipeline enforces on the messages those examples produce, and the message answers with what the command formats.
/// </summary>
public sealed partial class CommandCatalogTests
{
    private static readonly CommandCatalog Catalog = CommandCatalog.Default;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in Catalog.Commands.SelectMany(Family).SelectMany(c => c.Info.Examples).Distinct())
        {
            data.Add(example);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ParsesEveryExample_IntoAMessageNeedingWhatHelpShows(string example)
    {
        var words = CommandTokenizer.Split(Channels().Replace(Placeholders().Replace(example, "<@123456789012345678>"), "<#123456789012345678>")).Value;
        var command = Catalog.Find(words[0]).ShouldNotBeNull();
        var shown = words.Count > 1 ? Catalog.Find($"{words[0]}_{words[1]}") ?? command : command; // a sibling typed with a space

        var prepared = command.Prepare(CommandArguments.FromTokens(words.Skip(1), command.Info.Arguments));

        var message = prepared.Run.ShouldNotBeNull(prepared.Problem).Message;
        (message is null ? CommandRequirement.Everyone : CommandRequirement.Of(message)).ShouldBe(shown.Requirement); // help answers from the catalog
    }

    [Fact]
    public void GivesEveryCommandExamplesAndAUsage()
    {
        var commands = Catalog.Commands.SelectMany(Family).ToList();

        commands.ShouldAllBe(c => c.Info.Examples.Count > 0 && c.Info.Usage.Length > 0 && c.Info.Summary.Length > 0);
    }

    [Fact]
    public void MakesEveryMemberOfAGroupNeedTheSame()
    {
        var groups = Catalog.Commands.OfType<CommandGroup>().ToList();

        groups.ShouldNotBeEmpty();
        groups.ShouldAllBe(g => g.Members.All(m => m.Requirement == g.Requirement));
    }

    [Fact]
    public void SendsMessagesThatAnswerWithWhatTheCommandFormats()
    {
        var typed = Catalog.Commands.SelectMany(Family).Select(c => TypedBase(c.GetType())).OfType<Type>().ToList();

        typed.Count.ShouldBeGreaterThan(15);
        typed.Where(t => !AnswersWith(t.GetGenericArguments()[0], t.GetGenericArguments()[1])).Select(t => t.GetGenericArguments()[0].Name).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("start", Permission.Start)]
    [InlineData("stop", Permission.Stop)]
    [InlineData("restart", Permission.Restart)]
    [InlineData("kill", Permission.Kill)]
    [InlineData("status", Permission.Status)]
    [InlineData("restore", Permission.Restore)]
    public void ReadsThePermissionFromTheMessage(string name, Permission expected)
    {
        Catalog.Find(name).ShouldNotBeNull().Requirement.ShouldBe(new CommandRequirement(false, expected));
    }

    [Theory]
    [InlineData("permissions")]
    [InlineData("admins")]
    [InlineData("schedule")]
    [InlineData("schedule_list")]
    [InlineData("audit")]
    public void KnowsAdminOnlyCommands(string name)
    {
        Catalog.Find(name).ShouldNotBeNull().Requirement.ShouldBe(CommandRequirement.Admins);
    }

    [Fact]
    public void RefusesAnUndeclaredOption_ButKeepsOptionsOfAnExecCommandLine()
    {
        var backups = Catalog.Find("backups").ShouldNotBeNull().Prepare(CommandArguments.FromTokens(["mc", "--all"]));
        var exec = Catalog.Find("exec").ShouldNotBeNull().Prepare(CommandArguments.FromTokens(["mc", "ls", "--all"], ArgumentStyle.CommandLine));

        backups.Problem.ShouldBe("Unknown option `--all`.");
        exec.Run.ShouldNotBeNull().Message.ShouldBeOfType<ExecInServer>().Command.ShouldBe(["ls", "--all"]);
    }

    private static IEnumerable<IBotCommand> Family(IBotCommand command) =>
        command is CommandGroup group ? group.Members.Prepend(command) : [command];

    private static Type? TypedBase(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(BotCommand<,>))
            {
                return type;
            }
        }

        return null;
    }

    private static bool AnswersWith(Type message, Type success)
    {
        var result = typeof(Result<>).MakeGenericType(success);
        return message.GetInterfaces().Any(i => i.IsGenericType
            && (i.GetGenericTypeDefinition() == typeof(ICommand<>) || i.GetGenericTypeDefinition() == typeof(IQuery<>))
            && i.GetGenericArguments()[0] == result);
    }

    // Examples name people as @alice or @Moderators for readability; the parser needs a mention. (@daily is cron.)
    [GeneratedRegex(@"@(?!(yearly|annually|monthly|weekly|daily|midnight|hourly)\b)[A-Za-z]+")]
    private static partial Regex Placeholders();

    // ... and channels as #ops.
    [GeneratedRegex(@"#[A-Za-z]+")]
    private static partial Regex Channels();
}
