using DiscordApi.Commands;
using DiscordApi.Messages;

namespace ServerStatus.UnitTests.DiscordApi.Messages;

public sealed class CommandValidatorTests
{
    [Fact]
    public void Accepts_WhenCommandIsValid()
    {
        var command = new ApplicationCommandDefinition("restart", "Restart servers")
        {
            Options = [new CommandOption(CommandOptionType.String, "server", "Server name") { Required = true, Autocomplete = true }],
        };

        Should.NotThrow(() => CommandValidator.Validate([command]));
    }

    [Fact]
    public void Refuses_WhenRequiredOptionFollowsOptional()
    {
        var command = new ApplicationCommandDefinition("logs", "Show logs")
        {
            Options =
            [
                new CommandOption(CommandOptionType.Integer, "lines", "How many"),
                new CommandOption(CommandOptionType.String, "server", "Server") { Required = true },
            ],
        };

        Should.Throw<DiscordLimitException>(() => CommandValidator.Validate([command])).Path.ShouldBe("0.options.1.required");
    }

    [Fact]
    public void Refuses_WhenAutocompleteHasChoices()
    {
        var command = new ApplicationCommandDefinition("logs", "Show logs")
        {
            Options = [new CommandOption(CommandOptionType.String, "server", "Server") { Autocomplete = true, Choices = [CommandChoice.Of("a", "a")] }],
        };

        Should.Throw<DiscordLimitException>(() => CommandValidator.Validate([command])).Path.ShouldBe("0.options.0.autocomplete");
    }

    [Theory]
    [InlineData("Restart")]
    [InlineData("has space")]
    [InlineData("")]
    [InlineData("a234567890123456789012345678901234")]
    public void Refuses_WhenNameIsInvalid(string name)
    {
        Should.Throw<DiscordLimitException>(() => CommandValidator.Validate([new ApplicationCommandDefinition(name, "d")]));
    }

    [Fact]
    public void Refuses_WhenDescriptionIs101()
    {
        Should.Throw<DiscordLimitException>(() => CommandValidator.Validate([new ApplicationCommandDefinition("x", new string('d', 101))]));
    }
}
