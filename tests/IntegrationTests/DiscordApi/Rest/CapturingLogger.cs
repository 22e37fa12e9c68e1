using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ServerStatus.IntegrationTests.DiscordApi.Rest;

/// <summary>Keeps every log line (message, state values and exception) so tests can search them.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> _entries = new();

    public IReadOnlyList<(LogLevel Level, string Text)> Entries => [.. _entries];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        _entries.Enqueue((logLevel, $"{formatter(state, exception)} | {values} | {exception}"));
    }
}
