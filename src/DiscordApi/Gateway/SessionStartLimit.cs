namespace DiscordApi.Gateway;

/// <summary>The identify budget reported by GET /gateway/bot.</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, TimeSpan ResetAfter, int MaxConcurrency);
