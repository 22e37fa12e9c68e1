using ServerStatus.Application.Bot;
using ServerStatus.Application.Common.Security;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>
/// Who may use a command, read from its application message: admins only (<see cref="IAdminOnly"/>), a permission on a
/// server (<see cref="IServerScoped.Required"/>), or everyone. Help and autocomplete use it; the pipeline enforces it.
/// </summary>
public sealed record CommandRequirement(bool AdminOnly, Permission? Permission)
{
    public static CommandRequirement Everyone { get; } = new(false, null);

    public static CommandRequirement Admins { get; } = new(true, null);

    public static CommandRequirement Of(object message) => message switch
    {
        IAdminOnly => Admins,
        IServerScoped scoped => new(false, scoped.Required),
        _ => Everyone,
    };

    /// <summary>Whether someone with these rights may use the command on at least one server.</summary>
    public bool AllowsSomeUse(ActorRightsView rights)
    {
        ArgumentNullException.ThrowIfNull(rights);
        return AdminOnly ? rights.IsAdmin : Permission is not { } permission || rights.MayUse(permission);
    }

    public override string ToString() =>
        AdminOnly ? "admin" : Permission is { } permission ? $"`{PermissionNames.NameOf(permission)}` permission" : "nothing";
}
