using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Permissions.ImportLegacyPermissions;

/// <summary>
/// Adds the grants and admins of a legacy file that are not present yet and records the file's hash,
/// so that the same content is imported once: what an admin revokes later stays revoked.
/// </summary>
public sealed class ImportLegacyPermissionsHandler(
    ILegacyPermissionsSource source,
    ILegacyImportStore imports,
    IGrantStore grants,
    IAdminStore admins,
    TimeProvider time)
    : ICommandHandler<ImportLegacyPermissions, Result<LegacyImportReport>>
{
    public async ValueTask<Result<LegacyImportReport>> Handle(ImportLegacyPermissions command, CancellationToken cancellationToken)
    {
        var read = await source.ReadAsync(command.Path, cancellationToken);
        if (!read.IsSuccess)
        {
            return read.Outcome == Outcome.NotFound
                ? LegacyImportReport.NoFile(read.Errors[0].Target ?? command.Path)
                : Result<LegacyImportReport>.Fail(read.Errors);
        }

        var file = read.Value;
        if (file.IsMalformed)
        {
            return LegacyImportReport.Malformed(file.Path, file.Problems);
        }

        if (await imports.WasImportedAsync(file.Hash, cancellationToken))
        {
            return LegacyImportReport.AlreadyImported(file.Path);
        }

        var now = time.GetUtcNow();
        var problems = new List<LegacyProblem>(file.Problems);
        int grantsAdded = 0, grantsPresent = 0, adminsAdded = 0, adminsPresent = 0;
        foreach (var entry in file.Grants)
        {
            if (ToGrant(file.Path, entry, now, problems) is not { } grant)
            {
                continue;
            }

            if (await grants.AddAsync(grant, cancellationToken))
            {
                grantsAdded++;
            }
            else
            {
                grantsPresent++;
            }
        }

        foreach (var userId in file.Admins.Distinct())
        {
            if (await admins.AddAsync(StoredAdmin.Create(userId, addedBy: null, now), cancellationToken))
            {
                adminsAdded++;
            }
            else
            {
                adminsPresent++;
            }
        }

        await imports.RecordAsync(LegacyImport.Create(file.Hash, file.Path, now, grantsAdded, adminsAdded, problems.Count), cancellationToken);
        return new LegacyImportReport(file.Path, LegacyImportStatus.Imported, grantsAdded, grantsPresent, adminsAdded, adminsPresent, problems);
    }

    // The reader already skips what it cannot map; this keeps the handler safe with any source.
    private static Grant? ToGrant(string path, LegacyGrantEntry entry, DateTimeOffset now, List<LegacyProblem> problems)
    {
        if (!PermissionNames.TryParse(entry.Permission, out var permission))
        {
            problems.Add(new LegacyProblem(path, entry.Line, $"skipped `{entry.Permission}` for user {entry.UserId} on `{entry.Server}`: not a permission name"));
            return null;
        }

        if (!ServerName.TryParse(entry.Server, out var server))
        {
            problems.Add(new LegacyProblem(path, entry.Line, $"skipped `{entry.Permission}` for user {entry.UserId} on `{entry.Server}`: not a valid server name"));
            return null;
        }

        if (entry.UserId == 0)
        {
            problems.Add(new LegacyProblem(path, entry.Line, $"skipped `{entry.Permission}` on `{entry.Server}`: user id 0 is not a Discord id"));
            return null;
        }

        return Grant.Create(Subject.User(entry.UserId), permission, GrantScope.For(server), grantedBy: null, now);
    }
}
