using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.GetServerStatus;

/// <summary>No names: every visible server. One name: its detailed card. Several: their overview lines.</summary>
public sealed record GetServerStatus(IReadOnlyList<string> Names) : IQuery<Result<StatusReport>>, IServerScoped, INamesServers
{
    public Permission Required => Permission.Status;
}
