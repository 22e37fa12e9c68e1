namespace ServerStatus.IntegrationTests.FakeDiscord.Gateway;

/// <summary>A session of the fake: its sequence counter and replay buffer.</summary>
internal sealed class FakeGatewaySession(string id)
{
    public string Id => id;

    public SemaphoreSlim Lock { get; } = new(1, 1);

    public int Sequence { get; set; }

    public List<(int Sequence, string Payload)> Sent { get; } = [];

    public bool Invalidated { get; set; }

    public FakeGatewayConnection? Live { get; set; }
}
