using DiscordApi.Rest;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class RestRouteTests
{
    [Fact]
    public void KeepsChannelLiteralAndMessageIdPlaceholder_WhenDeletingMessage()
    {
        var route = RestRoute.Create(HttpMethod.Delete, "channels/{channel_id}/messages/{message_id}", "123", "456");

        route.Key.ShouldBe("DELETE channels/123/messages/{message_id}");
        route.Path.ShouldBe("channels/123/messages/456");
        route.MajorParameters.ShouldBe("channel_id=123");
    }

    [Fact]
    public void DiffersByMethod_WhenSameTemplate()
    {
        var patch = RestRoute.Create(HttpMethod.Patch, "channels/{channel_id}/messages/{message_id}", "1", "2");
        var delete = RestRoute.Create(HttpMethod.Delete, "channels/{channel_id}/messages/{message_id}", "1", "2");

        patch.Key.ShouldNotBe(delete.Key);
    }

    [Fact]
    public void IgnoresMessageAndEmoji_WhenReacting()
    {
        var a = RestRoute.Create(HttpMethod.Put, "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", "1", "10", "%F0%9F%91%8D");
        var b = RestRoute.Create(HttpMethod.Put, "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me", "1", "11", "blob:5");

        a.Key.ShouldBe(b.Key);
        a.Key.ShouldBe("PUT channels/1/messages/{message_id}/reactions/{emoji}/@me");
    }

    [Fact]
    public void KeepsWebhookIdAndToken_WhenFollowUp()
    {
        var route = RestRoute.Create(HttpMethod.Patch, "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}", "9", "tok", "@original");

        route.Key.ShouldBe("PATCH webhooks/9/tok/messages/{message_id}");
        route.IsInteractionEndpoint.ShouldBeTrue();
        route.IsInteractionCallback.ShouldBeFalse();
    }

    [Fact]
    public void KeysByLiteralPath_WhenInteractionCallback()
    {
        var route = RestRoute.Create(HttpMethod.Post, "interactions/{interaction_id}/{interaction_token}/callback", "77", "s3cr3tTok");

        route.Key.ShouldBe("POST interactions/77/s3cr3tTok/callback");
        route.IsInteractionCallback.ShouldBeTrue();
        route.Display.ShouldNotContain("s3cr3tTok");
    }

    [Fact]
    public void KeepsGuildLiteral_WhenGuildCommands()
    {
        var route = RestRoute.Create(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands", "5", "6");

        route.Key.ShouldBe("PUT applications/{application_id}/guilds/6/commands");
    }
}
