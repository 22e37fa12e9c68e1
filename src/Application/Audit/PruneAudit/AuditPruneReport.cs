namespace ServerStatus.Application.Audit.PruneAudit;

/// <summary>How many audit rows were removed, all older than <paramref name="Before"/>.</summary>
public sealed record AuditPruneReport(int Removed, DateTimeOffset Before);
