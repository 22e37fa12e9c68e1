using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions;

/// <summary>Whether a user becomes an admin or stops being one.</summary>
public enum AdminChangeKind
{
    Add,
    Remove,
}

/// <summary>
/// Makes a user an admin (stored in the database), or removes a stored admin; configured admins can only be
/// removed from the configuration.
/// </summary>
public sealed record ChangeAdmin(AdminChangeKind Kind, ulong UserId) : ICommand<Result<AdminChange>>, IAdminOnly, IAuditable, IHasAuditName
{
    public string AuditCommand => Kind switch
    {
        AdminChangeKind.Add => "admins add",
        AdminChangeKind.Remove => "admins remove",
        _ => throw new InvalidOperationException($"{Kind} is not an admin change."),
    };

    public string AuditArguments => $"user {UserId}";
}

public sealed class ChangeAdminValidator : AbstractValidator<ChangeAdmin>
{
    public ChangeAdminValidator()
    {
        RuleFor(x => x.Kind).IsInEnum().WithMessage("Say add or remove.");
        RuleFor(x => x.UserId).NotEqual(0UL).WithMessage("Name a user (a mention or an id).");
    }
}

public sealed class ChangeAdminHandler(IAdminStore admins, RightsResolver rights, ICurrentActor actor, TimeProvider time)
    : ICommandHandler<ChangeAdmin, Result<AdminChange>>
{
    public async ValueTask<Result<AdminChange>> Handle(ChangeAdmin command, CancellationToken cancellationToken)
    {
        var configured = rights.IsConfiguredAdmin(command.UserId);
        if (command.Kind == AdminChangeKind.Remove)
        {
            return configured
                ? Error.Conflict($"<@{command.UserId}> is an admin by configuration (Permissions:Admins) and cannot be removed from chat: remove the id there.")
                : new AdminChange(command.UserId, await admins.RemoveAsync(command.UserId, cancellationToken));
        }

        if (configured)
        {
            return new AdminChange(command.UserId, Changed: false);
        }

        var addedBy = actor.Actor.IsSystem ? (ulong?)null : actor.Actor.UserId;
        var added = await admins.AddAsync(StoredAdmin.Create(command.UserId, addedBy, time.GetUtcNow()), cancellationToken);
        return new AdminChange(command.UserId, added);
    }
}

/// <summary>What adding or removing an admin did; <paramref name="Changed"/> is false when there was nothing to do.</summary>
public sealed record AdminChange(ulong UserId, bool Changed);
