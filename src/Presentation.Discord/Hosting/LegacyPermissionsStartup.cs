using Microsoft.Extensions.Options;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Permissions.ImportLegacyPermissions;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// Imports the old bot's <c>permissions.json</c> (<c>Permissions:LegacyFile</c>) at start-up as the system
/// actor and logs what happened: one line with the counts, one warning per skipped item. Never stops the bot.
/// </summary>
public sealed partial class LegacyPermissionsStartup(ActorScopedSender sender, IOptions<PermissionsOptions> options, ILogger<LegacyPermissionsStartup> logger)
{
    /// <summary>The report, or null when the import is disabled or did not complete.</summary>
    public async Task<LegacyImportReport?> RunAsync(CancellationToken ct)
    {
        try
        {
            var path = options.Value.LegacyFile;
            if (string.IsNullOrWhiteSpace(path))
            {
                LogDisabled();
                return null;
            }

            var result = await sender.SendAsync(Actor.System, new ImportLegacyPermissions(path), ct);
            if (!result.IsSuccess)
            {
                LogNotImported(path, string.Join(" ", result.Errors.Select(e => e.Message)));
                return null;
            }

            Log(result.Value);
            return result.Value;
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the bot starts with the permissions it has; a shutdown during start-up is not news.
            if (!ct.IsCancellationRequested)
            {
                LogCrashed(ex);
            }

            return null;
        }
    }

    private void Log(LegacyImportReport report)
    {
        foreach (var problem in report.Problems)
        {
            LogProblem(problem.Location, problem.Message);
        }

        switch (report.Status)
        {
            case LegacyImportStatus.NoFile:
                LogNoFile(report.Path);
                break;
            case LegacyImportStatus.AlreadyImported:
                LogAlreadyImported(report.Path);
                break;
            case LegacyImportStatus.Malformed:
                LogNotImported(report.Path, "it is not valid JSON; fix it and restart to import it.");
                break;
            default:
                LogImported(report.Path, report.GrantsAdded, report.GrantsAlreadyPresent, report.AdminsAdded, report.AdminsAlreadyPresent, report.Skipped);
                break;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "Legacy permissions {Path} imported: {GrantsAdded} grants added, {GrantsPresent} already present, {AdminsAdded} admins added, {AdminsPresent} already admins, {Skipped} skipped")]
    private partial void LogImported(string path, int grantsAdded, int grantsPresent, int adminsAdded, int adminsPresent, int skipped);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Legacy permissions {Path} were imported before (same content): nothing changed")]
    private partial void LogAlreadyImported(string path);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "No legacy permissions file at {Path}: nothing to import")]
    private partial void LogNoFile(string path);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Legacy permissions {Location}: {Problem}")]
    private partial void LogProblem(string location, string problem);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Legacy permissions {Path} not imported: {Reason}")]
    private partial void LogNotImported(string path, string reason);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "Legacy permissions import failed unexpectedly; the bot starts without it")]
    private partial void LogCrashed(Exception exception);

    [LoggerMessage(EventId = 7, Level = LogLevel.Debug, Message = "Legacy permissions import disabled (Permissions:LegacyFile is empty)")]
    private partial void LogDisabled();
}
