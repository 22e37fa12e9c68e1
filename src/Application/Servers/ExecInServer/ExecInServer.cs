using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.ExecInServer;

/// <summary>Runs a command in a server's container; the words are passed as they are, through no shell.</summary>
public sealed record ExecInServer(string Server, IReadOnlyList<string> Command) : ICommand<Result<ExecReport>>, IServerScoped, IAuditable, IHasAuditName
{
    public string AuditCommand => "exec";

    public string AuditArguments => string.Join(' ', Command);

    public IReadOnlyList<string> AuditServers => [Server];

    public Permission Required => Permission.Exec;
}
