using ServerStatus.Application.Common.Validation;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Watch;

/// <summary>
/// The servers an <c>alerts</c> or <c>maintenance</c> command names, or <c>*</c> alone for all of them: each resolved
/// within what the actor may use (hidden = missing) against one inventory, stored by its engine-qualified name.
/// </summary>
public sealed class WatchTargets(IContainerEngine engine, ServerResolver resolver)
{
    public const string AllServers = "*";

    public static bool IsAll(IReadOnlyList<string> names) => names is [AllServers];

    public async Task<IReadOnlyList<WatchTarget>> ResolveAsync(IReadOnlyList<string> names, Permission required, CancellationToken ct)
    {
        if (IsAll(names))
        {
            return [new WatchTarget(AllServers, AllServers, null)];
        }

        var inventory = await engine.ListServersAsync(ct);
        return [.. names.Distinct(StringComparer.OrdinalIgnoreCase).Select(name =>
        {
            var resolved = resolver.Resolve(inventory, name, required);
            return resolved.IsSuccess
                ? new WatchTarget(resolved.Value.Id.Name, resolved.Value.Id.QualifiedName, null)
                : new WatchTarget(name, null, ServerOutcome.From(name, resolved.Errors[0]));
        })];
    }
}

/// <summary>A named server: its stored scope, or why it could not be used.</summary>
public sealed record WatchTarget(string Name, string? Scope, ServerOutcome? Failure);

/// <summary>What an alert route, mute or maintenance change did: one line per server, in the order asked.</summary>
public sealed record WatchChange(string Action, IReadOnlyList<ServerOutcome> Servers) : IPartialOutcomes
{
    public IEnumerable<PartOutcome> PartOutcomes => Servers.Select(s => new PartOutcome(s.Server, s.Outcome));

    /// <summary><see cref="Outcome.Ok"/> when every server succeeded, else the first failure's outcome.</summary>
    public Outcome Overall => Servers.FirstOrDefault(s => s.Outcome != Outcome.Ok)?.Outcome ?? Outcome.Ok;

    /// <summary>The channel the servers' incidents now go to (<c>alerts channel</c>).</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>The end of the mute or maintenance window that was set.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>Whether the change touched servers without a name (<c>*</c>).</summary>
    public bool AllServers => Servers is [{ Server: WatchTargets.AllServers }];

    /// <summary>Runs <paramref name="apply"/> on every target that resolved; the others keep their failure.</summary>
    public static async Task<IReadOnlyList<ServerOutcome>> ForEachAsync(IReadOnlyList<WatchTarget> targets, Func<WatchTarget, string, Task<ServerOutcome>> apply)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(apply);
        var outcomes = new List<ServerOutcome>();
        foreach (var target in targets)
        {
            outcomes.Add(target is { Scope: { } scope } ? await apply(target, scope) : target.Failure ?? ServerOutcome.From(target.Name, Error.NotFound($"No server named `{target.Name}`.")));
        }

        return outcomes;
    }
}

/// <summary>The shape rules of names that may be <c>*</c> alone.</summary>
public static class WatchNameRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> WatchNames<T>(this IRuleBuilder<T, IReadOnlyList<string>> rule, bool allowAll) =>
        rule.Must(names => Problem(names, allowAll) is null).WithMessage((_, names) => Problem(names, allowAll) ?? "");

    private static string? Problem(IReadOnlyList<string> names, bool allowAll)
    {
        var all = allowAll ? ", or `*` for all of them" : "";
        if (allowAll && WatchTargets.IsAll(names))
        {
            return null;
        }

        if (names.Contains(WatchTargets.AllServers))
        {
            return allowAll ? "`*` stands alone: name servers, or `*` for all of them." : "Name the servers: `*` is not allowed here.";
        }

        if (names.Count == 0)
        {
            return $"Name at least one server{all}.";
        }

        if (names.Count > ServerNameRules.MaxServersPerRequest)
        {
            return $"Name at most {ServerNameRules.MaxServersPerRequest} servers at once{all}.";
        }

        return names.FirstOrDefault(n => !Domain.Servers.ServerName.TryParse(n, out _)) is { } bad
            ? $"`{EchoedInput.Shorten(bad)}` is not a valid server name: use letters, digits, `.`, `_` or `-` (write `engine/name` to pick an engine)."
            : null;
    }
}
