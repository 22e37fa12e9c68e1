namespace ServerStatus.Infrastructure.Games;

/// <summary>A game server answered, but not in its protocol (a malformed, truncated or unexpected packet).</summary>
public sealed class GameQueryException(string message) : Exception(message);
