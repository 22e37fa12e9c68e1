using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers;

/// <summary>Names of the servers the actor may use with <paramref name="Required"/>, starting with <paramref name="Prefix"/> (autocomplete).</summary>
public sealed record SuggestServers(Permission Required, string Prefix) : IQuery<Result<IReadOnlyList<string>>>, IServerScoped, INotAudited
{
    public const int MaxSuggestions = 25;
}

public sealed class SuggestServersValidator : AbstractValidator<SuggestServers>
{
    public SuggestServersValidator() => RuleFor(x => x.Prefix).NotNull().MaximumLength(200);
}

public sealed class SuggestServersHandler(IContainerEngine engine, ICurrentActor actor)
    : IQueryHandler<SuggestServers, Result<IReadOnlyList<string>>>
{
    public async ValueTask<Result<IReadOnlyList<string>>> Handle(SuggestServers query, CancellationToken cancellationToken)
    {
        var inventory = await engine.ListServersAsync(cancellationToken);
        var visible = inventory.Servers.Where(s => actor.Allows(s.Id, query.Required)).ToList();
        var ambiguous = visible.GroupBy(s => s.Id.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var prefix = query.Prefix.Trim();
        return visible
            .Select(s => ambiguous.Contains(s.Id.Name) ? s.Id.QualifiedName : s.Id.Name)
            .Where(name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || (name.Contains('/', StringComparison.Ordinal) && name[(name.IndexOf('/', StringComparison.Ordinal) + 1)..].StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.OrdinalIgnoreCase)
            .Take(SuggestServers.MaxSuggestions)
            .ToList();
    }
}
