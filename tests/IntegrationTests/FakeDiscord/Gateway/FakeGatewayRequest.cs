namespace ServerStatus.IntegrationTests.FakeDiscord.Gateway;

/// <summary>One GET /api/v10/gateway/bot request as the fake saw it.</summary>
public sealed record FakeGatewayRequest(string? Authorization, string? UserAgent, DateTimeOffset ReceivedAt);
