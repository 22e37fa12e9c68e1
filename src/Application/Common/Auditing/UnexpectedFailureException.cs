using System.Security.Cryptography;

namespace ServerStatus.Application.Common.Auditing;

/// <summary>
/// An exception nobody anticipated, already logged and audited under <see cref="ErrorId"/>; the edge
/// shows the same id to the user, so that the admins find the log entry and the audit row.
/// </summary>
public sealed class UnexpectedFailureException : Exception
{
    public UnexpectedFailureException()
        : this(ErrorIds.New())
    {
    }

    public UnexpectedFailureException(string errorId)
        : base($"The request failed unexpectedly (ref {errorId}).")
    {
        ErrorId = errorId;
    }

    public UnexpectedFailureException(string errorId, Exception innerException)
        : base($"The request failed unexpectedly (ref {errorId}): {innerException?.Message}", innerException)
    {
        ErrorId = errorId;
    }

    public string ErrorId { get; }
}

/// <summary>Short references for unexpected failures: 8 hex digits, shown to the user and kept in the log and the audit row.</summary>
public static class ErrorIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
