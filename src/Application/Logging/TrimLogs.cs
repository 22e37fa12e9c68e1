using System.Globalization;

namespace ServerStatus.Application.Logging;

/// <summary>
/// Deletes the oldest log files until the log directory fits <paramref name="BudgetKb"/>; never the file being
/// written (the scheduled job sends <c>Logging:File:DirectoryBudgetKb</c>).
/// </summary>
public sealed record TrimLogs(long BudgetKb) : ICommand<Result<LogTrimReport>>, IAdminOnly, IAuditable
{
    public string AuditArguments => BudgetKb.ToString(CultureInfo.InvariantCulture);
}

public sealed class TrimLogsValidator : AbstractValidator<TrimLogs>
{
    public TrimLogsValidator() =>
        RuleFor(x => x.BudgetKb).InclusiveBetween(1, LogFileOptions.MaxDirectoryBudgetKb)
            .WithMessage($"The log budget must be between 1 and {LogFileOptions.MaxDirectoryBudgetKb} KB.");
}

public sealed class TrimLogsHandler(ILogDirectory directory) : ICommandHandler<TrimLogs, Result<LogTrimReport>>
{
    public async ValueTask<Result<LogTrimReport>> Handle(TrimLogs command, CancellationToken cancellationToken)
    {
        var budget = command.BudgetKb * 1024;
        var files = await directory.ListAsync(cancellationToken);
        var total = files.Sum(f => f.SizeBytes);
        var deleted = new List<string>();
        long freed = 0;
        var oldestFirst = files.Where(f => !f.IsActive).OrderBy(f => f.LastWriteUtc).ThenBy(f => f.Name, StringComparer.Ordinal);
        foreach (var file in oldestFirst)
        {
            if (total <= budget)
            {
                break;
            }

            if (await directory.DeleteAsync(file.Name, cancellationToken))
            {
                deleted.Add(file.Name);
                freed += file.SizeBytes;
                total -= file.SizeBytes;
            }
        }

        return new LogTrimReport(deleted, freed, total, total <= budget);
    }
}

/// <summary>What trimming did: files deleted, bytes freed, bytes left, and whether the directory now fits its budget.</summary>
public sealed record LogTrimReport(IReadOnlyList<string> Deleted, long FreedBytes, long RemainingBytes, bool WithinBudget);
