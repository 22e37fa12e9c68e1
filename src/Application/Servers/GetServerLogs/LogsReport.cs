namespace ServerStatus.Application.Servers.GetServerLogs;

public sealed record LogsReport(string Server, IReadOnlyList<string> Lines);
