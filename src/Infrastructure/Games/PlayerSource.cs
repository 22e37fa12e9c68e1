namespace ServerStatus.Infrastructure.Games;

/// <summary>Where a server's players are read from, as its labels say: a <see cref="QuerySource"/> or a <see cref="ConsoleSource"/>.</summary>
public abstract record PlayerSource;
