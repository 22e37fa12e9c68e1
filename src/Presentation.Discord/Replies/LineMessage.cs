using DiscordApi.Messages;

namespace ServerStatus.Presentation.Discord.Replies;

/// <summary>One message of <see cref="LineEmbeds.BuildMessages"/> and which of the lines it shows: <paramref name="LineCount"/> of them from <paramref name="FirstLine"/> on.</summary>
public sealed record LineMessage(OutgoingMessage Message, int FirstLine, int LineCount);
