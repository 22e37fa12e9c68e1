using ServerStatus.Domain.Servers;

namespace ServerStatus.Application.Servers.Pending;

/// <summary>
/// Says a countdown's messages in-game: the server's announce template (label <c>serverstatus.announce</c>) with
/// <c>{message}</c> replaced (or the message appended), written to its console like <c>cmd</c> without waiting for an echo. A server without the label announces nothing.
/// </summary>
public sealed class CountdownAnnouncer(IAnnouncementTemplates templates, IContainerEngine engine)
{
    public const string Placeholder = "{message}";

    /// <summary>The console line for <paramref name="message"/>, or null when the server has no template.</summary>
    public static string? Line(string? template, string message) =>
        string.IsNullOrWhiteSpace(template) ? null
        : template.Contains(Placeholder, StringComparison.Ordinal) ? template.Replace(Placeholder, message, StringComparison.Ordinal)
        : $"{template} {message}";

    /// <summary>Whether the server announces at all (it has the label).</summary>
    public async Task<bool> AnnouncesAsync(ServerId server, CancellationToken ct)
    {
        var template = await templates.ReadAsync(server, ct);
        return template.IsSuccess && !string.IsNullOrWhiteSpace(template.Value);
    }

    /// <summary>Announces <paramref name="message"/>; true when a line was sent, false when the server has no template; an error when sending failed.</summary>
    public async Task<Result<bool>> AnnounceAsync(ServerId server, string message, CancellationToken ct)
    {
        var template = await templates.ReadAsync(server, ct);
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
}
