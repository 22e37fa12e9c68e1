namespace DiscordApi.Messages;

/// <summary>A file uploaded with a message (sent as multipart <c>files[n]</c>).</summary>
public sealed record FileAttachment(string FileName, ReadOnlyMemory<byte> Content, string? Description = null);
