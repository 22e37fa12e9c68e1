using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Permissions;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Bot;

/// <summary>
/// Reads one server's card once the bot is ready (after READY, so that Identify is not delayed), and formats it. Without it the first
/// <c>status &lt;server&gt;</c> after a start pays for compiling that whole path — the behaviours, the engine's inspect,
/// the card's database reads, the embed — about half a second on two cores, while its user waits. Reads only: the
/// queries it sends are not audited and nothing is posted. A failure is logged and changes nothing.
/// </summary>
public sealed partial class CardPathWarmUp(ActorScopedSender sender, TimeProvider time, ILogger<CardPathWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = time.GetTimestamp();
        try
        {
            var names = await sender.SendAsync(Actor.System, new SuggestServers(Permission.Status, ""), stoppingToken);
            if (!names.IsSuccess || names.Value.Count == 0)
            {
                return;
            }

            var server = names.Value[0];
            var card = await sender.SendAsync(Actor.System, new RefreshServerCard(server), stoppingToken);
            if (card.IsSuccess)
            {
                StatusReplies.Card(card.Value);
            }

            var took = time.GetElapsedTime(started);
            LogWarmedUp(server, took.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(ex);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "The card path is warm (read {Server}'s card in {ElapsedMs:0} ms)")]
    private partial void LogWarmedUp(string server, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Warming up the card path failed; the first card will be slower")]
    private partial void LogFailed(Exception exception);
}
