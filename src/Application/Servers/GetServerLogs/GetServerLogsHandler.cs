using Mediator;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.GetServerLogs;

public sealed class GetServerLogsHandler(SingleServerLookup lookup, IContainerEngine engine) : IQueryHandler<GetServerLogs, Result<LogsReport>>
{
    public async ValueTask<Result<LogsReport>> Handle(GetServerLogs query, CancellationToken cancellationToken)
    {
        var server = await lookup.FindAsync(query.Server, query.Required, cancellationToken);
        if (!server.IsSuccess)
        {
            return Result<LogsReport>.Fail(server.Errors);
        }

        var lines = await engine.GetLogTailAsync(server.Value.Id, query.Lines, cancellationToken);
        return lines.IsSuccess ? new LogsReport(server.Value.Id.Name, lines.Value) : Result<LogsReport>.Fail(lines.Errors);
    }
}
