using FluentValidation;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.SendConsoleCommand;

public sealed class SendConsoleCommandValidator : AbstractValidator<SendConsoleCommand>
{
    public SendConsoleCommandValidator()
    {
        RuleFor(x => x.Server).ServerName();
        RuleFor(x => x.Text).ConsoleText(ConsoleTextRules.MaxConsoleLine);
    }
}
