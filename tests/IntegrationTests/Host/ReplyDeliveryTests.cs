using System.Globalization;
using DiscordApi.Rest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// No answer to a command that ran is lost, and none is doubled, whatever Discord answers while it is delivered:
/// rate limits beyond the client's retries, runs of server errors, errors after the request took effect, a failed
/// interaction callback, a rate limit longer than a request may wait.
/// </summary>
public sealed class ReplyDeliveryTests(ReplyDeliveryTests.Setup fixture) : BotTests<ReplyDeliveryTests.Setup>(fixture)
{
    private const string Messages = "channels/{channel_id}/messages";
    private const string Callback = "interactions/{interaction_id}/{interaction_token}/callback";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(40);

    [Fact]
    public Task AnswersEachCommandOnce_WhenTheRepliesAreRateLimitedMoreOftenThanTheClientRetries() =>
        AnswersEachOnceDespiteAsync(commands: 5, (FakeResponse.RateLimited(0.05), 6));

    [Fact]
    public Task AnswersEachCommandOnce_AfterARunOfServerErrors() =>
        AnswersEachOnceDespiteAsync(commands: 3, (FakeResponse.ServerError(502), 4), (FakeResponse.ServerError(500), 3));

    [Fact]
    public async Task AnswersEachCommandOnce_WhenDiscordIsUnavailableForLonger()
    {
        var server = await Sandbox.CreateServerAsync("bounced");
        var startedAt = (await Sandbox.StateAsync(server)).StartedAt;
        Discord.Rest.Enqueue("POST", Messages, FakeResponse.ServerError(503), times: 20);

        var asked = await SayAsync(3, "$restart bounced");

        await EachAnsweredOnceAsync(asked);
        (await Sandbox.StateAsync(server)).StartedAt.ShouldNotBe(startedAt);
        Discord.Rest.Messages.Where(m => asked.Contains(m.ReplyTo ?? 0)).ShouldAllBe(m => FakeDiscordServer.Text(m).Contains("restarted", StringComparison.Ordinal));
    }

    [Fact]
    public Task NeverDoublesAReply_WhenServerErrorsCameAfterTheMessageWasCreated() =>
        AnswersEachOnceDespiteAsync(commands: 2, (FakeResponse.ServerErrorAfterEffect(502), 9));

    [Fact]
    public Task DeliversTheRepliesQueuedBehindALongRateLimit() =>
        // Scaled down: a retry_after of 3 s against the 1 s a request may wait here is 120 s against the default minute.
        AnswersEachOnceDespiteAsync(commands: 3, (FakeResponse.RateLimited(3), 1));

    [Fact]
    public async Task EditsTheOriginalResponse_InsteadOfASecondCallback_WhenTheCallbackFailedAfterTakingEffect()
    {
        Discord.Rest.Enqueue("POST", Callback, FakeResponse.ServerErrorAfterEffect(500));

        var token = await Discord.SlashAsync(TestApp.AdminId, "status", new { servers = "solo" });

        var interaction = await Discord.WaitForAnswerAsync(token, i => i.Original?.Edits.Count > 0, Patience);
        await QuietAsync();
        interaction.Callbacks.Count.ShouldBe(1);
        FakeDiscordServer.Text(interaction.Original!).ShouldContain("solo");
        Discord.Rest.MessagesIn(FakeDiscordServer.ChannelId).ShouldNotContain(m => MentionsAdmin(m));
    }

    [Fact]
    public async Task AnswersInTheChannelMentioningTheUser_WhenTheCallbackNeverArrived()
    {
        Discord.Rest.Enqueue("POST", Callback, FakeResponse.ServerError(500));

        await Discord.SlashAsync(TestApp.AdminId, "status", new { servers = "solo" });

        var answer = await Eventually.ValueAsync(
            () => Discord.Rest.MessagesIn(FakeDiscordServer.ChannelId).FirstOrDefault(MentionsAdmin), "the answer is posted in the channel", Patience);
        await QuietAsync();
        Discord.Rest.MessagesIn(FakeDiscordServer.ChannelId).Count(MentionsAdmin).ShouldBe(1);
        FakeDiscordServer.Text(answer).ShouldContain("solo");
        answer.AllowedMentions?["users"]?.AsArray().Select(u => (string?)u).ShouldBe([Admin]);
    }

    private static string Admin => TestApp.AdminId.ToString(CultureInfo.InvariantCulture);

    private static bool MentionsAdmin(FakeMessage message) => message.Content?.Contains($"<@{Admin}>", StringComparison.Ordinal) == true;

    private async Task AnswersEachOnceDespiteAsync(int commands, params (FakeResponse Failure, int Times)[] failures)
    {
        foreach (var (failure, times) in failures)
        {
            Discord.Rest.Enqueue("POST", Messages, failure, times);
        }

        await EachAnsweredOnceAsync(await SayAsync(commands, "$status solo"));
    }

    private async Task<IReadOnlyList<ulong>> SayAsync(int times, string command)
    {
        var asked = new List<ulong>();
        for (var i = 0; i < times; i++)
        {
            asked.Add(await Discord.SayAsync(TestApp.AdminId, command));
        }

        return asked;
    }

    private async Task EachAnsweredOnceAsync(IReadOnlyList<ulong> asked)
    {
        await Eventually.HoldsAsync(
            () => asked.All(id => Discord.Rest.Messages.Any(m => m.ReplyTo == id)),
            "every command is answered",
            Patience,
            seen: () => string.Join(", ", asked.Select(id => $"{id}: {Discord.Rest.Messages.Count(m => m.ReplyTo == id)}")) + "; " + string.Join("; ", RequestsOfThisTest));
        await QuietAsync();
        foreach (var id in asked)
        {
            Discord.Rest.Messages.Count(m => m.ReplyTo == id).ShouldBe(1, $"the answers to {id}");
        }
    }

    // Once nothing waits in the outbox, no further attempt (and so no duplicate) can come.
    private Task QuietAsync() => Eventually.HoldsAsync(
        async () =>
        {
            await using var scope = Bot.App.Services.CreateAsyncScope();
            return !await scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>().PendingReplies.AnyAsync();
        },
        "no reply waits in the outbox",
        Patience);

    public sealed class Setup : BotFixture
    {
        protected override Task BeforeStartAsync() => Sandbox.CreateServerAsync("solo");

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Outbox:FirstRetryMilliseconds"] = "100";
        }

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton(new DiscordRestSettings
            {
                ServerErrorBackoff = TimeSpan.FromMilliseconds(20),
                MaxQueueWait = TimeSpan.FromSeconds(1),
            });
    }
}
