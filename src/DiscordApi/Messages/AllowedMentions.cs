namespace DiscordApi.Messages;

/// <summary>Who a message may ping. The default (<see cref="None"/>) pings nobody, whatever the content says.</summary>
public sealed record AllowedMentions
{
    public static AllowedMentions None { get; } = new();

    public bool Users { get; init; }

    public bool Roles { get; init; }

    public bool Everyone { get; init; }

    /// <summary>Explicit user ids that may be pinged (at most 100; not together with <see cref="Users"/>).</summary>
    public IReadOnlyList<ulong> UserIds { get; init; } = [];

    /// <summary>Explicit role ids that may be pinged (at most 100; not together with <see cref="Roles"/>).</summary>
    public IReadOnlyList<ulong> RoleIds { get; init; } = [];

    /// <summary>Ping the author of the message we reply to.</summary>
    public bool RepliedUser { get; init; }
}
