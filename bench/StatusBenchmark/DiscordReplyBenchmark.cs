using System.Globalization;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.StatusBenchmark;

/// <summary>
/// The whole bot against the local fake Discord: from the injected <c>$status</c> message to the
/// bot's reply arriving at the fake REST endpoint.
/// </summary>
internal static class DiscordReplyBenchmark
{
    public static async Task<bool> RunAsync(string label, int rounds)
    {
        await using var bot = await BotUnderTest.StartAsync(new DockerSandbox(), settings =>
        {
            settings["Docker:Discovery:Label"] = label;
            settings["Logging:MinimumLevel"] = "Warning";
        });
        var discord = bot.Discord;
        var reply = await Measurement.OfAsync(rounds, async () =>
        {
            var asked = await discord.SayAsync(TestApp.AdminId, "$status");
            var answer = await discord.Rest.WaitForRequestAsync(
                r => r.Method == "POST" && (string?)r.Json?["message_reference"]?["message_id"] == asked.ToString(CultureInfo.InvariantCulture),
                TimeSpan.FromSeconds(30));
            return answer.Body.Length;
        });

        Console.WriteLine($"end to end: {rounds} rounds after {Measurement.WarmUps} warm-ups, fake Discord on loopback");
        reply.Report("$status message -> reply (bot)");
        Console.WriteLine("(goal: <= 100 ms)");
        return reply.Median <= 100;
    }
}
