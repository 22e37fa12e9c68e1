namespace ServerStatus.Domain.Audit;

/// <summary>How a command ended, as the audit log records it.</summary>
public enum AuditOutcome
{
    Ok = 0,
    Denied = 1,
    Failed = 2,
    Invalid = 3,
}
