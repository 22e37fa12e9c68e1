using FluentValidation;

namespace ServerStatus.Application.Servers.Common;

/// <summary>Shape rules for text sent to a server: bounded, and no control characters other than tab.</summary>
public static class ConsoleTextRules
{
    public const int MaxConsoleLine = 1000;

    public static IRuleBuilderOptions<T, string> ConsoleText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().WithMessage("Say what to send.")
            .MaximumLength(maxLength).WithMessage($"Keep it to {maxLength} characters.")
            .Must(text => !text.Any(c => char.IsControl(c) && c != '\t')).WithMessage("Control characters (other than tab) cannot be sent.");
}
