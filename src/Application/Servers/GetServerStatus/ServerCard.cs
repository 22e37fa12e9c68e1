using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.GetServerStatus;

/// <summary>The detailed card of one server; <paramref name="LogTail"/> only when the actor also has <c>logs</c>.</summary>
public sealed record ServerCard(ServerSummary Summary, ServerDetails Details, IReadOnlyList<string>? LogTail) : StatusReport;
