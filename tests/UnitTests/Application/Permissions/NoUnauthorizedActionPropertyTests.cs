using Microsoft.Extensions.Options;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Games;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.TestSupport.Fakes;

namespace ServerStatus.UnitTests.Application.Permissions;

/// <summary>
/// For random users, roles, grants and commands: the engine never performs an action the grants do not
/// allow, and the answer never tells a hidden server from a missing one. The oracle is written
/// independently of the production evaluation.
/// </summary>
public sealed class NoUnauthorizedActionPropertyTests
{
    private static readonly string[] Servers = ["mc", "web", "db", "proxy"];
    private static readonly string[] Engines = ["local", "eu1"];
    private static readonly (PowerAction Action, Permission Needed)[] Actions =
        [(PowerAction.Start, Permission.Start), (PowerAction.Stop, Permission.Stop), (PowerAction.Restart, Permission.Restart), (PowerAction.Kill, Permission.Kill)];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task NeverActsBeyondTheGrants(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 120; round++)
        {
            await RunOneCaseAsync(random);
        }
    }

    private static async Task RunOneCaseAsync(Random random)
    {
        var engine = new InMemoryContainerEngine();
        foreach (var server in Servers)
        {
            foreach (var engineName in Engines.Where(_ => random.Next(3) > 0))
            {
                engine.Add(server, random.Next(2) == 0 ? ServerState.Running : ServerState.Exited, engineName);
            }
        }

        var user = (ulong)random.Next(1, 4);
        var roles = Enumerable.Range(100, 3).Select(r => (ulong)r).Where(_ => random.Next(2) == 0).ToList();
        var grants = Enumerable.Range(0, random.Next(0, 6)).Select(_ => RandomGrant(random)).ToList();
        var actor = new CurrentActor();
        actor.Set(Actor.InGuild(user, roles, 1, 2));
        actor.Authorize(EffectiveRights.For(user, roles, isAdmin: false, grants));
        var (action, needed) = Actions[random.Next(Actions.Length)];
        var names = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomName(random)).ToList();

        var report = await SendAsync(action, names, engine, actor);

        foreach (var performed in engine.Actions)
        {
            var (engineName, server) = (performed.Split(' ')[^1].Split('/')[0], performed.Split(' ')[^1].Split('/')[1]);
            OracleAllows(user, roles, grants, engineName, server, needed).ShouldBeTrue($"{performed} ran for user {user} with roles [{string.Join(",", roles)}] and grants [{string.Join("; ", grants.Select(Describe))}]");
        }

        foreach (var line in report.Servers.Where(l => l.Outcome == ServerStatus.Application.Common.Results.Outcome.NotFound))
        {
            line.Message.ShouldBe($"No server named `{line.Server}`.");
        }

        // "You lack `restart`" only about a server the user may see: a hidden one stays "not found".
        var inventory = (await engine.ListServersAsync(default)).Servers;
        foreach (var line in report.Servers.Where(l => l.Outcome == ServerStatus.Application.Common.Results.Outcome.Denied))
        {
            var typed = ServerName.Parse(line.Server);
            var seen = inventory.Where(s => s.Id.Name == typed.Name && (typed.Engine is null || s.Id.Engine == typed.Engine));
            seen.Any(s => OracleAllows(user, roles, grants, s.Id.Engine, s.Id.Name, Permission.Status)).ShouldBeTrue($"{line.Server} was answered as seen: {line.Message}");
            seen.ShouldAllBe(s => !OracleAllows(user, roles, grants, s.Id.Engine, s.Id.Name, needed));
        }

        var overview = (StatusOverview)(await new GetServerStatusHandler(engine, new ServerResolver(actor), new ServerCards(engine, new ServerResolver(actor), actor, NoMaintenance(), new InMemoryMetricsStore(), Options.Create(new MetricsOptions()), TimeProvider.System, new PlayerLookup(new InMemoryPlayerCounts())), actor, new DiscoveryHint(), NoMaintenance(), new PlayerLookup(new InMemoryPlayerCounts())).Handle(new GetServerStatus([]), default)).Value;
        overview.Servers.ShouldAllBe(s => OracleAllows(user, roles, grants, s.Id.Engine, s.Id.Name, Permission.Status));
    }

    private static MaintenanceLookup NoMaintenance() => new(new InMemoryMaintenanceRepository(), TimeProvider.System);

    private static async Task<PowerReport> SendAsync(PowerAction action, List<string> names, InMemoryContainerEngine engine, CurrentActor actor)
    {
        var result = await new RunPowerActionHandler(TestPower.Of(engine, actor), engine, new ServerResolver(actor), new ServerJobLocks(), new PowerActionLocks(), NoMaintenance(), actor).Handle(new RunPowerAction(action, names), default);
        return result.Value;
    }

    // Independent oracle: a grant applies when its subject is the user or a role held, its permission covers
    // the needed one, and its scope is "*", the server name, or engine/name of that exact server.
    private static bool OracleAllows(ulong user, List<ulong> roles, List<Grant> grants, string engine, string server, Permission needed) =>
        grants.Any(g =>
            ((g.SubjectKind == SubjectKind.User && g.SubjectId == user) || (g.SubjectKind == SubjectKind.Role && roles.Contains(g.SubjectId)))
            && (g.Permission == Permission.All || g.Permission == needed)
            && (g.Scope == "*" || g.Scope.Equals(server, StringComparison.OrdinalIgnoreCase) || g.Scope.Equals($"{engine}/{server}", StringComparison.OrdinalIgnoreCase)));

    private static Grant RandomGrant(Random random)
    {
        var subject = random.Next(2) == 0 ? Subject.User((ulong)random.Next(1, 4)) : Subject.Role((ulong)random.Next(100, 103));
        var permissions = PermissionNames.Singles.Append(Permission.All).ToList();
        var scope = random.Next(4) switch
        {
            0 => "*",
            1 => $"{Engines[random.Next(Engines.Length)]}/{Servers[random.Next(Servers.Length)]}",
            _ => Servers[random.Next(Servers.Length)],
        };
        return subject.Kind == SubjectKind.User
            ? Grants.ToUser(subject.Id, permissions[random.Next(permissions.Count)], scope)
            : Grants.ToRole(subject.Id, permissions[random.Next(permissions.Count)], scope);
    }

    private static string RandomName(Random random)
    {
        var server = random.Next(6) == 0 ? "ghost" : Servers[random.Next(Servers.Length)];
        return random.Next(3) == 0 ? $"{Engines[random.Next(Engines.Length)]}/{server}" : server;
    }

    private static string Describe(Grant grant) => $"{grant.Subject} {grant.Permission} {grant.Scope}";
}
