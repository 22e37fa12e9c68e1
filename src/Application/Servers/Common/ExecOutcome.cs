namespace ServerStatus.Application.Servers.Common;

/// <summary>
/// How an exec ended: its exit code and combined output, or that it ran out of time
/// (<paramref name="Killed"/> says whether the process could be stopped).
/// </summary>
public sealed record ExecOutcome(long? ExitCode, string Output, bool TimedOut, bool Killed);
