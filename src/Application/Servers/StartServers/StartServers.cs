using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers.Common;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.StartServers;

public sealed record StartServers(IReadOnlyList<string> Names) : ICommand<Result<PowerReport>>, IServerScoped, INamesServers
{
    public Permission Required => Permission.Start;
}
