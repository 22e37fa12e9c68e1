using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.GetServerStatus;

/// <summary>One line per server, sorted by name; names that did not resolve; engines that did not answer.</summary>
public sealed record StatusOverview(
    IReadOnlyList<ServerSummary> Servers,
    IReadOnlyList<ServerOutcome> Unresolved,
    IReadOnlyList<EngineProblem> Problems) : StatusReport;
