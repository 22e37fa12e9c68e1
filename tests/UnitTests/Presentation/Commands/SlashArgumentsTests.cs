using DiscordApi.Events;
using ServerStatus.Presentation.Discord.Commands;

namespace ServerStatus.UnitTests.Presentation.Commands;

public sealed class SlashArgumentsTests
{
    private static InteractionOption Text(string name, string value) => new(name, 3, value, null, null, null, [], false);

    private static InteractionOption Flag(string name, bool value) => new(name, 5, null, null, null, value, [], false);

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
