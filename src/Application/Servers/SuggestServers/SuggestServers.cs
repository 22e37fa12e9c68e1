using Mediator;
using ServerStatus.Application.Common.Auditing;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers.SuggestServers;

/// <summary>Names of the servers the actor may use with <paramref name="Required"/>, starting with <paramref name="Prefix"/> (autocomplete).</summary>
public sealed record SuggestServers(Permission Required, string Prefix) : IQuery<Result<IReadOnlyList<string>>>, IServerScoped, INotAudited
{
    public const int MaxSuggestions = 25;
}
