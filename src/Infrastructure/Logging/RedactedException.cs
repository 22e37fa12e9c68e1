namespace ServerStatus.Infrastructure.Logging;

/// <summary>Stands in for a logged exception whose text contained a secret: renders the masked text only.</summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException()
        : this("", new InvalidOperationException())
    {
    }

    public RedactedException(string message)
        : this(message, new InvalidOperationException())
    {
    }

    public RedactedException(string text, Exception original)
        : base(text.Split('\n', 2)[0])
    {
        ArgumentNullException.ThrowIfNull(original);
        _text = text;
        HResult = original.HResult;
    }

    public override string? StackTrace => null;

    public override string ToString() => _text;
}
