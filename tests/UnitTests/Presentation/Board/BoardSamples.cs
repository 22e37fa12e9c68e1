using ServerStatus.Application.Board;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Board;
using ServerStatus.Domain.Servers;

namespace ServerStatus.UnitTests.Presentation.Board;

/// <summary>Boards and what they show, for the board's presentation tests.</summary>
internal static class BoardSamples
{
    public static readonly DateTimeOffset At = new(2026, 12, 3, 16, 0, 0, TimeSpan.Zero);

    public static StatusBoard Board(ulong channel = 500, ulong creator = 7) => StatusBoard.Create(channel, null, creator, At);

    public static BoardContent Content(StatusBoard board, int servers, ServerState state = ServerState.Running) =>
        new(board, new StatusOverview([.. Enumerable.Range(0, servers).Select(i => Server($"server-{i:000}", state))], [], []), At);

    public static ServerSummary Server(string name, ServerState state = ServerState.Running) =>
        new(new ServerId("local", name + "-id", name), state, state == ServerState.Running ? "Up 2 hours" : "Exited (0) 5 minutes ago", HealthStatus.None, null, "busybox", TimeSpan.FromSeconds(10));
}
