namespace ServerStatus.Presentation.Discord.Board;

/// <summary>What publishing a board did: nothing (it looked the same), sent (with its messages now), or gave up on a channel that refuses the bot.</summary>
public sealed record BoardUpdate(BoardUpdateKind Kind, IReadOnlyList<ulong> MessageIds);

public enum BoardUpdateKind
{
    Unchanged,
    Sent,
    Disabled,
}
