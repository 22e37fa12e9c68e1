using Mediator;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.SendConsoleCommand;

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
