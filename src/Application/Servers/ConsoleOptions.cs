using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Servers;

/// <summary>Configuration section <c>Console</c>: console input, exec and logs.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>An exec still running after this is killed.</summary>
    [Range(1, 3600)]
    public int ExecTimeoutSeconds { get; set; } = 30;

    /// <summary>How long the console output that follows a <c>cmd</c> line is collected to show the server's answer (0 = don't).</summary>
    [Range(0, 10000)]
    public int EchoMilliseconds { get; set; } = 2000;
}

/// <summary>Shape rules for text sent to a server: bounded, and no control characters other than tab.</summary>
public static class ConsoleTextRules
{
    public const int MaxConsoleLine = 1000;

    public static IRuleBuilderOptions<T, string> ConsoleText<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotEmpty().WithMessage("Say what to send.")
            .MaximumLength(maxLength).WithMessage($"Keep it to {maxLength} characters.")
            .Must(text => !text.Any(c => char.IsControl(c) && c != '\t')).WithMessage("Control characters (other than tab) cannot be sent.");
}
