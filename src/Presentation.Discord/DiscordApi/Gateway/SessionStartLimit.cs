namespace ServerStatus.Presentation.Discord.DiscordApi.Gateway;

/// <summary>The identify budget reported by GET /gateway/bot.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);
