namespace ServerStatus.Application.Common.Results;

/// <summary>An expected failure with a sentence fit to show the user; <paramref name="Target"/> names the input it concerns.</summary>
public sealed record Error(Outcome Outcome, string Message, string? Target = null)
{
    public static Error Invalid(string message, string? target = null) => new(Outcome.Invalid, message, target);

    public static Error NotFound(string message, string? target = null) => new(Outcome.NotFound, message, target);

    public static Error Denied(string message) => new(Outcome.Denied, message);

    public static Error Conflict(string message, string? target = null) => new(Outcome.Conflict, message, target);

    public static Error Unavailable(string message, string? target = null) => new(Outcome.Unavailable, message, target);

    public static Error Failed(string message, string? target = null) => new(Outcome.Failed, message, target);
}

/// <summary>How a request, or one server within it, ended. Also the audit outcome.</summary>
public enum Outcome
{
    Ok,
    Invalid,
    NotFound,
    Denied,
    Conflict,

    /// <summary>Docker (or the disk) did not answer: the engine is down or unreachable.</summary>
    Unavailable,

    /// <summary>It was tried and did not work, though everything answered (the engine's error, a rolled-back restore).</summary>
    Failed,
}
