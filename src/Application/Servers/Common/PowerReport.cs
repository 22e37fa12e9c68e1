using ServerStatus.Application.Common.Results;

namespace ServerStatus.Application.Servers.Common;

/// <summary>The result of a power action, one line per requested server, in the order asked.</summary>
public sealed record PowerReport(string Action, IReadOnlyList<ServerOutcome> Servers) : IPartialOutcomes
{
    public IEnumerable<Outcome> PartOutcomes => Servers.Select(s => s.Outcome);

    /// <summary><see cref="Outcome.Ok"/> when every server succeeded, else the first failure's outcome.</summary>
    public Outcome Overall => Servers.FirstOrDefault(s => s.Outcome != Outcome.Ok)?.Outcome ?? Outcome.Ok;
}
