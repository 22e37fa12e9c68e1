using System.Text;
using ServerStatus.Application.Common.Validation;

namespace ServerStatus.Application.Schedules;

/// <summary>
/// The written form of a chain: steps separated by commas — <c>backup</c>, <c>stop</c>, <c>start</c>, <c>restart</c>,
/// <c>cmd &lt;text&gt;</c>. A comma inside 'single' or "double" quotes belongs to its step, so a console line with a
/// comma is quoted: <c>backup, cmd "say Back soon, promise", restart</c>. A <c>cmd</c> text wholly in one pair of quotes
/// is sent without them; any other quotes are sent as written.
/// </summary>
public static class ScheduleSteps
{
    public const int MaxSteps = 10;

    public static IReadOnlyList<string> Names { get; } = ["backup", "stop", "start", "restart", "cmd"];

    public static Result<IReadOnlyList<ScheduleStep>> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Error.Invalid("Name the steps, separated by commas, e.g. `backup, restart`.");
        }

        var parts = SplitOutsideQuotes(text);
        if (!parts.IsSuccess)
        {
            return Result<IReadOnlyList<ScheduleStep>>.Fail(parts.Errors);
        }

        if (parts.Value.Count > MaxSteps)
        {
            return Error.Invalid($"A chain has at most {MaxSteps} steps, not {parts.Value.Count}.");
        }

        var steps = new List<ScheduleStep>();
        foreach (var part in parts.Value)
        {
            var step = ParseStep(part);
            if (!step.IsSuccess)
            {
                return Result<IReadOnlyList<ScheduleStep>>.Fail(step.Errors);
            }

            steps.Add(step.Value);
        }

        return steps;
    }

    /// <summary>The written form of the steps, which <see cref="Parse"/> reads back to the same steps.</summary>
    public static string Format(IEnumerable<ScheduleStep> steps) => string.Join(", ", steps.Select(s => s.Written));

    private static Result<ScheduleStep> ParseStep(string part)
    {
        if (part.Length == 0)
        {
            return Error.Invalid("A step is empty: write one step between two commas, e.g. `backup, restart`.");
        }

        var space = part.IndexOfAny([' ', '\t']);
        var word = (space < 0 ? part : part[..space]).ToLowerInvariant();
        var rest = space < 0 ? "" : part[(space + 1)..].Trim();
        ScheduleStepKind? kind = word switch
        {
            "backup" => ScheduleStepKind.Backup,
            "stop" => ScheduleStepKind.Stop,
            "start" => ScheduleStepKind.Start,
            "restart" => ScheduleStepKind.Restart,
            "cmd" => ScheduleStepKind.Cmd,
            _ => null,
        };
        if (kind is not { } known)
        {
            return Error.Invalid($"`{EchoedInput.Shorten(part)}` is not a step: write {string.Join(", ", Names.Select(n => $"`{n}`"))} (`cmd` with its console line).");
        }

        if (known == ScheduleStepKind.Cmd)
        {
            var line = Unquoted(rest);
            return line.Length == 0
                ? Error.Invalid("A `cmd` step needs the console line to send, e.g. `cmd say Restarting now`.")
                : new ScheduleStep(known, line, $"cmd {rest}");
        }

        return rest.Length == 0
            ? new ScheduleStep(known, null, word)
            : Error.Invalid($"`{word}` takes nothing after it, not `{EchoedInput.Shorten(rest)}`: separate steps with commas.");
    }

    /// <summary>The text without the one pair of quotes that encloses all of it, if it is so enclosed.</summary>
    private static string Unquoted(string text) =>
        text.Length >= 2 && text[0] is '"' or '\'' && text[^1] == text[0] && text.IndexOf(text[0], 1) == text.Length - 1
            ? text[1..^1].Trim()
            : text;

    private static Result<List<string>> SplitOutsideQuotes(string text)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        char? quote = null;
        foreach (var c in text)
        {
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
                current.Append(c);
            }
            else if (c == ',')
            {
                parts.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                quote = c is '"' or '\'' ? c : null;
                current.Append(c);
            }
        }

        if (quote is not null)
        {
            return Error.Invalid($"A quote ({quote}) in the steps is not closed.");
        }

        parts.Add(current.ToString().Trim());
        return parts;
    }
}
