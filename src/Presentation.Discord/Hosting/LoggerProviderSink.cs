using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// Hands Serilog's (already redacted) events to the logger providers registered on the builder, rendered as
/// Microsoft.Extensions.Logging would render them (strings without quotes). Tests capture logs this way.
/// </summary>
public sealed class LoggerProviderSink(IReadOnlyList<ILoggerProvider> providers) : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Message = new("{Message:lj}", CultureInfo.InvariantCulture);

    private readonly ConcurrentDictionary<string, ILogger[]> _loggers = new(StringComparer.Ordinal);

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        if (providers.Count == 0)
        {
            return;
        }

        var category = logEvent.Properties.TryGetValue(Constants.SourceContextPropertyName, out var source) && source is ScalarValue { Value: string name } ? name : "";
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Message.Format(logEvent, writer);
        var text = writer.ToString();
        var level = logEvent.Level switch
        {
            LogEventLevel.Verbose => LogLevel.Trace,
            LogEventLevel.Debug => LogLevel.Debug,
            LogEventLevel.Information => LogLevel.Information,
            LogEventLevel.Warning => LogLevel.Warning,
            LogEventLevel.Error => LogLevel.Error,
            _ => LogLevel.Critical,
        };
        foreach (var logger in _loggers.GetOrAdd(category, c => [.. providers.Select(p => p.CreateLogger(c))]))
        {
            logger.Log(level, default, text, logEvent.Exception, static (message, _) => message);
        }
    }
}
