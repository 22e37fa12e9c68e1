using DiscordApi.Messages;

namespace ServerStatus.UnitTests.DiscordApi.Messages;

/// <summary>String select menus within Discord's limits: 1-25 options, texts of at most 100, a placeholder of 150, one select per row.</summary>
public sealed class SelectMenuLimitsTests
{
    [Fact]
    public void Builds_WhenTheSelectHas25OptionsOfMaximalLength()
    {
        var options = Enumerable.Range(0, 25).Select(i => new SelectOption(Text('l', 100), i.ToString("D100", System.Globalization.CultureInfo.InvariantCulture))
        {
            Description = Text('d', 100),
        });

        var message = new MessageBuilder().AddSelectMenu(SelectMenu.Create(Text('c', 100), options, Text('p', 150))).Build();

        message.Components.ShouldHaveSingleItem().Select.ShouldNotBeNull().Options.Count.ShouldBe(25);
        message.Components[0].Buttons.ShouldBeEmpty();
    }

    [Fact]
    public void Refuses_When26Options()
    {
        var select = SelectMenu.Create("pick", Enumerable.Range(0, 26).Select(i => Option("v" + i)));

        Should.Throw<DiscordLimitException>(() => new MessageBuilder().AddSelectMenu(select)).Path.ShouldBe("components.0.components.0.options");
    }

    [Fact]
    public void Refuses_WhenNoOptions()
    {
        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateSelect(SelectMenu.Create("pick", []))).Path.ShouldBe("select.options");
    }

    [Theory]
    [InlineData(101, 1, 0, 0, "select.options.0.label")]
    [InlineData(0, 1, 0, 0, "select.options.0.label")]
    [InlineData(1, 101, 0, 0, "select.options.0.value")]
    [InlineData(1, 0, 0, 0, "select.options.0.value")]
    [InlineData(1, 1, 101, 0, "select.options.0.description")]
    [InlineData(1, 1, 0, 151, "select.placeholder")]
    public void Refuses_WhenATextIsOutOfBounds(int label, int value, int description, int placeholder, string path)
    {
        var option = new SelectOption(Text('l', label), Text('v', value)) { Description = description == 0 ? null : Text('d', description) };
        var select = SelectMenu.Create("pick", [option], placeholder == 0 ? null : Text('p', placeholder));

        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateSelect(select)).Path.ShouldBe(path);
    }

    [Fact]
    public void Refuses_WhenCustomIdIs101OrEmpty()
    {
        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateSelect(SelectMenu.Create(Text('c', 101), [Option("a")]))).Path.ShouldBe("select.custom_id");
        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateSelect(SelectMenu.Create("", [Option("a")]))).Path.ShouldBe("select.custom_id");
    }

    [Theory]
    [InlineData(-1, 1, "select.min_values")]
    [InlineData(26, 1, "select.min_values")]
    [InlineData(0, 0, "select.max_values")]
    [InlineData(2, 1, "select.max_values")]
    [InlineData(1, 4, "select.max_values")]
    public void Refuses_WhenMinOrMaxValuesAreOutOfBounds(int min, int max, string path)
    {
        var select = SelectMenu.Create("pick", [Option("a"), Option("b"), Option("c")]) with { MinValues = min, MaxValues = max };

        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateSelect(select)).Path.ShouldBe(path);
    }

    [Fact]
    public void Accepts_WhenMaxValuesIsTheNumberOfOptions()
    {
        var select = SelectMenu.Create("pick", [Option("a"), Option("b"), Option("c")]) with { MinValues = 0, MaxValues = 3 };

        Should.NotThrow(() => MessageValidator.ValidateSelect(select));
    }

    [Fact]
    public void Refuses_WhenAValueIsUsedTwice()
    {
        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateSelect(SelectMenu.Create("pick", [Option("a"), Option("a")])))
            .Path.ShouldBe("select.options.1.value");
    }

    [Fact]
    public void Refuses_WhenARowHoldsASelectAndButtons()
    {
        var row = ActionRow.Of(Button.Create(ButtonStyle.Primary, "b", "B")) with { Select = SelectMenu.Create("pick", [Option("a")]) };

        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateComponents([row])).Path.ShouldBe("components.0.components");
    }

    [Fact]
    public void Refuses_WhenASelectAndAButtonShareACustomId()
    {
        var builder = new MessageBuilder().AddActionRow(ActionRow.Of(Button.Create(ButtonStyle.Primary, "same", "B")));

        Should.Throw<DiscordLimitException>(() => builder.AddSelectMenu(SelectMenu.Create("same", [Option("a")]))).Path.ShouldBe("components.1.components.0.custom_id");
    }

    [Fact]
    public void Accepts_FourSelectsAndARowOfButtons_ButNotASixthRow()
    {
        var builder = new MessageBuilder().AddActionRow(ActionRow.Of(Button.Create(ButtonStyle.Secondary, "refresh", "Refresh")));
        for (var i = 0; i < 4; i++)
        {
            builder.AddSelectMenu(SelectMenu.Create("pick" + i, [Option("a")]));
        }

        Should.Throw<DiscordLimitException>(() => builder.AddSelectMenu(SelectMenu.Create("pick4", [Option("a")]))).Path.ShouldBe("components");
        builder.Build().Components.Count.ShouldBe(5);
    }

    private static SelectOption Option(string value) => new(value, value);

    private static string Text(char c, int length) => new(c, length);
}
