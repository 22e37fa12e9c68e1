using ServerStatus.Application.Servers;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Backups;

/// <summary>A server's backups, newest first.</summary>
public sealed record ListBackups(string Server) : IQuery<Result<BackupList>>, IServerScoped, INamesServer, IHasAuditName
{
    public string AuditCommand => "backups";

    public Permission Required => Permission.Backup;
}

public sealed class ListBackupsValidator : AbstractValidator<ListBackups>
{
    public ListBackupsValidator() => RuleFor(x => x.Server).ServerName();
}

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

public sealed record BackupList(string Server, IReadOnlyList<BackupView> Backups);
