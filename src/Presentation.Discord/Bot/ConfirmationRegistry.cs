using System.Collections.Concurrent;
using System.Security.Cryptography;
using DiscordApi.Messages;
using Microsoft.Extensions.Options;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Hosting;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Confirm/Cancel prompts for dangerous commands. Only the requester may answer; a prompt not
/// answered in time is edited to say it expired. Taking a prompt is atomic, so a double click runs once.
/// </summary>
public sealed partial class ConfirmationRegistry(TimeProvider time, IOptions<BotOptions> options, ILogger<ConfirmationRegistry> logger) : IConfirmations
{
    public const string ConfirmPrefix = "confirm:";
    public const string CancelPrefix = "cancel:";

    private readonly ConcurrentDictionary<string, PendingConfirmation> _pending = new();

    public int Count => _pending.Count;

    public async Task AskAsync(
        ulong requesterId, string question, Func<CancellationToken, Task<BotReply>> run, CommandProgress progress, IReplyTarget target, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var seconds = options.Value.ConfirmationSeconds;
        var prompt = new MessageBuilder()
            .AddEmbed(e => e.WithTitle("⚠️ Please confirm").WithDescription(question).WithColor(ReplyColors.Warning)
                .WithFooter($"Only the person who asked can answer. Expires in {seconds} s."))
            .AddActionRow(r => r.AddButton(ButtonStyle.Danger, ConfirmPrefix + id, "Confirm").AddButton(ButtonStyle.Secondary, CancelPrefix + id, "Cancel"))
            .Build();

        // Registered before the prompt is posted: a click that arrives while the post is still being answered finds it.
        var posted = new TaskCompletionSource<Func<OutgoingMessage, CancellationToken, Task>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var expiry = time.CreateTimer(_ => _ = ExpireAsync(id), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _pending[id] = new PendingConfirmation(id, requesterId, question, run, posted.Task, expiry, progress);
        try
        {
            posted.SetResult(await target.PromptAsync(prompt, ct));
        }
        catch (Exception ex)
        {
            Take(id);
            posted.SetException(ex);
            throw;
        }

        try
        {
            expiry.Change(TimeSpan.FromSeconds(seconds), Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Answered while the prompt was being posted: nothing left to expire.
        }
    }

    /// <summary>The prompt a button belongs to, if it is still pending (without taking it).</summary>
    public PendingConfirmation? Find(string id) => _pending.GetValueOrDefault(id);

    /// <summary>Takes the prompt so nobody else can answer it; null when it was already answered or expired.</summary>
    public PendingConfirmation? Take(string id)
    {
        if (!_pending.TryRemove(id, out var pending))
        {
            return null;
        }

        pending.Expiry.Dispose();
        return pending;
    }

    public static OutgoingMessage Closed(string title, string question, int color) =>
        new MessageBuilder().AddEmbed(e => e.WithTitle(title).WithDescription(question).WithColor(color)).Build();

    private async Task ExpireAsync(string id)
    {
        if (Take(id) is not { } pending)
        {
            return;
        }

        try
        {
            var replace = await pending.Prompted;
            await replace(Closed("⌛ Confirmation expired", pending.Question + "\nNothing was done.", ReplyColors.Neutral), CancellationToken.None);
        }
        catch (Exception ex) when (ex is DiscordApi.Rest.DiscordApiException or HttpRequestException or OperationCanceledException)
        {
            LogExpiryEditFailed(ex, id);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Could not mark confirmation {Id} as expired")]
    private partial void LogExpiryEditFailed(Exception exception, string id);
}
