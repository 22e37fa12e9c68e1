using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DiscordApi.Commands;
using DiscordApi.Guilds;
using DiscordApi.Messages;
using DiscordApi.Rest;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.DiscordApi.Rest;

public sealed class RestClientBodyTests
{
    private const ulong Channel = 4242;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task SendsExactBodyAndHeaders_WhenCreatingMessage()
    {
        await using var h = await RestHarness.StartAsync();
        var message = new MessageBuilder()
            .WithContent("@everyone server mc is up")
            .AddEmbed(e => e.WithTitle("mc").WithDescription("running").WithColor(0x2ECC71).WithFooter("ServerStatus").AddField("Uptime", "5 min", inline: true))
            .AddActionRow(r => r.AddButton(ButtonStyle.Danger, "stop:mc", "Stop").AddLink(new Uri("https://example.com/docs"), "Docs"))
            .ReplyTo(77)
            .Build();

        var sent = await h.Client.CreateMessageAsync(Channel, message, None);

        var request = h.Fake.RequestsTo("POST", "channels/{channel_id}/messages").ShouldHaveSingleItem();
        request.Headers["Authorization"].ShouldBe("Bot " + FakeDiscordRest.DefaultToken);
        request.Headers["User-Agent"].ShouldStartWith("DiscordBot (https://github.com/serverstatus/serverstatus, ");
        request.ContentType.ShouldStartWith("application/json");
        var body = request.Json;
        JsonAssert.HasExactKeys(body, "content", "embeds", "components", "allowed_mentions", "message_reference", "nonce", "enforce_nonce");
        JsonAssert.IsJson(body!["allowed_mentions"], """{"parse":[]}""");
        JsonAssert.IsJson(body["message_reference"], """{"message_id":"77","fail_if_not_exists":false}""");
        body["nonce"]!.GetValue<string>().Length.ShouldBeLessThanOrEqualTo(25);
        body["enforce_nonce"]!.GetValue<bool>().ShouldBeTrue();
        var embed = body["embeds"]!.AsArray().ShouldHaveSingleItem();
        JsonAssert.HasExactKeys(embed, "title", "description", "color", "footer", "fields");
        JsonAssert.IsJson(embed!["fields"], """[{"name":"Uptime","value":"5 min","inline":true}]""");
        JsonAssert.IsJson(body["components"], """
            [{"type":1,"components":[
              {"type":2,"style":4,"label":"Stop","custom_id":"stop:mc"},
              {"type":2,"style":5,"label":"Docs","url":"https://example.com/docs"}]}]
            """);
        var stored = h.Fake.GetMessage(sent.Id).ShouldNotBeNull();
        stored.ChannelId.ShouldBe(Channel);
        stored.Content.ShouldBe("@everyone server mc is up");
        stored.ReplyTo.ShouldBe(77UL);
        sent.ChannelId.ShouldBe(Channel);
        sent.AuthorId.ShouldBe(h.Fake.BotUserId);
    }

    [Fact]
    public async Task ReplacesState_WhenEditingMessage()
    {
        await using var h = await RestHarness.StartAsync();
        var sent = await h.Client.CreateMessageAsync(Channel, new MessageBuilder().WithContent("starting").AddEmbed(e => e.WithTitle("old")).Build(), None);

        var edited = await h.Client.EditMessageAsync(Channel, sent.Id, new OutgoingMessage { Content = "started" }, None);

        var request = h.Fake.RequestsTo("PATCH", "channels/{channel_id}/messages/{message_id}").ShouldHaveSingleItem();
        JsonAssert.HasExactKeys(request.Json, "content", "embeds", "components", "allowed_mentions");
        request.Path.ShouldBe($"channels/{Channel}/messages/{sent.Id}");
        var stored = h.Fake.GetMessage(sent.Id)!;
        stored.Content.ShouldBe("started");
        stored.Embeds.ShouldBeEmpty();
        stored.Edits.Count.ShouldBe(1);
        edited.Content.ShouldBe("started");
    }

