using FluentValidation;
using ServerStatus.Application.Servers.Common;

namespace ServerStatus.Application.Servers.ExecInServer;

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
