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
    public void WritesASelectMenuAloneInItsRow()
    {
        var select = SelectMenu.Create("pick", [new SelectOption("Minecraft", "local/mc") { Description = "Up", Emoji = "<:mc:42>" }, new SelectOption("Web", "local/web") { Emoji = "🟢", IsDefault = true }], "Open a card");
        var message = new MessageBuilder().AddSelectMenu(select).Build();

        var row = RestPayloads.Message(message, edit: false)["components"]![0]!;

        JsonNode.DeepEquals(row, JsonNode.Parse("""
            {"type":1,"components":[{"type":3,"custom_id":"pick","options":[
              {"label":"Minecraft","value":"local/mc","description":"Up","emoji":{"name":"mc","id":"42"}},
              {"label":"Web","value":"local/web","emoji":{"name":"🟢"},"default":true}],
              "min_values":1,"max_values":1,"placeholder":"Open a card"}]}
            """)).ShouldBeTrue(row.ToJsonString());
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
