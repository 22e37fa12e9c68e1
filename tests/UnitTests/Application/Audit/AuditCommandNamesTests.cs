using ServerStatus.Application.Audit;
using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;

namespace ServerStatus.UnitTests.Application.Audit;

public sealed class AuditCommandNamesTests
{
    [Fact]
    public void NamesEachMessageAsUsersTypeIt()
    {
        var powerActions = Enum.GetValues<PowerAction>().Select(action => new RunPowerAction(action, []).AuditCommand);
        var derived = new[] { typeof(GetServerStatus), typeof(GetBotUptime), typeof(ListAudit), typeof(PruneAudit) }
            .Select(t => AuditCommandNames.FromTypeName(t.Name));

        powerActions.Concat(derived).ShouldBe(["start", "stop", "restart", "kill", "status", "uptime", "audit", "prune audit"]);
    }

    [Fact]
    public void KeepsTheWholeName_WhenEveryWordWouldBeDropped() =>
        AuditCommandNames.FromTypeName("ListServers").ShouldBe("list servers");
}
