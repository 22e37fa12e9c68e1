using System.Text.Json.Nodes;
using DiscordApi.Messages;
using DiscordApi.Rest;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class RestPayloadsTests
{
    [Fact]
    public void PingsNobody_WhenMentionsNotConfigured()
    {
        var json = RestPayloads.Message(OutgoingMessage.Text("@everyone <@1>"), edit: false);

        json["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
    }

    [Fact]
    public void ListsExplicitIds_WhenMentionsAllowed()
    {
        var message = OutgoingMessage.Text("<@5>") with { AllowedMentions = new AllowedMentions { UserIds = [5], RoleIds = [6], RepliedUser = true } };

        var json = RestPayloads.Message(message, edit: false);

        json["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[],"users":["5"],"roles":["6"],"replied_user":true}""");
    }

    [Fact]
    public void OmitsEmptyLists_WhenCreatingButKeepsThem_WhenEditing()
    {
        var create = RestPayloads.Message(OutgoingMessage.Text("x"), edit: false);
        var edit = RestPayloads.Message(OutgoingMessage.Text("x"), edit: true);

        create.ContainsKey("embeds").ShouldBeFalse();
        edit["embeds"]!.AsArray().ShouldBeEmpty();
        edit["components"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void WritesCustomEmoji_WhenButtonHasOne()
    {
        var message = new MessageBuilder().WithContent("x")
            .AddActionRow(ActionRow.Of(Button.Create(ButtonStyle.Success, "start", "Start") with { Emoji = "<:play:123>" }, Button.Create(ButtonStyle.Danger, "stop", "Stop") with { Emoji = "🛑" }))
            .Build();

        var buttons = RestPayloads.Message(message, edit: false)["components"]![0]!["components"]!.AsArray();

        JsonNode.DeepEquals(buttons[0]!["emoji"], JsonNode.Parse("""{"name":"play","id":"123"}""")).ShouldBeTrue();
        JsonNode.DeepEquals(buttons[1]!["emoji"], JsonNode.Parse("""{"name":"🛑"}""")).ShouldBeTrue();
    }

    [Fact]
    public void DropsReplyReference_WhenMessageBecomesInteractionResponse()
    {
        var message = new MessageBuilder().WithContent("x").ReplyTo(5).Build();

        var json = RestPayloads.InteractionCallback(InteractionResponse.Reply(message));

        json["data"]!.AsObject().ContainsKey("message_reference").ShouldBeFalse();
        json["type"]!.GetValue<int>().ShouldBe(4);
    }
}
