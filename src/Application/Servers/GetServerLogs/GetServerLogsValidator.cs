using FluentValidation;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.GetServerLogs;

public sealed class GetServerLogsValidator : AbstractValidator<GetServerLogs>
{
    public GetServerLogsValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Lines).InclusiveBetween(1, GetServerLogs.MaxLines).WithMessage($"Ask for 1 to {GetServerLogs.MaxLines} lines.");
    }
}
