using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Application.Logging.TrimLogs;

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
