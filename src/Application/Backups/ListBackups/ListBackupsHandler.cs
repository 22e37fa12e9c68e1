using Mediator;
using ServerStatus.Application.Backups.Common;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;

namespace ServerStatus.Application.Backups.ListBackups;

public sealed class ListBackupsHandler(SingleServerLookup lookup, IBackupRepository repository) : IQueryHandler<ListBackups, Result<BackupList>>
{
    public async ValueTask<Result<BackupList>> Handle(ListBackups query, CancellationToken cancellationToken)
    {
        var server = await lookup.FindAsync(query.Server, query.Required, cancellationToken);
        if (!server.IsSuccess)
        {
            return Result<BackupList>.Fail(server.Errors);
        }

        var records = await repository.ListAsync(server.Value.Id.QualifiedName, cancellationToken);
        return new BackupList(server.Value.Id.Name, [.. records.Select(BackupView.From)]);
    }
}
