namespace ServerStatus.Application.Audit.ListAudit;

/// <summary>The newest audit rows first; <paramref name="Server"/> is the filter asked for, if any.</summary>
public sealed record AuditView(string? Server, IReadOnlyList<AuditLine> Lines);
