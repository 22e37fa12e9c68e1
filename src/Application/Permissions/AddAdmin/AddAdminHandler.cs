using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions.Common;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Permissions.AddAdmin;

public sealed class AddAdminHandler(IAdminStore admins, RightsResolver rights, ICurrentActor actor, TimeProvider time)
    : ICommandHandler<AddAdmin, Result<AdminChange>>
{
    public async ValueTask<Result<AdminChange>> Handle(AddAdmin command, CancellationToken cancellationToken)
    {
        if (rights.IsConfiguredAdmin(command.UserId))
        {
            return new AdminChange(command.UserId, Changed: false);
        }

        var addedBy = actor.Actor.IsSystem ? (ulong?)null : actor.Actor.UserId;
        var added = await admins.AddAsync(StoredAdmin.Create(command.UserId, addedBy, time.GetUtcNow()), cancellationToken);
        return new AdminChange(command.UserId, added);
    }
}
