using Microsoft.Extensions.Options;
using ServerStatus.Domain.Permissions;

namespace ServerStatus.Application.Servers;

/// <summary>Runs a command in a server's container; the words are passed as they are, through no shell.</summary>
public sealed record ExecInServer(string Server, IReadOnlyList<string> Command) : ICommand<Result<ExecReport>>, IServerScoped, INamesServer, IHasAuditName
{
    public string AuditCommand => "exec";

    public string AuditArguments => string.Join(' ', Command);

    public Permission Required => Permission.Exec;
}

public sealed class ExecInServerValidator : AbstractValidator<ExecInServer>
{
    public const int MaxCommandLength = 4000;

    public ExecInServerValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Command).NotEmpty().WithMessage("Say what to run.");
        RuleFor(x => string.Join(' ', x.Command)).ConsoleText(MaxCommandLength).OverridePropertyName("Command").When(x => x.Command.Count > 0);
    }
}

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

public sealed record ExecReport(string Server, IReadOnlyList<string> Command, ExecOutcome Outcome, TimeSpan Timeout);

/// <summary>
/// How an exec ended: its exit code and combined output, or that it ran out of time
/// (<paramref name="Killed"/> says whether the process could be stopped).
/// </summary>
public sealed record ExecOutcome(long? ExitCode, string Output, bool TimedOut, bool Killed);
