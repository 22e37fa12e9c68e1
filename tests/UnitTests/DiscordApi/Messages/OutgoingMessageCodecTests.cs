using DiscordApi.Messages;

namespace ServerStatus.UnitTests.DiscordApi.Messages;

public sealed class OutgoingMessageCodecTests
{
    [Fact]
    public void ReadsBackEveryPartOfAMessage()
    {
        var message = new MessageBuilder()
            .WithContent("<@1> done")
            .AddEmbed(new EmbedBuilder().WithTitle("Restart").WithDescription("✅ **mc** — restarted").WithColor(0x2ECC71).AddField("a", "b", inline: true).Build())
            .Build() with
            {
                Components = [new ActionRow([Button.Create(ButtonStyle.Danger, "confirm:1", "Confirm")])],
                AllowedMentions = new AllowedMentions { UserIds = [1] },
                Reference = new MessageReference(5, FailIfNotExists: false),
                Attachments = [new FileAttachment("a.txt", new byte[] { 1, 2, 3 })],
                Flags = MessageFlags.Ephemeral,
                Nonce = "n1",
            };

        var read = OutgoingMessageCodec.Decode(OutgoingMessageCodec.Encode(message));

        read.Content.ShouldBe(message.Content);
        (read.Embeds[0] with { Fields = [] }).ShouldBe(message.Embeds[0] with { Fields = [] });
        read.Embeds[0].Fields.ShouldBe(message.Embeds[0].Fields);
        read.Components[0].Buttons.ShouldBe(message.Components[0].Buttons);
        read.AllowedMentions.UserIds.ShouldBe([1UL]);
        (read.Reference, read.Flags, read.Nonce).ShouldBe((message.Reference, message.Flags, message.Nonce));
        read.Attachments[0].Content.ToArray().ShouldBe([(byte)1, 2, 3]);
    }

    [Fact]
    public void ReadsBackASelectMenu()
    {
        var select = SelectMenu.Create("board:card:7:0", [new SelectOption("mc", "local/mc") { Description = "Up 2 hours", Emoji = "🟢", IsDefault = true }], "Open a card")
            with { MinValues = 0, Disabled = true };
        var message = new MessageBuilder().AddActionRow(ActionRow.Of(Button.Create(ButtonStyle.Secondary, "board:refresh:7", "Refresh"))).AddSelectMenu(select).Build();

        var read = OutgoingMessageCodec.Decode(OutgoingMessageCodec.Encode(message));

        read.Components[0].Select.ShouldBeNull();
        read.Components[0].Buttons.ShouldBe(message.Components[0].Buttons);
        read.Components[1].Buttons.ShouldBeEmpty();
        var back = read.Components[1].Select.ShouldNotBeNull();
        (back with { Options = [] }).ShouldBe(select with { Options = [] });
        back.Options.ShouldBe(select.Options);
    }

    [Fact]
    public void ReadsARowOfButtonsEncodedBeforeSelectsExisted()
    {
        var read = OutgoingMessageCodec.Decode("""{"Components":[{"Buttons":[{"Style":4,"Label":"Confirm","CustomId":"confirm:1"}]}]}"""u8);

        read.Components.ShouldHaveSingleItem().Select.ShouldBeNull();
        read.Components[0].Buttons.ShouldHaveSingleItem().CustomId.ShouldBe("confirm:1");
    }

    [Fact]
    public void RefusesBytesItDidNotWrite()
    {
        Should.Throw<FormatException>(() => OutgoingMessageCodec.Decode("not json"u8));
    }
}
