using ServerStatus.Domain.Backups;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Backups;

/// <summary>One backup as replies show it.</summary>
public sealed record BackupView(string Server, string Name, long SizeBytes, string Sha256, TimeSpan Duration, BackupTrigger Trigger, string CreatedBy, DateTimeOffset CreatedAt)
{
    /// <summary>The server as users name it: <see cref="Server"/> without its engine.</summary>
    public string ServerDisplayName => ServerName.Parse(Server).Name;

    public static BackupView From(BackupRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.Server, record.Name, record.SizeBytes, record.Sha256, record.Duration, record.Trigger, record.CreatedBy, record.CreatedAt);
    }
}
