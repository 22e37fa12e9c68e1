using Microsoft.Extensions.Options;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers.Announcements;

/// <summary>
/// Announces a coming power action in-game: the server's label <c>serverstatus.announce</c> is the console line with
/// <c>{message}</c> where the announcement goes (<c>say {message}</c>). The first announcement is made at once with the
/// whole lead time, then one at each mark of <c>Games:AnnounceMarks</c> shorter than it; it returns when the lead time
/// is over, so the caller acts right after.
/// </summary>
public sealed class ConsoleAnnouncer(IContainerEngine engine, TimeProvider time, IOptions<AnnouncementOptions> options)
{
    public const string Label = "serverstatus.announce";
    public const string Placeholder = "{message}";

    /// <summary>The server's announcement template, or null when it has none (it is then not announced).</summary>
    public async Task<Result<string?>> TemplateAsync(ServerId server, CancellationToken ct)
    {
        var facts = await engine.GetFactsAsync(server, ct);
        return facts.IsSuccess
            ? Result<string?>.Success(facts.Value.Labels.TryGetValue(Label, out var template) && !string.IsNullOrWhiteSpace(template) ? template : null)
            : Result<string?>.Fail(facts.Errors);
    }

    /// <summary>When, counted back from the action, the announcements are made: the lead time, then every shorter mark.</summary>
    public IReadOnlyList<TimeSpan> MarksWithin(TimeSpan lead) =>
        [lead, .. options.Value.Marks.Where(mark => mark < lead)];

    /// <summary>
    /// Sends <paramref name="template"/> with each mark's message (<paramref name="message"/> of the time left) at its
    /// mark, and waits until <paramref name="lead"/> is over. Fails at the first line the console refuses.
    /// </summary>
    public async Task<Result<IReadOnlyList<string>>> AnnounceAsync(ServerId server, string template, TimeSpan lead, Func<TimeSpan, string> message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(message);
        var sent = new List<string>();
        var end = time.GetUtcNow() + lead;
        foreach (var mark in MarksWithin(lead))
        {
            await WaitUntilAsync(end - mark, ct);
            var line = template.Replace(Placeholder, message(mark), StringComparison.Ordinal);
            var written = await engine.SendConsoleLineAsync(server, line, TimeSpan.Zero, ct);
            if (!written.IsSuccess)
            {
                return Result<IReadOnlyList<string>>.Fail(written.Errors);
            }

            sent.Add(line);
        }

        await WaitUntilAsync(end, ct);
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
