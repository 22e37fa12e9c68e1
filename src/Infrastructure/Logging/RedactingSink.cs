using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace ServerStatus.Infrastructure.Logging;

/// <summary>
/// Rewrites every event before the real sinks see it: message template text, property values (nested ones too)
/// and the exception's text, each with the configuration's secrets masked.
/// </summary>
public sealed class RedactingSink(ILogEventSink inner, SecretRedactor redactor) : ILogEventSink, IDisposable
{
    private static readonly MessageTemplateParser Parser = new();

    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        inner.Emit(redactor.HasSecrets ? Redact(logEvent) : logEvent);
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private LogEvent Redact(LogEvent logEvent)
    {
        var templateText = redactor.Redact(logEvent.MessageTemplate.Text);
        var template = ReferenceEquals(templateText, logEvent.MessageTemplate.Text) ? logEvent.MessageTemplate : Parser.Parse(templateText);
        var properties = logEvent.Properties.Select(p => new LogEventProperty(p.Key, Redact(p.Value)));
        var exception = logEvent.Exception is { } ex && redactor.Redact(ex.ToString()) is var text && text != ex.ToString()
            ? new RedactedException(text, ex)
            : logEvent.Exception;
        return new LogEvent(logEvent.Timestamp, logEvent.Level, exception, template, properties, logEvent.TraceId ?? default, logEvent.SpanId ?? default);
    }

    /// <summary>An object logged without destructuring is rendered by its ToString: the masked text when that holds a secret.</summary>
    private string? Masked(object value)
    {
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        var redacted = redactor.Redact(text);
        return ReferenceEquals(redacted, text) ? null : redacted;
    }

    private LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string s } => new ScalarValue(redactor.Redact(s)),
        ScalarValue { Value: { } other } when other is not ValueType && Masked(other) is { } masked => new ScalarValue(masked),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(Redact)),
        StructureValue structure => new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Redact(e.Value)))),
        _ => value,
    };
}
