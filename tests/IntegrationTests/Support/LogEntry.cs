using Microsoft.Extensions.Logging;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>One captured log line: the formatted <see cref="Message"/>, the structured <see cref="Values"/> and the exception.</summary>
public sealed record LogEntry(LogLevel Level, string Category, EventId EventId, string Message, string Values, Exception? Exception)
{
    /// <summary>Everything the line carries (level, event id, message, values, exception), for searches such as "no secret anywhere".</summary>
    public string Text => $"{Level} {EventId} {Message} | {Values} | {Exception}";
}
