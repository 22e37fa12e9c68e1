using ServerStatus.Application.Games;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.GetServerStatus;

/// <summary>No names: every visible server. One name: its detailed card. Several: their overview lines.</summary>
public sealed record GetServerStatus(IReadOnlyList<string> Names) : IQuery<Result<StatusReport>>, IServerScoped, INamesServers
{
    public Permission Required => Permission.Status;
}

public sealed class GetServerStatusValidator : AbstractValidator<GetServerStatus>
{
    public GetServerStatusValidator() => RuleFor(x => x.Names).ServerNames(required: false);
}

/// <summary>Either an overview (<see cref="StatusOverview"/>) or one server's card (<see cref="ServerCard"/>).</summary>
public abstract record StatusReport;

/// <summary>One line per server, sorted by name; names that did not resolve; engines that did not answer.</summary>
public sealed record StatusOverview(
    IReadOnlyList<ServerSummary> Servers,
    IReadOnlyList<ServerOutcome> Unresolved,
    IReadOnlyList<EngineProblem> Problems) : StatusReport
{
    /// <summary>Tell the admin, once, how to narrow a long list of every container down to the servers.</summary>
    public bool SuggestNarrowing { get; init; }

    /// <summary>The maintenance windows in force (read in one query); <see cref="ActiveMaintenance.For"/> finds a server's.</summary>
    public ActiveMaintenance Maintenance { get; init; } = ActiveMaintenance.None;

    /// <summary>The player readings of the running servers with a player source, by engine-qualified name.</summary>
    public IReadOnlyDictionary<string, PlayerReading> Players { get; init; } = PlayerLookup.None;
}

/// <summary>The detailed card of one server; <paramref name="LogTail"/> only when the actor also has <c>logs</c>.</summary>
public sealed record ServerCard(ServerSummary Summary, ServerDetails Details, IReadOnlyList<string>? LogTail) : StatusReport
{
    /// <summary>The maintenance window the server is in, or null.</summary>
    public MaintenanceView? Maintenance { get; init; }

    /// <summary>CPU and memory average and peak of the last 24 hours, or null without stored history.</summary>
    public ResourceTrend? Trend { get; init; }

    /// <summary>Who is playing, when the server is running and has a player source.</summary>
    public PlayerReading Players { get; init; } = PlayerReading.NoSource;
}
