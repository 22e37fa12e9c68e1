namespace ServerStatus.Infrastructure.Instances;

/// <summary>
/// The row that says which bot instance is active: its holder and until when (Unix milliseconds, so that both
/// providers compare it as a number). One row per lease name; the active instance moves the expiry forward.
/// </summary>
public sealed class InstanceLease
{
    public const int NameMaxLength = 50;
    public const int HolderMaxLength = 200;

    public string Name { get; set; } = "";

    public string Holder { get; set; } = "";

    public long ExpiresAtUnixMs { get; set; }
}
