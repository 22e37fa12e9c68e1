using ServerStatus.Application.Audit.ListAudit;
using ServerStatus.Application.Audit.PruneAudit;
using ServerStatus.Application.Bot.GetBotUptime;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Servers.KillServers;
using ServerStatus.Application.Servers.RestartServers;
using ServerStatus.Application.Servers.StartServers;
using ServerStatus.Application.Servers.StopServers;

namespace ServerStatus.UnitTests.Application.Audit;

public sealed class AuditCommandNamesTests
{
    [Fact]
    public void NamesEachMessageAsUsersTypeIt()
    {
        var names = new[]
        {
            typeof(RestartServers), typeof(StartServers), typeof(StopServers), typeof(KillServers),
            typeof(GetServerStatus), typeof(GetBotUptime), typeof(ListAudit), typeof(PruneAudit),
        }.Select(t => AuditCommandNames.FromTypeName(t.Name));

        names.ShouldBe(["restart", "start", "stop", "kill", "status", "uptime", "audit", "prune audit"]);
    }

    [Fact]
    public void KeepsTheWholeName_WhenEveryWordWouldBeDropped() =>
        AuditCommandNames.FromTypeName("ListServers").ShouldBe("list servers");
}
