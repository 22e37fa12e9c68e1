using System.Globalization;

namespace ServerStatus.Domain.Board;

/// <summary>
/// A live status board: one or more messages in a channel, kept true by the bot, showing the servers its creator named
/// (engine-qualified names) or, with <see cref="AllServers"/>, every server (only an admin's board holds <c>*</c>; anyone
/// else's <c>*</c> is stored as the servers they could see when they created it).
/// </summary>
public sealed class StatusBoard
{
    public const string AllServers = "*";

    /// <summary>The stored text of the servers (names separated by spaces) may not be longer than this.</summary>
    public const int ServersMaxLength = 4000;

    /// <summary>The stored text of the message ids may not be longer than this (far more than a board ever needs).</summary>
    public const int MessageIdsMaxLength = 2000;

    private StatusBoard()
    {
    }

    public long Id { get; private set; }

    public ulong ChannelId { get; private set; }

    /// <summary>The board's messages in order, as stored (ids separated by spaces); empty before the first post.</summary>
    public string MessageIdsText { get; private set; } = "";

    /// <summary>The Discord user who created it.</summary>
    public ulong CreatedBy { get; private set; }

    /// <summary><see cref="AllServers"/>, or engine-qualified server names separated by spaces.</summary>
    public string ServersText { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the bot stopped updating it (its channel refused the bot); null while it is kept true.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    public bool ShowsAllServers => ServersText == AllServers;

    public IReadOnlyList<string> Servers => ShowsAllServers ? [] : ServersText.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<ulong> MessageIds =>
        [.. MessageIdsText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => ulong.Parse(id, CultureInfo.InvariantCulture))];

    /// <summary>A board of <paramref name="servers"/> (engine-qualified names), or of every server when it is null.</summary>
    public static StatusBoard Create(ulong channelId, IReadOnlyList<string>? servers, ulong createdBy, DateTimeOffset at)
    {
        ArgumentOutOfRangeException.ThrowIfZero(channelId);
        if (servers is { Count: 0 })
        {
            throw new ArgumentException("A board shows at least one server, or all of them (null).", nameof(servers));
        }

        var text = servers is null ? AllServers : string.Join(' ', servers);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, ServersMaxLength, nameof(servers));
        return new StatusBoard { ChannelId = channelId, ServersText = text, CreatedBy = createdBy, CreatedAt = at.ToUniversalTime() };
    }

    /// <summary>The board now shows as these messages, in order.</summary>
    public void PostedAs(IReadOnlyList<ulong> messageIds)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var text = string.Join(' ', messageIds.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, MessageIdsMaxLength, nameof(messageIds));
        MessageIdsText = text;
    }

    /// <summary>The bot may no longer post in the board's channel: it is no longer updated.</summary>
    public void Disable(DateTimeOffset at) => DisabledAt ??= at.ToUniversalTime();
}
