using System.Diagnostics;
using System.Globalization;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// End to end at the fake Discord: a command injected as the admin's message, and the moment the bot's answer (or a
/// later edit of it) arrived at the fake REST endpoint. Waits are set up before the command is sent, so an answer can
/// never arrive unseen between the two.
/// </summary>
internal static class DiscordTiming
{
    public const string PostRoute = "channels/{channel_id}/messages";
    public const string EditRoute = "channels/{channel_id}/messages/{message_id}";

    /// <summary>The next request, from now on, that matches; its arrival as a <see cref="Stopwatch"/> timestamp.</summary>
    public static Task<long> NextAsync(FakeDiscordServer discord, Func<FakeRequest, bool> match, TimeSpan? patience = null)
    {
        var requests = discord.Rest.Requests;
        var after = requests.Count == 0 ? 0 : requests.Max(r => r.Sequence);
        return ArrivalAsync(discord.Rest.WaitForRequestAsync(r => r.Sequence > after && match(r), patience ?? BenchBot.Patience));
    }

    /// <summary>When <paramref name="request"/> arrived, as a <see cref="Stopwatch"/> timestamp (it waits for it).</summary>
    public static async Task<long> ArrivalAsync(Task<FakeRequest> request)
    {
        await request;
        return Stopwatch.GetTimestamp();
    }

    /// <summary>The admin writes <paramref name="content"/>; returns the message's id and the timestamp just before it was sent.</summary>
    public static async Task<(ulong Id, long SentAt)> SayAsync(FakeDiscordServer discord, string content)
    {
        var sentAt = Stopwatch.GetTimestamp();
        return (await discord.SayAsync(TestApp.AdminId, content), sentAt);
    }

    /// <summary>A message the bot posts as a reply (the first message of an answer).</summary>
    public static bool IsReply(FakeRequest request) =>
        request.Method == "POST" && request.Template == PostRoute && request.Json?["message_reference"] is not null;

    /// <summary>A message posted or edited whose text contains <paramref name="text"/>.</summary>
    public static bool Shows(FakeRequest request, string text) =>
        request.Template is PostRoute or EditRoute && request.Method is "POST" or "PATCH"
        && FakeDiscordServer.Text(request.Json).Contains(text, StringComparison.Ordinal);

    /// <summary>An edit of the message <paramref name="messageId"/>.</summary>
    public static bool Edits(FakeRequest request, ulong messageId) =>
        request.Method == "PATCH" && request.Template == EditRoute
        && request.RouteValues["message_id"] == messageId.ToString(CultureInfo.InvariantCulture);

    public static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
