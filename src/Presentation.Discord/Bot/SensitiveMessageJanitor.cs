using System.Collections.Concurrent;
using System.Globalization;
using DiscordApi.Events;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Bot;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Deletes <c>permissions</c>/<c>admins</c> requests typed in guild channels after a countdown shown
/// as number reactions; an admin's 🗑️ reaction deletes at once. Without the Manage Messages
/// permission it warns once per channel and carries on.
/// </summary>
public sealed partial class SensitiveMessageJanitor(
    IDiscordRest rest,
    ActorScopedSender sender,
    TimeProvider time,
    IOptions<BotOptions> options,
    ILogger<SensitiveMessageJanitor> logger)
{
    public const string TrashEmoji = "🗑️";

    private readonly ConcurrentDictionary<ulong, CancellationTokenSource> _countdowns = new();
    private readonly ConcurrentDictionary<ulong, bool> _warnedChannels = new();

    /// <summary>The keycap emoji of a countdown second: 1️⃣ … 9️⃣, 🔟.</summary>
    public static string Keycap(int number) =>
        number == 10 ? "🔟" : number.ToString(CultureInfo.InvariantCulture) + "\uFE0F\u20E3";

    /// <summary>Starts the countdown of a request message; returns when the message is gone (or could not be deleted).</summary>
    public async Task CountDownAndDeleteAsync(ulong channelId, ulong messageId, CancellationToken ct)
    {
        using var countdown = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _countdowns[messageId] = countdown;
        try
        {
            string? shown = null;
            for (var left = Math.Min(options.Value.SensitiveDeleteSeconds, 10); left > 0 && !countdown.IsCancellationRequested; left--)
            {
                var next = Keycap(left);
                await rest.AddReactionAsync(channelId, messageId, next, countdown.Token);
                if (shown is not null)
                {
                    await rest.RemoveOwnReactionAsync(channelId, messageId, shown, countdown.Token);
                }

                shown = next;
                await Task.Delay(TimeSpan.FromSeconds(1), time, countdown.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // An admin's 🗑️ ended the countdown early.
        }
        catch (DiscordApiException ex) when (ex.Kind is DiscordErrorKind.MissingAccess or DiscordErrorKind.NotFound)
        {
            // No reactions allowed, or the message is already gone: still try to delete below.
        }
        finally
        {
            _countdowns.TryRemove(messageId, out _);
        }

        await DeleteAsync(channelId, messageId, ct);
    }

    /// <summary>A 🗑️ from an admin on a message still counting down deletes it now.</summary>
    public async Task OnReactionAsync(ReactionAdded reaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reaction);
        if (reaction.EmojiName != TrashEmoji && reaction.EmojiName != "🗑" || !_countdowns.TryGetValue(reaction.MessageId, out var countdown))
        {
            return;
        }

        var actor = reaction.GuildId is { } guild ? Actor.InGuild(reaction.UserId, [], guild, reaction.ChannelId) : Actor.InDirectMessage(reaction.UserId, reaction.ChannelId);
        var rights = await sender.SendAsync(actor, new GetActorRights(), ct);
        if (rights.IsSuccess && rights.Value.IsAdmin)
        {
            await countdown.CancelAsync();
        }
    }

    private async Task DeleteAsync(ulong channelId, ulong messageId, CancellationToken ct)
    {
        try
        {
            await rest.DeleteMessageAsync(channelId, messageId, ct);
        }
        catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.MissingAccess)
        {
            if (_warnedChannels.TryAdd(channelId, true))
            {
                LogCannotDelete(channelId);
            }
        }
        catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.NotFound)
        {
            // Deleted by its author or a moderator already.
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Cannot delete permission commands in channel {ChannelId}: give the bot the Manage Messages permission there")]
    private partial void LogCannotDelete(ulong channelId);
}
