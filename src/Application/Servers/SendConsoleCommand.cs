using Microsoft.Extensions.Options;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers;

/// <summary>Writes a line to a server's console (stdin), e.g. <c>say hi</c> or <c>save-all</c>.</summary>
public sealed record SendConsoleCommand(string Server, string Text) : ICommand<Result<ConsoleReport>>, IServerScoped, INamesServer, IHasAuditName
{
    public string AuditCommand => "cmd";

    public string AuditArguments => Text;

    public Permission Required => Permission.Cmd;
}

public sealed class SendConsoleCommandValidator : AbstractValidator<SendConsoleCommand>
{
    public SendConsoleCommandValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Text).ConsoleText(ConsoleTextRules.MaxConsoleLine);
    }
}

public sealed class SendConsoleCommandHandler(SingleServerLookup lookup, IContainerEngine engine, IOptions<ConsoleOptions> options)
    : ICommandHandler<SendConsoleCommand, Result<ConsoleReport>>
{
    public async ValueTask<Result<ConsoleReport>> Handle(SendConsoleCommand command, CancellationToken cancellationToken)
    {
        var server = await lookup.FindAsync(command.Server, command.Required, cancellationToken);
        if (!server.IsSuccess)
        {
            return Result<ConsoleReport>.Fail(server.Errors);
        }

        var echo = await engine.SendConsoleLineAsync(server.Value.Id, command.Text, TimeSpan.FromMilliseconds(options.Value.EchoMilliseconds), cancellationToken);
        return echo.IsSuccess ? new ConsoleReport(server.Value.Id.Name, command.Text, echo.Value) : Result<ConsoleReport>.Fail(echo.Errors);
    }
}

/// <summary>What was sent, and the console output that followed it.</summary>
public sealed record ConsoleReport(string Server, string Text, IReadOnlyList<string> Echo);
