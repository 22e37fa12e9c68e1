using DiscordApi.Commands;
using DiscordApi.Messages;
using Xunit.Abstractions;

namespace ServerStatus.IntegrationTests.DiscordApi.Rest;

/// <summary>
/// Runs every body type through the fake, then checks the recording against Discord's OpenAPI spec with the Node
/// script in FakeDiscord/Rest/spec (guide 7.4). Gated: it needs <c>node</c> and <c>npm ci</c> in that folder.
/// </summary>
public sealed class SpecConformanceTests(ITestOutputHelper output)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task PassesSpecSchemas_WhenEveryBodyTypeIsSent()
    {
        await using var h = await RestHarness.StartAsync();
        var c = h.Client;
        var app = h.Fake.ApplicationId;
        var message = new MessageBuilder()
            .WithContent("status")
            .AddEmbed(e => e.WithTitle("mc").WithDescription("up").WithColor(0x00FF00).WithFooter("f").WithAuthor("a").WithTimestamp(DateTimeOffset.UnixEpoch).AddField("n", "v", true))
            .AddActionRow(r => r.AddButton(ButtonStyle.Primary, "restart:mc", "Restart").AddLink(new Uri("https://example.com"), "Docs"))
            .AddSelectMenu(SelectMenu.Create("card", [new SelectOption("mc", "local/mc") { Description = "Up 2 hours", Emoji = "🟢" }, new SelectOption("web", "local/web")], "Open a card"))
            .ReplyTo(1)
            .Build();
        var sent = await c.CreateMessageAsync(1, message, None);
        await c.CreateMessageAsync(1, MessageSplitter.CodeBlockOrFile(new string('x', 3000), "big.txt"), None);
        await c.EditMessageAsync(1, sent.Id, OutgoingMessage.Text("edited"), None);
        await c.AddReactionAsync(1, sent.Id, "👍", None);
        await c.RemoveOwnReactionAsync(1, sent.Id, "👍", None);
        await c.TriggerTypingAsync(1, None);
        await c.DeleteMessageAsync(1, sent.Id, None);
        await c.SendDirectMessageAsync(7, OutgoingMessage.Text("dm"), None);
        await c.GetCurrentUserAsync(None);
        await c.GetCurrentApplicationAsync(None);
        h.Fake.AddGuild(3);
        h.Fake.AddMember(3, h.Fake.BotUserId);
        h.Fake.AddChannel(1, 3);
        await c.GetGuildAsync(3, None);
        await c.GetGuildMemberAsync(3, h.Fake.BotUserId, None);
        await c.GetChannelAsync(1, None);
        await c.OverwriteCommandsAsync(app, null, [new("ping", "Ping")], None);
        await c.SyncCommandsAsync(app, 3, [new("logs", "Show logs")
        {
            Options =
            [
                new CommandOption(CommandOptionType.String, "server", "Server") { Required = true, Autocomplete = true },
                new CommandOption(CommandOptionType.Integer, "lines", "Lines") { MinValue = 1, MaxValue = 500 },
                new CommandOption(CommandOptionType.String, "level", "Level") { Choices = [CommandChoice.Of("Error", "error")] },
            ],
            DefaultMemberPermissions = "0",
            Contexts = [0],
        }], None);
        await c.RespondToInteractionAsync(1, "t1", InteractionResponse.Reply(message with { Reference = null }, ephemeral: true), None);
        await c.RespondToInteractionAsync(2, "t2", InteractionResponse.Defer(ephemeral: true), None);
        await c.RespondToInteractionAsync(3, "t3", InteractionResponse.DeferUpdate(), None);
        await c.RespondToInteractionAsync(4, "t4", InteractionResponse.UpdateMessage(OutgoingMessage.Text("updated")), None);
        await c.RespondToInteractionAsync(5, "t5", InteractionResponse.Autocomplete([CommandChoice.Of("mc", "mc")]), None);
        await c.EditOriginalResponseAsync(app, "t2", OutgoingMessage.Text("done"), None);
        var followup = await c.CreateFollowupAsync(app, "t2", OutgoingMessage.Text("more") with { Flags = MessageFlags.Ephemeral }, None);
        await c.EditFollowupAsync(app, "t2", followup.Id, OutgoingMessage.Text("more!"), None);
        h.Fake.Requests.ShouldAllBe(r => r.ResponseStatus < 300);

        var checkedText = await SpecCheck.RunAsync(h.Fake, h.Fake.Requests);
        if (checkedText is null)
        {
            output.WriteLine("Spec check not run: needs node on PATH and 'npm ci' in tests/IntegrationTests/FakeDiscord/Rest/spec.");
            return;
        }

        output.WriteLine(checkedText);
        checkedText.ShouldContain($"{h.Fake.Requests.Count} requests");
    }
}
