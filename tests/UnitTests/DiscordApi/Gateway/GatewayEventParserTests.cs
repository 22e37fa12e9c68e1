using System.Text.Json;
using DiscordApi.Events;
using DiscordApi.Gateway;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class GatewayEventParserTests
{
    [Fact]
    public void ParsesGuildMessage_WhenMessageHasMemberAndMentions()
    {
        const string json = """
            {"id":"1100000000000000001","channel_id":"1200000000000000002","guild_id":"1300000000000000003",
             "author":{"id":"1400000000000000004","username":"alice","global_name":"Alice","bot":false,"avatar":null},
             "member":{"roles":["1500000000000000005","1500000000000000006"],"nick":null},
             "content":"!status web","timestamp":"2026-11-24T00:00:00+00:00","tts":false,
             "mentions":[{"id":"1600000000000000007","username":"bob"}],"mention_roles":["1500000000000000005"],
             "mention_everyone":false,"type":0,"future_field":{"nested":[1,2,3]}}
            """;

        var parsed = GatewayEventParser.Parse("MESSAGE_CREATE", json);

        var message = parsed.ShouldBeOfType<MessageCreated>();
        message.MessageId.ShouldBe(1100000000000000001UL);
        message.ChannelId.ShouldBe(1200000000000000002UL);
        message.GuildId.ShouldBe(1300000000000000003UL);
        message.AuthorId.ShouldBe(1400000000000000004UL);
        message.AuthorUsername.ShouldBe("alice");
        message.AuthorIsBot.ShouldBeFalse();
        message.MemberRoleIds.ShouldBe([1500000000000000005UL, 1500000000000000006UL]);
        message.Content.ShouldBe("!status web");
        message.MentionedUserIds.ShouldBe([1600000000000000007UL]);
        message.MentionedRoleIds.ShouldBe([1500000000000000005UL]);
    }

    [Fact]
    public void ParsesDirectMessage_WhenGuildAndMemberAreAbsent()
    {
        const string json = """
            {"id":"11","channel_id":"22","author":{"id":"33","username":"carol","bot":true},
             "content":"","mentions":[],"mention_roles":[]}
            """;

        var message = GatewayEventParser.Parse("MESSAGE_CREATE", json).ShouldBeOfType<MessageCreated>();

        message.GuildId.ShouldBeNull();
        message.MemberRoleIds.ShouldBeEmpty();
        message.AuthorIsBot.ShouldBeTrue();
        message.Content.ShouldBe("");
    }

    [Fact]
    public void AcceptsSnowflakesAsNumbers_WhenIdsAreJsonNumbers()
    {
        const string json = """
            {"id":18446744073709551615,"channel_id":22,"guild_id":33,"author":{"id":44,"username":"n"},
             "member":{"roles":[55]},"content":"x","mentions":[{"id":66}],"mention_roles":[77]}
            """;

        var message = GatewayEventParser.Parse("MESSAGE_CREATE", json).ShouldBeOfType<MessageCreated>();

        message.MessageId.ShouldBe(ulong.MaxValue);
        message.GuildId.ShouldBe(33UL);
        message.MemberRoleIds.ShouldBe([55UL]);
        message.MentionedUserIds.ShouldBe([66UL]);
        message.MentionedRoleIds.ShouldBe([77UL]);
    }

    [Fact]
    public void ParsesUnicodeReaction_WhenEmojiIdIsNull()
    {
        const string json = """
            {"user_id":"1","channel_id":"2","message_id":"3","guild_id":"4","burst":false,"type":0,
             "emoji":{"id":null,"name":"👍"},"member":{"roles":[]}}
            """;

        var reaction = GatewayEventParser.Parse("MESSAGE_REACTION_ADD", json).ShouldBeOfType<ReactionAdded>();

        reaction.ShouldBe(new ReactionAdded(1, 2, 3, 4, "👍", null));
    }

    [Fact]
    public void ParsesCustomReaction_WhenEmojiHasIdInDm()
    {
        const string json = """
            {"user_id":"1","channel_id":"2","message_id":"3","emoji":{"id":"987654321","name":"restart","animated":true}}
            """;

        var reaction = GatewayEventParser.Parse("MESSAGE_REACTION_ADD", json).ShouldBeOfType<ReactionAdded>();

        reaction.ShouldBe(new ReactionAdded(1, 2, 3, null, "restart", 987654321UL));
    }

    [Fact]
    public void ParsesNestedOptionsAndMember_WhenSlashCommandIsInvokedInGuild()
    {
        const string json = """
            {"id":"100","application_id":"200","type":2,"token":"interaction-token","version":1,
             "guild_id":"300","channel_id":"400","locale":"de","guild_locale":"en-US",
             "member":{"user":{"id":"500","username":"dave"},"roles":["600","601"],"permissions":"8"},
             "data":{"id":"700","name":"server","type":1,
               "options":[{"name":"backup","type":2,"options":[
                 {"name":"create","type":1,"options":[
                   {"name":"name","type":3,"value":"web"},
                   {"name":"keep","type":4,"value":3},
                   {"name":"ratio","type":10,"value":2},
                   {"name":"force","type":5,"value":true},
                   {"name":"owner","type":6,"value":"800"},
                   {"name":"role","type":8,"value":"900"}]}]}],
               "resolved":{"users":{"800":{"id":"800","username":"erin"}},"roles":{"900":{"id":"900","name":"ops"}}}}}
            """;

        var interaction = GatewayEventParser.Parse("INTERACTION_CREATE", json).ShouldBeOfType<InteractionCreated>();

        interaction.InteractionId.ShouldBe(100UL);
        interaction.ApplicationId.ShouldBe(200UL);
        interaction.Type.ShouldBe(InteractionType.ApplicationCommand);
        interaction.Token.ShouldBe("interaction-token");
        interaction.GuildId.ShouldBe(300UL);
        interaction.ChannelId.ShouldBe(400UL);
        interaction.InvokerUserId.ShouldBe(500UL);
        interaction.MemberRoleIds.ShouldBe([600UL, 601UL]);
        interaction.MessageId.ShouldBeNull();
        (interaction.Locale, interaction.GuildLocale).ShouldBe(("de", "en-US"));
        interaction.Data.CommandName.ShouldBe("server");
        var group = interaction.Data.Options.ShouldHaveSingleItem();
        group.Name.ShouldBe("backup");
        group.Type.ShouldBe(2);
        var sub = group.Options.ShouldHaveSingleItem();
        sub.Name.ShouldBe("create");
        var leaves = sub.Options.ToDictionary(o => o.Name);
        leaves["name"].StringValue.ShouldBe("web");
        leaves["keep"].IntegerValue.ShouldBe(3L);
        leaves["ratio"].NumberValue.ShouldBe(2.0);
        leaves["ratio"].IntegerValue.ShouldBeNull();
        leaves["force"].BooleanValue.ShouldBe(true);
        leaves["owner"].StringValue.ShouldBe("800");
        interaction.Data.ResolvedUserIds.ShouldBe([800UL]);
        interaction.Data.ResolvedRoleIds.ShouldBe([900UL]);
    }

    [Fact]
    public void ReadsInvokerFromUser_WhenInteractionComesFromDm()
    {
        const string json = """
            {"id":"1","application_id":"2","type":4,"token":"t","channel_id":"3","user":{"id":"4","username":"frank"},
             "data":{"name":"logs","options":[{"name":"server","type":3,"value":"we","focused":true}]}}
            """;

        var interaction = GatewayEventParser.Parse("INTERACTION_CREATE", json).ShouldBeOfType<InteractionCreated>();

        interaction.InvokerUserId.ShouldBe(4UL);
        interaction.GuildId.ShouldBeNull();
        interaction.MemberRoleIds.ShouldBeEmpty();
        interaction.Type.ShouldBe(InteractionType.ApplicationCommandAutocomplete);
        var option = interaction.Data.Options.ShouldHaveSingleItem();
        option.Focused.ShouldBeTrue();
        option.StringValue.ShouldBe("we");
    }

    [Fact]
    public void ParsesComponentFields_WhenButtonOrSelectIsUsed()
    {
        const string json = """
            {"id":"1","application_id":"2","type":3,"token":"t","guild_id":"5","channel_id":"3",
             "member":{"user":{"id":"4"},"roles":[]},"message":{"id":"77","content":"pick one"},
             "data":{"custom_id":"restart:web","component_type":3,"values":["web","db"]}}
            """;

        var interaction = GatewayEventParser.Parse("INTERACTION_CREATE", json).ShouldBeOfType<InteractionCreated>();

        interaction.Type.ShouldBe(InteractionType.MessageComponent);
        interaction.MessageId.ShouldBe(77UL);
        interaction.Data.CustomId.ShouldBe("restart:web");
        interaction.Data.ComponentType.ShouldBe(3);
        interaction.Data.Values.ShouldBe(["web", "db"]);
        interaction.Data.CommandName.ShouldBeNull();
    }

    [Fact]
    public void HidesInteractionToken_WhenPrinted()
    {
        const string json = """
            {"id":"1","application_id":"2","type":2,"token":"very-secret-interaction-token","user":{"id":"4"},"data":{"name":"x"}}
            """;

        var interaction = GatewayEventParser.Parse("INTERACTION_CREATE", json).ShouldBeOfType<InteractionCreated>();

        interaction.ToString().ShouldNotContain("very-secret-interaction-token");
    }

    [Fact]
    public void ParsesAvailableAndUnavailableGuilds_WhenGuildCreateArrives()
    {
        var available = GatewayEventParser.Parse("GUILD_CREATE", """{"id":"1","name":"Home","member_count":3,"channels":[]}""");
        var unavailable = GatewayEventParser.Parse("GUILD_CREATE", """{"id":"2","unavailable":true}""");

        available.ShouldBe(new GuildAvailable(1, "Home"));
        unavailable.ShouldBe(new GuildUnavailable(2, null));
    }

    [Fact]
    public void ReturnsNull_WhenEventIsUnknown()
    {
        GatewayEventParser.Parse("TYPING_START", """{"user_id":"1"}""").ShouldBeNull();
    }

    [Fact]
    public void Throws_WhenRequiredFieldIsMissing()
    {
        Should.Throw<JsonException>(() => GatewayEventParser.Parse("MESSAGE_CREATE", """{"channel_id":"1","author":{"id":"2"}}"""));
    }

    [Fact]
    public void ReadsSessionAndIds_WhenReadyArrives()
    {
        using var document = JsonDocument.Parse("""
            {"v":10,"user":{"id":"42","username":"bot","bot":true},"guilds":[{"id":"1","unavailable":true}],
             "session_id":"sess","resume_gateway_url":"wss://resume.example","application":{"id":"43","flags":0}}
            """);

        var (ready, resumeUrl) = GatewayEventParser.ParseReady(document.RootElement);

        ready.ShouldBe(new Ready(42, 43, "sess"));
        resumeUrl.ShouldBe(new Uri("wss://resume.example"));
    }
}
