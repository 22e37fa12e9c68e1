using System.Diagnostics.CodeAnalysis;

namespace ServerStatus.Application.Backups;

/// <summary>The recurring job of a server's backup schedule is <c>backup:&lt;engine&gt;/&lt;server&gt;</c>.</summary>
public static class BackupScheduleJobs
{
    public const string Prefix = "backup:";

    public static string IdFor(string qualifiedServer) => Prefix + qualifiedServer;

    public static bool TryGetServer(string jobId, [NotNullWhen(true)] out string? qualifiedServer)
    {
        ArgumentNullException.ThrowIfNull(jobId);
        qualifiedServer = jobId.StartsWith(Prefix, StringComparison.Ordinal) && jobId.Length > Prefix.Length ? jobId[Prefix.Length..] : null;
        return qualifiedServer is not null;
    }
}
