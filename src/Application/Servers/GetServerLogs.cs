using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers;

/// <summary>The last lines of a server's log (stdout and stderr).</summary>
public sealed record GetServerLogs(string Server, int Lines = GetServerLogs.DefaultLines) : IQuery<Result<LogsReport>>, IServerScoped, INamesServer
{
    public string AuditArguments => $"{Server} {Lines}";

    public const int DefaultLines = 20;
    public const int MaxLines = 500;

    public Permission Required => Permission.Logs;
}

public sealed class GetServerLogsValidator : AbstractValidator<GetServerLogs>
{
    public GetServerLogsValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Lines).InclusiveBetween(1, GetServerLogs.MaxLines).WithMessage($"Ask for 1 to {GetServerLogs.MaxLines} lines.");
    }
}

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

public sealed record LogsReport(string Server, IReadOnlyList<string> Lines);
