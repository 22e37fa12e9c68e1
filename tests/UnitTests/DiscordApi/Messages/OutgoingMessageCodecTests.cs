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
    public void RefusesBytesItDidNotWrite()
    {
        Should.Throw<FormatException>(() => OutgoingMessageCodec.Decode("not json"u8));
    }
}
