namespace ServerStatus.Infrastructure.Docker;

/// <summary>Which containers of the configured engines are servers.</summary>
public enum DiscoveryMode
{
    /// <summary>Every container.</summary>
    All,

    /// <summary>Only containers carrying <see cref="DiscoveryOptions.Label"/>.</summary>
    Label,

    /// <summary>Only containers named (or aliased) in <see cref="DiscoveryOptions.AllowList"/>.</summary>
    AllowList,
}
