using DiscordApi.Commands;
using DiscordApi.Rest;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class CommandSetComparerTests
{
    private static readonly ApplicationCommandDefinition Restart = new("restart", "Restart servers")
    {
        Options = [new CommandOption(CommandOptionType.String, "server", "Server") { Required = true, Autocomplete = true }],
    };

    private static readonly ApplicationCommandDefinition Status = new("status", "Show status")
    {
        Options = [new CommandOption(CommandOptionType.Integer, "page", "Page") { MinValue = 1, Choices = [CommandChoice.Of("one", 1L)] }],
    };

    [Fact]
    public void IsEqual_WhenSameCommandsInOtherOrder()
    {
        CommandSetComparer.AreEqual([Status, Restart], [Restart, Status]).ShouldBeTrue();
    }

    [Fact]
    public void IsEqual_WhenDiscordAddedDefaultContexts()
    {
        CommandSetComparer.AreEqual([Restart with { Contexts = [0, 1, 2] }], [Restart]).ShouldBeTrue();
    }

    [Fact]
    public void Differs_WhenDescriptionChanged()
    {
        CommandSetComparer.AreEqual([Restart], [Restart with { Description = "Restart one server" }]).ShouldBeFalse();
    }

    [Fact]
    public void Differs_WhenCommandAdded()
    {
        CommandSetComparer.AreEqual([Restart], [Restart, Status]).ShouldBeFalse();
    }

    [Fact]
    public void Differs_WhenOptionBecomesOptional()
    {
        var changed = Restart with { Options = [Restart.Options[0] with { Required = false }] };

        CommandSetComparer.AreEqual([Restart], [changed]).ShouldBeFalse();
    }
}
