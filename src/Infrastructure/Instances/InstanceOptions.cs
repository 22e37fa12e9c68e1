using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Infrastructure.Instances;

/// <summary>The lease that lets one bot instance of a database be active while others stand by.</summary>
public sealed class InstanceOptions
{
    public const string Section = "Instance";

    /// <summary>How long the active instance's lease lasts without renewal; it renews every third of it, a standby tries as often.</summary>
    [Range(3, 300)]
    public int LeaseSeconds { get; set; } = 15;
}
