using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions.Common;

namespace ServerStatus.Application.Permissions.RemoveAdmin;

public sealed class RemoveAdminHandler(IAdminStore admins, RightsResolver rights) : ICommandHandler<RemoveAdmin, Result<AdminChange>>
{
    public async ValueTask<Result<AdminChange>> Handle(RemoveAdmin command, CancellationToken cancellationToken)
    {
        if (rights.IsConfiguredAdmin(command.UserId))
        {
            return Error.Conflict($"<@{command.UserId}> is an admin by configuration (Permissions:Admins) and cannot be removed from chat: remove the id there.");
        }

        return new AdminChange(command.UserId, await admins.RemoveAsync(command.UserId, cancellationToken));
    }
}
