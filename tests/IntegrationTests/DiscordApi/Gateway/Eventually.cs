namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

/// <summary>Polls a condition until it holds or the deadline passes (no fixed sleeps as synchronization).</summary>
internal static class Eventually
{
    public static async Task HoldsAsync(Func<bool> condition, string what, TimeSpan? deadline = null)
    {
        var limit = DateTimeOffset.UtcNow + (deadline ?? GatewayHarness.Deadline);
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > limit)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(10);
        }
    }
}
