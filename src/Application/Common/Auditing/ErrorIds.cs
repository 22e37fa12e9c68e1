using System.Security.Cryptography;

namespace ServerStatus.Application.Common.Auditing;

/// <summary>Short references for unexpected failures: 8 hex digits, shown to the user and kept in the log and the audit row.</summary>
public static class ErrorIds
{
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