    [Fact]
    public async Task HandlesEmpty204_WhenDeletingMessage()
    {
        await using var h = await RestHarness.StartAsync();
        var sent = await h.Client.CreateMessageAsync(Channel, OutgoingMessage.Text("bye"), None);

        await h.Client.DeleteMessageAsync(Channel, sent.Id, None);

        h.Fake.GetMessage(sent.Id)!.IsDeleted.ShouldBeTrue();
        h.Fake.RequestsTo("DELETE", "channels/{channel_id}/messages/{message_id}").ShouldHaveSingleItem().ResponseStatus.ShouldBe(204);
    }

    [Fact]
    public async Task MapsUnknownMessage_WhenDeletingTwice()
    {
        await using var h = await RestHarness.StartAsync();
        var sent = await h.Client.CreateMessageAsync(Channel, OutgoingMessage.Text("bye"), None);
        await h.Client.DeleteMessageAsync(Channel, sent.Id, None);

        var ex = await Should.ThrowAsync<DiscordApiException>(() => h.Client.DeleteMessageAsync(Channel, sent.Id, None));

        ex.Kind.ShouldBe(DiscordErrorKind.NotFound);
        ex.ErrorCode.ShouldBe(10008);
        ex.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("👍", "%F0%9F%91%8D", "👍")]
    [InlineData("#️⃣", "%23%EF%B8%8F%E2%83%A3", "#️⃣")]
    [InlineData("<:blob:123>", "blob:123", "blob:123")]
    public async Task EncodesEmojiOnce_WhenReacting(string emoji, string expectedInPath, string stored)
    {
        await using var h = await RestHarness.StartAsync();
        var sent = await h.Client.CreateMessageAsync(Channel, OutgoingMessage.Text("react"), None);

        await h.Client.AddReactionAsync(Channel, sent.Id, emoji, None);

        var put = h.Fake.RequestsTo("PUT", "channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me").ShouldHaveSingleItem();
        put.RawTarget.ShouldBe($"/api/v10/channels/{Channel}/messages/{sent.Id}/reactions/{expectedInPath}/@me");
        put.ResponseStatus.ShouldBe(204);
        h.Fake.GetMessage(sent.Id)!.Reactions.ShouldBe([stored]);

        await h.Client.RemoveOwnReactionAsync(Channel, sent.Id, emoji, None);

        h.Fake.GetMessage(sent.Id)!.Reactions.ShouldBeEmpty();
    }

    [Fact]
    public async Task OpensDmOnceAndSends_WhenMessagingUserTwice()
    {
        await using var h = await RestHarness.StartAsync();

        var first = await h.Client.SendDirectMessageAsync(555, OutgoingMessage.Text("backup done"), None);
        var second = await h.Client.SendDirectMessageAsync(555, OutgoingMessage.Text("again"), None);

        var open = h.Fake.RequestsTo("POST", "users/@me/channels").ShouldHaveSingleItem();
        JsonAssert.IsJson(open.Json, """{"recipient_id":"555"}""");
        first.ChannelId.ShouldBe(h.Fake.DmChannelOf(555)!.Value);
        second.ChannelId.ShouldBe(first.ChannelId);
        h.Fake.MessagesIn(first.ChannelId).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ReportsCannotMessageUser_WhenDmsAreClosed()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.CloseDirectMessages(556);

        var ex = await Should.ThrowAsync<DiscordApiException>(() => h.Client.SendDirectMessageAsync(556, OutgoingMessage.Text("hi"), None));

        ex.Kind.ShouldBe(DiscordErrorKind.CannotMessageUser);
        ex.ErrorCode.ShouldBe(50007);
    }

    [Fact]
    public async Task ReadsIdentityAndMember_WhenQueried()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.AddMember(10, 20, 30, 31);

        var user = await h.Client.GetCurrentUserAsync(None);
        var app = await h.Client.GetCurrentApplicationAsync(None);
        var member = await h.Client.GetGuildMemberAsync(10, 20, None);
        await h.Client.TriggerTypingAsync(Channel, None);

