namespace ServerStatus.Application.Common.Auditing;

/// <summary>
/// A message that says itself what the audit log keeps of it. Only what is returned here is
/// recorded: a message that carries secrets or private content simply leaves them out.
/// </summary>
public interface IAuditable
{
    /// <summary>A short, sanitized description of the arguments (never tokens or message contents).</summary>
    string AuditArguments { get; }

    /// <summary>The servers the message names; the audit log is searchable by them.</summary>
    IReadOnlyList<string> AuditServers { get; }
}
