namespace ServerStatus.Application.Common.Auditing;

/// <summary>A message that names servers: the audit log records the names as its arguments and servers.</summary>
public interface INamesServers
{
    IReadOnlyList<string> Names { get; }
}
