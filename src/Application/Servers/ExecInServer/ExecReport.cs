using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.ExecInServer;

public sealed record ExecReport(string Server, IReadOnlyList<string> Command, ExecOutcome Outcome, TimeSpan Timeout);
