namespace DiscordApi.Rest;

/// <summary>Our application (<c>GET /applications/@me</c>).</summary>
public sealed record DiscordApplication(ulong Id, string Name, ApplicationFlags Flags = ApplicationFlags.None)
{
    /// <summary>Whether the privileged Message Content intent is enabled (switched on, or approved for larger bots).</summary>
    public bool HasMessageContentIntent =>
        (Flags & (ApplicationFlags.GatewayMessageContent | ApplicationFlags.GatewayMessageContentLimited)) != 0;
}
