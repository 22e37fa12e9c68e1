namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// Ids and names no other fact uses, so that the facts of a contract class can share one real store
/// (one database, one Docker sandbox) and still see only what they arranged themselves.
/// </summary>
public static class ContractIds
{
    private static long _next = 4_000_000_000;

    /// <summary>A Discord-style id (user, role) used by no other fact of this process.</summary>
    public static ulong Next() => (ulong)Interlocked.Increment(ref _next);

    /// <summary>
    /// A valid server name (<c>[A-Za-z0-9._-]</c>) starting with <paramref name="stem"/>, used by no other fact, and
    /// never a part of another such name (fixed width), since some stores find names inside lists.
    /// </summary>
    public static string Name(string stem) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stem}-{Interlocked.Increment(ref _next) - 4_000_000_000:D6}");
}
