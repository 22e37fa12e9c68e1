using DiscordApi.Commands;
using DiscordApi.Messages;

namespace ServerStatus.UnitTests.DiscordApi.Messages;

public sealed class MessageBuilderTests
{
    [Fact]
    public void Builds_WhenContentIsExactly2000()
    {
        var message = new MessageBuilder().WithContent(new string('a', 2000)).Build();

        message.Content!.Length.ShouldBe(2000);
        message.AllowedMentions.ShouldBe(AllowedMentions.None);
    }

    [Fact]
    public void Refuses_WhenContentIs2001()
    {
        var ex = Should.Throw<DiscordLimitException>(() => new MessageBuilder().WithContent(new string('a', 2001)));

        ex.Path.ShouldBe("content");
    }

    [Fact]
    public void ValidatorRefuses_WhenRecordBypassesBuilderWithLongContent()
    {
        var message = new OutgoingMessage { Content = new string('a', 2001) };

        Should.Throw<DiscordLimitException>(() => MessageValidator.Validate(message)).Path.ShouldBe("content");
    }

    [Fact]
    public void Refuses_WhenMessageIsEmpty()
    {
        Should.Throw<DiscordLimitException>(() => new MessageBuilder().Build());
    }

    [Fact]
    public void Refuses_WhenEleventhEmbedIsAdded()
    {
        var builder = new MessageBuilder();
        for (var i = 0; i < 10; i++)
        {
            builder.AddEmbed(e => e.WithTitle("t"));
        }

        var ex = Should.Throw<DiscordLimitException>(() => builder.AddEmbed(e => e.WithTitle("t")));

        ex.Path.ShouldBe("embeds");
    }

    [Fact]
    public void Refuses_WhenEmbedsTogetherExceed6000()
    {
        var builder = new MessageBuilder()
            .AddEmbed(e => e.WithDescription(new string('a', 4000)))
            .AddEmbed(e => e.WithDescription(new string('b', 2000)));

        var ex = Should.Throw<DiscordLimitException>(() => builder.AddEmbed(e => e.WithTitle("x")));

        ex.Path.ShouldBe("embeds");
        ex.Message.ShouldContain("6001");
    }

    [Fact]
    public void Accepts_WhenEmbedsTogetherAreExactly6000()
    {
        var message = new MessageBuilder()
            .AddEmbed(e => e.WithDescription(new string('a', 4000)))
            .AddEmbed(e => e.WithDescription(new string('b', 2000)))
            .Build();

        message.Embeds.Sum(e => e.TotalLength).ShouldBe(6000);
    }

    [Fact]
    public void Refuses_When26thFieldIsAdded()
    {
        var builder = new EmbedBuilder();
        for (var i = 0; i < 25; i++)
        {
            builder.AddField("n" + i, "v");
        }

        Should.Throw<DiscordLimitException>(() => builder.AddField("n25", "v")).Path.ShouldBe("embed.fields");
    }

    [Theory]
    [InlineData(257, 1, "embed.title")]
    [InlineData(1, 4097, "embed.description")]
    public void Refuses_WhenEmbedTextIsTooLong(int titleLength, int descriptionLength, string path)
    {
        var ex = Should.Throw<DiscordLimitException>(() =>
            new EmbedBuilder().WithTitle(new string('t', titleLength)).WithDescription(new string('d', descriptionLength)));

        ex.Path.ShouldBe(path);
    }

    [Fact]
    public void Refuses_WhenFieldValueIs1025()
    {
        var ex = Should.Throw<DiscordLimitException>(() => new EmbedBuilder().AddField("name", new string('v', 1025)));

        ex.Path.ShouldBe("embed.fields.0.value");
    }

    [Fact]
    public void Refuses_WhenFooterOrAuthorIsTooLong()
    {
        Should.Throw<DiscordLimitException>(() => new EmbedBuilder().WithFooter(new string('f', 2049))).Path.ShouldBe("embed.footer.text");
        Should.Throw<DiscordLimitException>(() => new EmbedBuilder().WithAuthor(new string('a', 257))).Path.ShouldBe("embed.author.name");
    }

    [Fact]
    public void Refuses_WhenSixthButtonIsAddedToRow()
    {
        var row = new ActionRowBuilder();
        for (var i = 0; i < 5; i++)
        {
            row.AddButton(ButtonStyle.Primary, "b" + i, "B");
        }

        Should.Throw<DiscordLimitException>(() => row.AddButton(ButtonStyle.Primary, "b5", "B"));
    }

    [Fact]
    public void ValidatorRefuses_WhenRowHasSixButtons()
    {
        var row = new ActionRow([.. Enumerable.Range(0, 6).Select(i => Button.Create(ButtonStyle.Primary, "b" + i, "B"))]);

        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateComponents([row])).Path.ShouldBe("components.0.components");
    }

    [Fact]
    public void Refuses_WhenSixthRowIsAdded()
    {
        var builder = new MessageBuilder().WithContent("rows");
        for (var i = 0; i < 5; i++)
        {
            builder.AddActionRow(ActionRow.Of(Button.Create(ButtonStyle.Secondary, "r" + i, "R")));
        }

        Should.Throw<DiscordLimitException>(() => builder.AddActionRow(ActionRow.Of(Button.Create(ButtonStyle.Secondary, "r5", "R"))))
            .Path.ShouldBe("components");
    }

    [Fact]
    public void Refuses_WhenCustomIdIs101()
    {
        Should.Throw<DiscordLimitException>(() => new ActionRowBuilder().AddButton(ButtonStyle.Primary, new string('c', 101), "B"))
            .Path.ShouldBe("button.custom_id");
    }

    [Fact]
    public void Accepts_WhenCustomIdIs100()
    {
        var row = new ActionRowBuilder().AddButton(ButtonStyle.Primary, new string('c', 100), "B").Build();

        row.Buttons[0].CustomId!.Length.ShouldBe(100);
    }

    [Fact]
    public void Refuses_WhenLinkButtonHasCustomId()
    {
        var button = Button.Link(new Uri("https://example.com"), "Docs") with { CustomId = "x" };

        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateButton(button)).Path.ShouldBe("button.custom_id");
    }

    [Fact]
    public void Refuses_WhenLinkButtonHasNoUrl()
    {
        var button = new Button { Style = ButtonStyle.Link, Label = "Docs" };

        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateButton(button)).Path.ShouldBe("button.url");
    }

    [Fact]
    public void Refuses_WhenButtonLabelIs81()
    {
        Should.Throw<DiscordLimitException>(() => MessageValidator.ValidateButton(Button.Create(ButtonStyle.Primary, "id", new string('l', 81))))
            .Path.ShouldBe("button.label");
    }

    [Fact]
    public void Refuses_WhenCustomIdIsUsedTwice()
    {
        var builder = new MessageBuilder().WithContent("x").AddActionRow(ActionRow.Of(Button.Create(ButtonStyle.Primary, "same", "A")));

        Should.Throw<DiscordLimitException>(() => builder.AddActionRow(ActionRow.Of(Button.Create(ButtonStyle.Primary, "same", "B"))));
    }

    [Fact]
    public void AutocompleteRefuses_When26Choices()
    {
        var choices = Enumerable.Range(0, 26).Select(i => CommandChoice.Of("c" + i, "v")).ToArray();

        Should.Throw<DiscordLimitException>(() => InteractionResponse.Autocomplete(choices));
        InteractionResponse.Autocomplete(choices[..25]).Choices.Count.ShouldBe(25);
    }
}
