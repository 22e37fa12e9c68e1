using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Common.Security;

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
