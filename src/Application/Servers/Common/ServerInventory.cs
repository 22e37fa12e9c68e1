namespace ServerStatus.Application.Servers.Common;

/// <summary>Every server of every configured engine, plus the engines that could not be asked.</summary>
public sealed record ServerInventory(IReadOnlyList<ServerSummary> Servers, IReadOnlyList<EngineProblem> Problems)
{
    public static ServerInventory Empty { get; } = new([], []);
}
