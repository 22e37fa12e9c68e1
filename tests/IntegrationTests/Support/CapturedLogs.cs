using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>
/// Keeps every log line so tests can assert on what was logged: register it as a host's logger provider, or hand
/// <see cref="CreateLogger{T}"/> to the one class under test (e.g. the Discord client). Every entry keeps the
/// formatted message, the structured values and the exception, so a secret is searched for in all of them at once.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>Every entry's <see cref="LogEntry.Text"/>, one a line.</summary>
    public string AllText => string.Join(Environment.NewLine, Entries.Select(e => e.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>A typed logger that writes into these entries, with the category <typeparamref name="T"/>'s full name.</summary>
    public ILogger<T> CreateLogger<T>() => new Logger<T>(this);

    /// <summary>Forgets what was logged so far (a shared host between two tests).</summary>
    public void Clear() => _entries.Clear();

    public void Dispose()
    {
    }

    private class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            owner._entries.Enqueue(new LogEntry(logLevel, category, eventId, formatter(state, exception), values, exception));
        }
    }

    private sealed class Logger<T>(CapturedLogs owner) : Logger(owner, typeof(T).FullName ?? typeof(T).Name), ILogger<T>;
}
