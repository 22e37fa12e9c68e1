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

/// <summary>A message whose audit command name is not the one derived from its type name.</summary>
public interface IHasAuditName
{
    string AuditCommand { get; }
}

/// <summary>A message that names servers: the audit log records the names as its arguments and servers.</summary>
public interface INamesServers
{
    IReadOnlyList<string> Names { get; }
}

/// <summary>
/// A message nobody ran as a command (autocomplete, the rights behind help): logged, never written to
/// the audit log.
/// </summary>
public interface INotAudited;
