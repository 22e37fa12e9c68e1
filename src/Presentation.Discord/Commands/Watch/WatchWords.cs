namespace ServerStatus.Presentation.Discord.Commands.Watch;

/// <summary>The names, the duration (if given) and the reason (empty if none) of a watch command.</summary>
public sealed record WatchWords(IReadOnlyList<string> Names, TimeSpan? Duration, string Reason);
