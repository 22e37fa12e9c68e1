using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.GetServerLogs;

/// <summary>The last lines of a server's log (stdout and stderr).</summary>
public sealed record GetServerLogs(string Server, int Lines = GetServerLogs.DefaultLines) : IQuery<Result<LogsReport>>, IServerScoped, IAuditable
{
    public string AuditArguments => $"{Server} {Lines}";

    public IReadOnlyList<string> AuditServers => [Server];

    public const int DefaultLines = 20;
    public const int MaxLines = 500;

    public Permission Required => Permission.Logs;
}
