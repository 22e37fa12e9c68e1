using System.Text;

namespace ServerStatus.Application.Common.Auditing;

/// <summary>
/// The user-facing command name of a message type: its words, lower case, without the words that only
/// say what kind of message it is (<c>RestartServers</c> → "restart", <c>GetServerStatus</c> → "status",
/// <c>ListAudit</c> → "audit", <c>PruneAudit</c> → "prune audit").
/// </summary>
public static class AuditCommandNames
{
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "Get", "List", "Servers", "Server", "Bot" };

    /// <summary>The name a message is audited (and typed) under: its own when it says one, else the one of its type.</summary>
    public static string Of<TMessage>(TMessage message)
        where TMessage : notnull =>
        message is IHasAuditName named ? named.AuditCommand : Derived<TMessage>.Name;

    public static string FromTypeName(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        var words = SplitWords(typeName);
        var kept = words.Where(w => !Dropped.Contains(w)).ToList();
        return string.Join(' ', (kept.Count == 0 ? words : kept).Select(w => w.ToLowerInvariant()));
    }

    private static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static class Derived<TMessage>
    {
        public static readonly string Name = FromTypeName(typeof(TMessage).Name);
    }
}
