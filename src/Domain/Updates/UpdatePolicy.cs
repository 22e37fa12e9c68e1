namespace ServerStatus.Domain.Updates;

/// <summary>What a server's label <c>serverstatus.update</c> asks for newer images of its image.</summary>
public enum UpdatePolicy
{
    /// <summary>Checked, and a newer image is announced in the alert channel (the default).</summary>
    Notify,

    /// <summary>Never checked.</summary>
    Never,

    /// <summary>Checked and announced like <see cref="Notify"/>; updating it automatically is not done yet.</summary>
    Auto,
}
