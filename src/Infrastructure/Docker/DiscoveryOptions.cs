namespace ServerStatus.Infrastructure.Docker;

/// <summary>Configuration section <c>Docker:Discovery</c>.</summary>
public sealed class DiscoveryOptions
{
    public DiscoveryMode Mode { get; set; } = DiscoveryMode.All;

    /// <summary><c>key=value</c> (or just <c>key</c>) a container must carry in <see cref="DiscoveryMode.Label"/> mode.</summary>
    public string Label { get; set; } = "serverstatus.enable=true";

    /// <summary>Container names or aliases that are servers in <see cref="DiscoveryMode.AllowList"/> mode.</summary>
    public IList<string> AllowList { get; } = [];
}
