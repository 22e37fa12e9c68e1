using Mediator;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.ExecInServer;

public sealed class ExecInServerHandler(SingleServerLookup lookup, IContainerEngine engine, IOptions<ConsoleOptions> options)
    : ICommandHandler<ExecInServer, Result<ExecReport>>
{
    public async ValueTask<Result<ExecReport>> Handle(ExecInServer command, CancellationToken cancellationToken)
    {
        var server = await lookup.FindAsync(command.Server, command.Required, cancellationToken);
        if (!server.IsSuccess)
        {
            return Result<ExecReport>.Fail(server.Errors);
        }

        var timeout = TimeSpan.FromSeconds(options.Value.ExecTimeoutSeconds);
        var outcome = await engine.ExecAsync(server.Value.Id, command.Command, timeout, cancellationToken);
        return outcome.IsSuccess ? new ExecReport(server.Value.Id.Name, command.Command, outcome.Value, timeout) : Result<ExecReport>.Fail(outcome.Errors);
    }
}
