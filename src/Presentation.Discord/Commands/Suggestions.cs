namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>"Did you mean …?" for mistyped command names: prefix match first, then the closest edit distance.</summary>
public static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var lowered = typed.ToLowerInvariant();
        var names = candidates.ToList();
        var byPrefix = names.Where(n => lowered.Length >= 2 && n.StartsWith(lowered, StringComparison.Ordinal)).OrderBy(n => n.Length).FirstOrDefault();
        if (byPrefix is not null)
        {
            return byPrefix;
        }

        var limit = lowered.Length <= 4 ? 1 : 2;
        return names
            .Select(n => (Name: n, Distance: Distance(lowered, n)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
