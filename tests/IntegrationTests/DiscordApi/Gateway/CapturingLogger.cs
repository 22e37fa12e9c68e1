using Microsoft.Extensions.Logging;

namespace ServerStatus.IntegrationTests.DiscordApi.Gateway;

/// <summary>Keeps every log line (message and exception text) so tests can inspect them.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly Lock _lock = new();
    private readonly List<(LogLevel Level, string Text)> _lines = [];

    public IReadOnlyList<(LogLevel Level, string Text)> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    public string AllText => string.Join(Environment.NewLine, Lines.Select(l => l.Text));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var text = $"{logLevel} {eventId} {formatter(state, exception)} {exception}";
        if (state is IEnumerable<KeyValuePair<string, object?>> properties)
        {
            text += " " + string.Join(' ', properties.Select(p => $"{p.Key}={p.Value}"));
        }

        lock (_lock)
        {
            _lines.Add((logLevel, text));
        }
    }
}
