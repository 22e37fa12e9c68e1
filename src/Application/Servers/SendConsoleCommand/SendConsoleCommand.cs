using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.SendConsoleCommand;

/// <summary>Writes a line to a server's console (stdin), e.g. <c>say hi</c> or <c>save-all</c>.</summary>
public sealed record SendConsoleCommand(string Server, string Text) : ICommand<Result<ConsoleReport>>, IServerScoped, IAuditable, IHasAuditName
{
    public string AuditCommand => "cmd";

    public string AuditArguments => Text;

    public IReadOnlyList<string> AuditServers => [Server];

    public Permission Required => Permission.Cmd;
}
