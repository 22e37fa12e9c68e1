namespace ServerStatus.Application.Games;

/// <summary>What a server's player source said: nothing to ask, no usable answer, or a count.</summary>
public sealed record PlayerReading(PlayerReadingKind Kind, PlayerCount? Count)
{
    public static PlayerReading NoSource { get; } = new(PlayerReadingKind.NoSource, null);

    public static PlayerReading Unknown { get; } = new(PlayerReadingKind.Unknown, null);

    public static PlayerReading Known(PlayerCount count) => new(PlayerReadingKind.Known, count);

    public bool IsEmpty => Kind == PlayerReadingKind.Known && Count is { Online: 0 };
}

public enum PlayerReadingKind
{
    /// <summary>The server has no player source configured (no query label, no players command).</summary>
    NoSource,

    /// <summary>The source failed, timed out or answered nonsense: shown as "?".</summary>
    Unknown,

    Known,
}

/// <summary>Players online, the maximum when the game says it, and names when the game lists them.</summary>
public sealed record PlayerCount(int Online, int? Max, IReadOnlyList<string> Names);
