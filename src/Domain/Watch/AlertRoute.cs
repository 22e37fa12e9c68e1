using ServerStatus.Domain.Backups;

namespace ServerStatus.Domain.Watch;

/// <summary>
/// Where the incidents of one server (or, with the scope <c>*</c>, of every server without a route of its own) go: a
/// channel, or nowhere when alerts are off for it.
/// </summary>
public sealed class AlertRoute
{
    /// <summary>The scope of the default route, for every server without one of its own.</summary>
    public const string AllServers = "*";

    public const int ScopeMaxLength = BackupRecord.ServerMaxLength;

    private AlertRoute()
    {
    }

    public long Id { get; private set; }

    /// <summary>The engine-qualified server name (<c>engine/name</c>), or <see cref="AllServers"/>; one route per scope.</summary>
    public string Scope { get; private set; } = "";

    /// <summary>The channel its incidents go to; null when alerts are off for it.</summary>
    public ulong? ChannelId { get; private set; }

    /// <summary>The Discord user who set it (0 for the system).</summary>
    public ulong SetBy { get; private set; }

    public DateTimeOffset SetAt { get; private set; }

    public bool IsOff => ChannelId is null;

    /// <summary>A route to <paramref name="channelId"/>, or alerts off when it is null.</summary>
    public static AlertRoute Create(string scope, ulong? channelId, ulong setBy, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scope.Length, ScopeMaxLength);
        var route = new AlertRoute { Scope = scope };
        route.Change(channelId, setBy, at);
        return route;
    }

    public void Change(ulong? channelId, ulong setBy, DateTimeOffset at)
    {
        if (channelId == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(channelId), "A channel id is never 0.");
        }

        ChannelId = channelId;
        SetBy = setBy;
        SetAt = at.ToUniversalTime();
    }
}
