namespace ServerStatus.Application.Common.Validation;

/// <summary>User input quoted back in a validation message, cut to a length that keeps the message readable.</summary>
public static class EchoedInput
{
    private const int MaxLength = 40;

    public static string Shorten(object? value)
    {
        var text = value?.ToString() ?? "";
        return text.Length <= MaxLength ? text : string.Concat(text.AsSpan(0, MaxLength), "…");
    }
}
