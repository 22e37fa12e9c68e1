namespace ServerStatus.Application.Servers.GetServerStatus;

/// <summary>
/// The hint on narrowing discovery (a label or an allow-list) goes with the first overview an admin gets that lists
/// every container and more than <see cref="ManyServers"/> of them: once per bot process, not on every overview.
/// </summary>
public sealed class DiscoveryHint
{
    public const int ManyServers = 25;

    private int _shown;

    /// <summary>True the first time only.</summary>
    public bool TakeFirst() => Interlocked.Exchange(ref _shown, 1) == 0;
}
