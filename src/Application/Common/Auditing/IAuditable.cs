namespace ServerStatus.Application.Common.Auditing;

/// <summary>
/// A message that says itself what the audit log keeps of it. Only what is returned here is
/// recorded: a message that carries secrets or private content simply leaves them out.
/// </summary>
public interface IAuditable
{
    /// <summary>A short, sanitized description of the arguments (never tokens or message contents).</summary>
    string AuditArguments { get; }

    /// <summary>The servers the message names; the audit log is searchable by them. None unless the message says so.</summary>
    IReadOnlyList<string> AuditServers => [];
}

/// <summary>
/// A message about one server: the audit log is searchable by it, and records it as the arguments unless the
/// message describes its arguments itself.
/// </summary>
public interface INamesServer : IAuditable
{
    string Server { get; }

    string IAuditable.AuditArguments => Server;

    IReadOnlyList<string> IAuditable.AuditServers => [Server];
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