        user.ShouldBe(new DiscordUser(h.Fake.BotUserId, h.Fake.BotUsername, true));
        app.Id.ShouldBe(h.Fake.ApplicationId);
        app.HasMessageContentIntent.ShouldBeTrue();
        member.UserId.ShouldBe(20UL);
        member.RoleIds.ShouldBe([30UL, 31UL]);
        h.Fake.TypingCount(Channel).ShouldBe(1);
        (await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetGuildMemberAsync(10, 99, None))).Kind.ShouldBe(DiscordErrorKind.NotFound);
    }

    [Fact]
    public async Task ReadsGuildRolesChannelOverwritesAndIntent_WhenQueried()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.AddGuild(10, "Guild", everyonePermissions: 1024, ownerId: 99);
        h.Fake.AddRole(10, 30, permissions: 2048, name: "bot");
        h.Fake.AddChannel(40, 10, "backups", new FakeOverwrite(10, Allow: 0, Deny: 2048), new FakeOverwrite(h.Fake.BotUserId, Allow: 8192, Deny: 0, IsMember: true));
        h.Fake.ApplicationFlags = 1 << 15;

        var guild = await h.Client.GetGuildAsync(10, None);
        var channel = await h.Client.GetChannelAsync(40, None);
        var app = await h.Client.GetCurrentApplicationAsync(None);

        (guild.Name, guild.OwnerId).ShouldBe(("Guild", 99UL));
        guild.Roles.ShouldBe([new DiscordRole(10, "@everyone", DiscordPermissions.ViewChannel, 0), new DiscordRole(30, "bot", DiscordPermissions.SendMessages, 1)]);
        (channel.Id, channel.GuildId, channel.Name).ShouldBe((40UL, (ulong?)10, "backups"));
        channel.PermissionOverwrites.ShouldBe(
        [
            new PermissionOverwrite(10, PermissionOverwriteType.Role, DiscordPermissions.None, DiscordPermissions.SendMessages),
            new PermissionOverwrite(h.Fake.BotUserId, PermissionOverwriteType.Member, DiscordPermissions.ManageMessages, DiscordPermissions.None),
        ]);
        app.HasMessageContentIntent.ShouldBeFalse();
        (await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetGuildAsync(11, None))).ErrorCode.ShouldBe(10004);
        (await Should.ThrowAsync<DiscordApiException>(() => h.Client.GetChannelAsync(41, None))).Kind.ShouldBe(DiscordErrorKind.NotFound);
    }

    [Fact]
    public async Task OverwritesOnceThenSkips_WhenSyncingSameCommands()
    {
        await using var h = await RestHarness.StartAsync();
        ApplicationCommandDefinition[] commands =
        [
            new("restart", "Restart servers")
            {
                Options = [new CommandOption(CommandOptionType.String, "server", "Server name") { Required = true, Autocomplete = true }],
                DefaultMemberPermissions = "0",
            },
            new("status", "Show server status"),
        ];

        var first = await h.Client.SyncCommandsAsync(h.Fake.ApplicationId, 99, commands, None);
        var second = await h.Client.SyncCommandsAsync(h.Fake.ApplicationId, 99, commands, None);
        var changed = await h.Client.SyncCommandsAsync(h.Fake.ApplicationId, 99, [commands[0] with { Description = "Restart" }, commands[1]], None);

        first.ShouldBeTrue();
        second.ShouldBeFalse();
        changed.ShouldBeTrue();
        var puts = h.Fake.RequestsTo("PUT", "applications/{application_id}/guilds/{guild_id}/commands");
        puts.Count.ShouldBe(2);
        JsonAssert.IsJson(puts[0].Json, """
            [{"name":"restart","type":1,"description":"Restart servers","default_member_permissions":"0",
              "options":[{"type":3,"name":"server","description":"Server name","required":true,"autocomplete":true}]},
             {"name":"status","type":1,"description":"Show server status"}]
            """);
        h.Fake.GetCommands(h.Fake.ApplicationId, 99).Count.ShouldBe(2);
    }

    [Fact]
    public async Task SendsGlobalCommands_WhenNoGuild()
    {
        await using var h = await RestHarness.StartAsync();

        var registered = await h.Client.OverwriteCommandsAsync(h.Fake.ApplicationId, null, [new("ping", "Check the bot")], None);

        registered.ShouldHaveSingleItem().Definition.Name.ShouldBe("ping");
        registered[0].Id.ShouldNotBe(0UL);
        h.Fake.RequestsTo("PUT", "applications/{application_id}/commands").ShouldHaveSingleItem();
        (await h.Client.GetCommandsAsync(h.Fake.ApplicationId, null, None)).ShouldHaveSingleItem().Id.ShouldBe(registered[0].Id);
    }

    [Fact]
    public async Task SendsEphemeralDeferThenEditsOriginal_WhenSlowCommand()
    {
        await using var h = await RestHarness.StartAsync();

        await h.Client.RespondToInteractionAsync(1, "tok-defer", InteractionResponse.Defer(ephemeral: true), None);
        await h.Client.EditOriginalResponseAsync(h.Fake.ApplicationId, "tok-defer", OutgoingMessage.Text("mc restarted"), None);

        var callback = h.Fake.RequestsTo("POST", "interactions/{interaction_id}/{interaction_token}/callback").ShouldHaveSingleItem();
        JsonAssert.IsJson(callback.Json, """{"type":5,"data":{"flags":64}}""");
        callback.Headers.ContainsKey("Authorization").ShouldBeFalse();
        var edit = h.Fake.RequestsTo("PATCH", "webhooks/{webhook_id}/{webhook_token}/messages/{message_id}").ShouldHaveSingleItem();
        edit.Path.ShouldBe($"webhooks/{h.Fake.ApplicationId}/tok-defer/messages/@original");
        JsonAssert.HasExactKeys(edit.Json, "content", "embeds", "components", "allowed_mentions");
        var interaction = h.Fake.GetInteraction("tok-defer")!;
        interaction.Original!.Content.ShouldBe("mc restarted");
        interaction.Original.Flags.ShouldBe(64);
    }

    [Fact]
    public async Task SendsMessageCallback_WhenFastCommand()
    {
        await using var h = await RestHarness.StartAsync();

        await h.Client.RespondToInteractionAsync(2, "tok-fast", InteractionResponse.Reply(OutgoingMessage.Text("pong")), None);

        var callback = h.Fake.RequestsTo("POST", "interactions/{interaction_id}/{interaction_token}/callback").ShouldHaveSingleItem();
        JsonAssert.IsJson(callback.Json, """{"type":4,"data":{"content":"pong","allowed_mentions":{"parse":[]}}}""");
        h.Fake.GetInteraction("tok-fast")!.Original!.Content.ShouldBe("pong");
    }

    [Fact]
    public async Task SendsBareTypes_WhenComponentAndAutocomplete()
    {
        await using var h = await RestHarness.StartAsync();

        await h.Client.RespondToInteractionAsync(3, "tok-button", InteractionResponse.DeferUpdate(), None);
        await h.Client.RespondToInteractionAsync(4, "tok-update", InteractionResponse.UpdateMessage(OutgoingMessage.Text("stopped")), None);
        await h.Client.RespondToInteractionAsync(5, "tok-auto", InteractionResponse.Autocomplete([CommandChoice.Of("mc", "mc"), CommandChoice.Of("valheim", "valheim")]), None);

        var bodies = h.Fake.RequestsTo("POST", "interactions/{interaction_id}/{interaction_token}/callback").Select(r => r.Json).ToArray();
        JsonAssert.IsJson(bodies[0], """{"type":6}""");
        JsonAssert.IsJson(bodies[1], """{"type":7,"data":{"content":"stopped","embeds":[],"components":[],"allowed_mentions":{"parse":[]}}}""");
        JsonAssert.IsJson(bodies[2], """{"type":8,"data":{"choices":[{"name":"mc","value":"mc"},{"name":"valheim","value":"valheim"}]}}""");
    }

    [Fact]
    public async Task RefusesLocally_WhenSecondCallbackForSameInteraction()
    {
        await using var h = await RestHarness.StartAsync();
        await h.Client.RespondToInteractionAsync(6, "tok-twice", InteractionResponse.Defer(), None);

        var ex = await Should.ThrowAsync<DiscordApiException>(() => h.Client.RespondToInteractionAsync(6, "tok-twice", InteractionResponse.Reply(OutgoingMessage.Text("x")), None));

        ex.Kind.ShouldBe(DiscordErrorKind.AlreadyAcknowledged);
        ex.StatusCode.ShouldBeNull();
        h.Fake.RequestsTo("POST", "interactions/{interaction_id}/{interaction_token}/callback").Count.ShouldBe(1);
    }

    [Fact]
    public async Task MapsExpiredInteraction_WhenDiscordAnswers10062()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("POST", "interactions/{interaction_id}/{interaction_token}/callback", FakeResponse.Error(404, 10062, "Unknown interaction"));

        var ex = await Should.ThrowAsync<DiscordApiException>(() => h.Client.RespondToInteractionAsync(7, "tok-late", InteractionResponse.Defer(), None));

        ex.Kind.ShouldBe(DiscordErrorKind.InteractionExpired);
    }

    [Fact]
    public async Task PostsFollowupWithApplicationIdAndToken_WhenFollowingUp()
    {
        await using var h = await RestHarness.StartAsync();
        await h.Client.RespondToInteractionAsync(8, "tok-follow", InteractionResponse.Defer(), None);

        var followup = await h.Client.CreateFollowupAsync(h.Fake.ApplicationId, "tok-follow", new MessageBuilder().WithContent("details").AsEphemeral().Build(), None);
        await h.Client.DeleteOriginalResponseAsync(h.Fake.ApplicationId, "tok-follow", None);

        var post = h.Fake.RequestsTo("POST", "webhooks/{webhook_id}/{webhook_token}").ShouldHaveSingleItem();
        post.Path.ShouldBe($"webhooks/{h.Fake.ApplicationId}/tok-follow");
        JsonAssert.IsJson(post.Json, """{"content":"details","allowed_mentions":{"parse":[]},"flags":64}""");
        var interaction = h.Fake.GetInteraction("tok-follow")!;
        interaction.Followups.ShouldHaveSingleItem().Id.ShouldBe(followup.Id);
        interaction.Original!.IsDeleted.ShouldBeTrue();
    }

    [Fact]
    public async Task UploadsFileIntact_WhenCodeBlockIsTooLong()
    {
        await using var h = await RestHarness.StartAsync();
        var log = string.Join('\n', Enumerable.Range(0, 400).Select(i => $"[{i:D3}] Done (1.{i}s)! For help, type \"help\" — ✓"));
        var message = MessageSplitter.CodeBlockOrFile(log, "mc-logs.txt", caption: "Logs of mc");

        var sent = await h.Client.CreateMessageAsync(Channel, message, None);

        var request = h.Fake.RequestsTo("POST", "channels/{channel_id}/messages").ShouldHaveSingleItem();
        request.ContentType.ShouldStartWith("multipart/form-data");
        var file = request.Files.ShouldHaveSingleItem();
        file.FieldName.ShouldBe("files[0]");
        file.FileName.ShouldBe("mc-logs.txt");
        Encoding.UTF8.GetString(file.Content).ShouldBe(log);
        JsonAssert.IsJson(request.Json!["attachments"], """[{"id":"0","filename":"mc-logs.txt"}]""");
        h.Fake.GetMessage(sent.Id)!.Attachments.ShouldHaveSingleItem().Content.ShouldBe(Encoding.UTF8.GetBytes(log));
    }

    [Fact]
    public async Task FlattensFieldErrors_WhenDiscordAnswers50035()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("POST", "channels/{channel_id}/messages", new FakeResponse(
            400,
            """{"code":50035,"message":"Invalid Form Body","errors":{"embeds":{"0":{"fields":{"3":{"value":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 1024 or fewer in length."}]}}}}}}}""",
            "application/json",
            new Dictionary<string, string>()));

        var ex = await Should.ThrowAsync<DiscordApiException>(() => h.Client.CreateMessageAsync(Channel, OutgoingMessage.Text("x"), None));

        ex.Kind.ShouldBe(DiscordErrorKind.InvalidFormBody);
        ex.FieldErrors.ShouldBe(["embeds.0.fields.3.value: BASE_TYPE_MAX_LENGTH Must be 1024 or fewer in length."]);
        h.Fake.RequestsTo("POST", "channels/{channel_id}/messages").Count.ShouldBe(1);
    }

    [Fact]
    public async Task FakeRejectsWith50035_WhenRawBodyBreaksLimits()
    {
        await using var fake = new FakeDiscordRest();
        await fake.StartAsync();
        using var http = new HttpClient();
        var embeds = new JsonArray([.. Enumerable.Range(0, 11).Select(_ => (JsonNode)new JsonObject { ["title"] = "t" })]);
        var fields = new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)new JsonObject { ["name"] = "n" + i, ["value"] = "v" })]);
        embeds[0]!["fields"] = fields;
        var body = new JsonObject { ["content"] = new string('a', 2001), ["embeds"] = embeds };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(fake.BaseUrl, "channels/1/messages"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bot " + fake.Token);

        using var response = await http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        error["code"]!.GetValue<int>().ShouldBe(50035);
        error["errors"]!["content"]!["_errors"]![0]!["code"]!.GetValue<string>().ShouldBe("BASE_TYPE_MAX_LENGTH");
        error["errors"]!["embeds"]!["_errors"].ShouldNotBeNull();
        error["errors"]!["embeds"]!["0"]!["fields"]!["_errors"].ShouldNotBeNull();
        fake.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task NeverSends_WhenMessageBreaksLimitsLocally()
    {
        await using var h = await RestHarness.StartAsync();

        await Should.ThrowAsync<DiscordLimitException>(() => h.Client.CreateMessageAsync(Channel, new OutgoingMessage { Content = new string('a', 2001) }, None));

        h.Fake.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task StopsUsingWebhook_WhenItAnsweredUnknownWebhook()
    {
        await using var h = await RestHarness.StartAsync();

        var first = await Should.ThrowAsync<DiscordApiException>(() => h.Client.CreateFollowupAsync(h.Fake.ApplicationId, "tok-never-answered", OutgoingMessage.Text("x"), None));
        var second = await Should.ThrowAsync<DiscordApiException>(() => h.Client.EditOriginalResponseAsync(h.Fake.ApplicationId, "tok-never-answered", OutgoingMessage.Text("y"), None));

        first.ErrorCode.ShouldBe(10015);
        second.Kind.ShouldBe(DiscordErrorKind.NotFound);
        second.StatusCode.ShouldBeNull();
        h.Fake.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AllowsCorrectedCallback_WhenDiscordRefusedTheFirst()
    {
        await using var h = await RestHarness.StartAsync();
        h.Fake.Enqueue("POST", "interactions/{interaction_id}/{interaction_token}/callback", FakeResponse.Error(400, 50035, "Invalid Form Body"));
        await Should.ThrowAsync<DiscordApiException>(() => h.Client.RespondToInteractionAsync(12, "tok-retry", InteractionResponse.Defer(), None));

        await h.Client.RespondToInteractionAsync(12, "tok-retry", InteractionResponse.Defer(), None);

        h.Fake.RequestsTo("POST", "interactions/{interaction_id}/{interaction_token}/callback").Select(r => r.ResponseStatus).ShouldBe([400, 204]);
    }
}
