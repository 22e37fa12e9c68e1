using Microsoft.Extensions.Options;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers.Announcements;

/// <summary>
/// Says things in-game through a server's console: its label <c>serverstatus.announce</c> is the console line, with
/// <c>{message}</c> where the message goes (<c>say {message}</c>; without the placeholder the message is appended),
/// written like <c>cmd</c> without waiting for an echo. A server without the label announces nothing.
/// Announced power actions speak one mark at a time from their Hangfire job (<see cref="AnnounceAsync"/>, resumable);
/// a scheduled run counts down in-process (<see cref="CountdownAsync"/>), with the same marks and messages
/// (<see cref="AnnouncementPlan"/>).
/// </summary>
public sealed class ConsoleAnnouncer(IContainerEngine engine, TimeProvider time, IOptions<AnnouncementOptions> options)
{
    public const string Label = "serverstatus.announce";
    public const string Placeholder = "{message}";

    /// <summary>The console line for <paramref name="message"/>, or null when the server has no template.</summary>
    public static string? Line(string? template, string message) =>
        string.IsNullOrWhiteSpace(template) ? null
        : template.Contains(Placeholder, StringComparison.Ordinal) ? template.Replace(Placeholder, message, StringComparison.Ordinal)
        : $"{template} {message}";

    /// <summary>The server's announcement template, or null when it has none (it is then not announced).</summary>
    public async Task<Result<string?>> TemplateAsync(ServerId server, CancellationToken ct)
    {
        var facts = await engine.GetFactsAsync(server, ct);
        return facts.IsSuccess
            ? Result<string?>.Success(facts.Value.Labels.TryGetValue(Label, out var template) && !string.IsNullOrWhiteSpace(template) ? template.Trim() : null)
            : Result<string?>.Fail(facts.Errors);
    }

    /// <summary>Whether the server announces at all (it has the label and could be asked).</summary>
    public async Task<bool> AnnouncesAsync(ServerId server, CancellationToken ct)
    {
        var template = await TemplateAsync(server, ct);
        return template.IsSuccess && template.Value is not null;
    }

    /// <summary>Announces <paramref name="message"/>: true when a line was sent, false when the server has no template; an error when sending failed.</summary>
    public async Task<Result<bool>> AnnounceAsync(ServerId server, string message, CancellationToken ct)
    {
        var template = await TemplateAsync(server, ct);
        if (!template.IsSuccess)
        {
            return Result<bool>.Fail(template.Errors);
        }

        if (Line(template.Value, message) is not { } line)
        {
            return false;
        }

        var sent = await engine.SendConsoleLineAsync(server, line, echoWindow: TimeSpan.Zero, ct);
        return sent.IsSuccess ? true : Result<bool>.Fail(sent.Errors);
    }

    /// <summary>
    /// Counts down <paramref name="lead"/> before <paramref name="action"/> with <paramref name="template"/>: the whole
    /// lead at once, then each configured mark shorter than it; returns the lines sent when the lead is over, so the
    /// caller acts right after. Fails at the first line the console refuses.
    /// </summary>
    public async Task<Result<IReadOnlyList<string>>> CountdownAsync(ServerId server, string template, PowerAction action, TimeSpan lead, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(template);
        var sent = new List<string>();
        var due = time.GetUtcNow() + lead;
        foreach (var mark in AnnouncementPlan.MarksFor(lead, options.Value.Marks))
        {
            await WaitUntilAsync(due - mark, ct);
            var line = Line(template, AnnouncementPlan.Message(action, mark, reason: null))!;
            var written = await engine.SendConsoleLineAsync(server, line, TimeSpan.Zero, ct);
            if (!written.IsSuccess)
            {
                return Result<IReadOnlyList<string>>.Fail(written.Errors);
            }

            sent.Add(line);
        }

        await WaitUntilAsync(due, ct);
        return sent;
    }

    private async Task WaitUntilAsync(DateTimeOffset at, CancellationToken ct)
    {
        var wait = at - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, ct);
        }
    }
}
