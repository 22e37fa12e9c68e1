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
