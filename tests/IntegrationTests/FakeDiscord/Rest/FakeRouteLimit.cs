namespace ServerStatus.IntegrationTests.FakeDiscord.Rest;

/// <summary>Rate limit the fake enforces on a route: <paramref name="Limit"/> requests per window of <paramref name="ResetAfter"/>, reported under <paramref name="Bucket"/>.</summary>
public sealed record FakeRouteLimit(int Limit, TimeSpan ResetAfter, string Bucket);
