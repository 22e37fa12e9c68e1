namespace DiscordApi.Gateway;

/// <summary>The gateway stopped for good (fatal close code or rejected token); the message names the fix.</summary>
public sealed class GatewayFatalException : Exception
{
    public GatewayFatalException()
    {
    }

    public GatewayFatalException(string message)
        : base(message)
    {
    }

    public GatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GatewayFatalException(int? closeCode, string message)
        : base(message) => CloseCode = closeCode;

    /// <summary>The gateway close code (4004, 4010-4014), or null when the REST discovery call failed fatally.</summary>
    public int? CloseCode { get; }
}
