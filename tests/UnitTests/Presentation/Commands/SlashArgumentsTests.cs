using DiscordApi.Events;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class SlashArgumentsTests
{
    private static InteractionOption Text(string name, string value) => new(name, 3, value, null, null, null, [], false);

    private static InteractionOption Flag(string name, bool value) => new(name, 5, null, null, null, value, [], false);

    private static InteractionOption Number(string name, long value) => new(name, 4, null, value, null, null, [], false);

    private static InteractionData Data(params InteractionOption[] options) => InteractionData.Empty with { Options = options };

    [Fact]
    public void SplitsServerNamesAndTurnsTrueBooleansIntoFlags()
    {
        var kill = CommandCatalog.Default.Find("kill")!.Info;

        var arguments = SlashArguments.From(kill, Data(Flag("yes", true), Text("servers", "mc \"web 2\""))).Value;

        arguments.Words.ShouldBe(["mc", "web 2"]);
        arguments.Has("yes").ShouldBeTrue();
    }

    [Fact]
    public void LeavesFalseBooleansOut()
    {
        var kill = CommandCatalog.Default.Find("kill")!.Info;

        SlashArguments.From(kill, Data(Text("servers", "mc"), Flag("yes", false))).Value.Flags.ShouldBeEmpty();
    }

    [Fact]
    public void OptionsThatStandForChatOptions_SetThem_WithTheirValuesInDeclaredOrder()
    {
        var restart = CommandCatalog.Default.Find("restart")!.Info;

        var arguments = SlashArguments.From(restart, Data(Text("reason", "map reset"), Flag("when_empty", true), Text("max", "2h"), Text("servers", "mc"))).Value;

        arguments.Words.ShouldBe(["mc", "2h", "map", "reset"]);
        arguments.Flags.ShouldBe(["when-empty", "max", "reason"], ignoreOrder: true);
    }

    [Fact]
    public void OptionsThatStandForChatOptions_SetNothing_WhenAbsentOrFalse()
    {
        var restart = CommandCatalog.Default.Find("restart")!.Info;

        var arguments = SlashArguments.From(restart, Data(Text("servers", "mc web"), Flag("when_empty", false))).Value;

        arguments.Words.ShouldBe(["mc", "web"]);
        arguments.Flags.ShouldBeEmpty();
    }

    [Fact]
    public void RefusesATextOptionGivenAsANumber_NamingTheOptionAndTheTypeExpected()
    {
        var backup = CommandCatalog.Default.Find("backup")!.Info;

        var arguments = SlashArguments.From(backup, Data(Text("server", "mc"), Number("name", 7)));

        arguments.Errors.ShouldHaveSingleItem().Message.ShouldBe("The `name` option takes text.");
    }

    [Fact]
    public void RefusesANumberOptionGivenAsText_AndABooleanGivenAsText()
    {
        var audit = CommandCatalog.Default.Find("audit")!.Info;
        var kill = CommandCatalog.Default.Find("kill")!.Info;

        SlashArguments.From(audit, Data(Text("count", "many"))).Errors.ShouldHaveSingleItem().Message.ShouldBe("The `count` option takes a whole number.");
        SlashArguments.From(kill, Data(Text("servers", "mc"), Text("yes", "true"))).Errors.ShouldHaveSingleItem().Message.ShouldBe("The `yes` option takes true or false.");
    }

    [Theory]
    [InlineData("", "", "")]
    [InlineData("mc", "", "mc")]
    [InlineData("mc we", "mc ", "we")]
    [InlineData("mc web ", "mc web ", "")]
    public void FindsTheWordBeingTyped(string typed, string done, string partial)
    {
        SlashArguments.SplitFocused(typed).ShouldBe((done, partial));
    }
}
