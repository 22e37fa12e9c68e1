namespace DiscordApi.Messages;

/// <summary>An outgoing payload breaks one of Discord's limits; raised locally, before any request is sent.</summary>
public sealed class DiscordLimitException : Exception
{
    public DiscordLimitException()
    {
        Path = "";
    }

    public DiscordLimitException(string message)
        : base(message)
    {
        Path = "";
    }

    public DiscordLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "";
    }

    public DiscordLimitException(string path, string message)
        : base($"{path}: {message}")
    {
        Path = path;
    }

    /// <summary>Where in the payload the problem is, in Discord's error-path style (e.g. <c>embeds.0.fields.3.value</c>).</summary>
    public string Path { get; }
}
