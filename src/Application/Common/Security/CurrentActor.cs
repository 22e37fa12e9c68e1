using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Common.Security;

/// <summary>The actor of the current scope and, once authorized, their effective rights.</summary>
public interface ICurrentActor
{
    Actor Actor { get; }

    EffectiveRights Rights { get; }

    /// <summary>The servers this request asked for but was not allowed to see (answered as "not found").</summary>
    IReadOnlyCollection<string> DeniedServers { get; }

    /// <summary>Whether the actor may use <paramref name="required"/> on the server, without recording anything.</summary>
    bool Allows(ServerId server, Permission required);

    /// <summary>Like <see cref="Allows"/>, but a refusal is recorded as a denial of an explicit request.</summary>
    bool MaySee(ServerId server, Permission required);

    /// <summary>Records that a requested name matched servers the actor may not see.</summary>
    void RecordDenied(string requestedName);
}

/// <summary>
/// Scoped holder of the actor. Entry points call <see cref="Set"/> once per scope before sending;
/// the authorization behavior calls <see cref="Authorize"/>.
/// </summary>
public sealed class CurrentActor : ICurrentActor
{
    private readonly HashSet<string> _denied = new(StringComparer.OrdinalIgnoreCase);

    public Actor Actor { get; private set; } = Actor.Anonymous;

    public EffectiveRights Rights { get; private set; } = EffectiveRights.Nothing;

    public IReadOnlyCollection<string> DeniedServers => _denied;

    public void Set(Actor actor) => Actor = actor;

    public void Authorize(EffectiveRights rights) => Rights = rights;

    public bool Allows(ServerId server, Permission required) => Rights.Allows(server, required);

    public bool MaySee(ServerId server, Permission required)
    {
        if (Allows(server, required))
        {
            return true;
        }

        RecordDenied(server.Name);
        return false;
    }

    public void RecordDenied(string requestedName) => _denied.Add(requestedName);
}
