using Microsoft.Extensions.Options;
using ServerStatus.Application.Board;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;

namespace ServerStatus.Presentation.Discord.Board;

/// <summary>
/// Keeps every enabled board true while this instance is the active one: renders them again when a container event was
/// handled or a board created (<see cref="ServerChangeSignal"/>), and every <c>Board:RefreshSeconds</c> for uptimes; each
/// board is edited at most once per <c>Board:MinEditSeconds</c> and only when what it shows changed (<see cref="BoardPublisher"/>).
/// The boards' message ids are stored, so a restarted bot edits the same messages.
/// </summary>
public sealed partial class StatusBoardService(
    ActorScopedSender sender,
    ServerChangeSignal signal,
    BoardPublisher publisher,
    IServiceScopeFactory scopes,
    IOptions<BoardOptions> options,
    TimeProvider time,
    ILogger<StatusBoardService> logger) : BackgroundService
{
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly BoardSchedule _schedule = new(TimeSpan.FromSeconds(options.Value.MinEditSeconds));
    private readonly TimeSpan _refresh = TimeSpan.FromSeconds(options.Value.RefreshSeconds);
    private readonly HashSet<long> _known = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextRefresh = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = RetryAfterFailure;
            try
            {
                await PassAsync(stoppingToken);
                var now = time.GetUtcNow();
                if (now >= nextRefresh)
                {
                    nextRefresh = now + _refresh;
                }

                wait = _schedule.WaitBeforeNext(now) is { } due && due < nextRefresh - now ? due : nextRefresh - now;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(ex);
            }

            await WaitAsync(wait, stoppingToken);
        }
    }

    private async Task PassAsync(CancellationToken ct)
    {
        var contents = await sender.SendAsync(Actor.System, new GetBoardContents(), ct);
        if (!contents.IsSuccess)
        {
            LogNotRead(contents.Errors[0].Message);
            return;
        }

        var current = contents.Value.Select(c => c.Board.Id).ToHashSet();
        foreach (var gone in _known.Where(id => !current.Contains(id)).ToList())
        {
            _known.Remove(gone);
            _schedule.Forget(gone);
            publisher.Forget(gone);
        }

        foreach (var content in contents.Value)
        {
            _known.Add(content.Board.Id);
            if (!_schedule.MayPublish(content.Board.Id, time.GetUtcNow()))
            {
                continue;
            }

            try
            {
                await PublishAsync(content, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One board's trouble (Discord down, rate limited) holds back neither the others nor its next try.
                LogBoardFailed(ex, content.Board.Id);
                _schedule.Sent(content.Board.Id, time.GetUtcNow());
                _schedule.MayPublish(content.Board.Id, time.GetUtcNow());
            }
        }
    }

    private async Task PublishAsync(BoardContent content, CancellationToken ct)
    {
        var board = content.Board;
        var update = await publisher.PublishAsync(content, ct);
        if (update.Kind == BoardUpdateKind.Unchanged)
        {
            return;
        }

        _schedule.Sent(board.Id, time.GetUtcNow());
        if (update.Kind == BoardUpdateKind.Disabled)
        {
            board.Disable(time.GetUtcNow());
        }
        else if (!update.MessageIds.SequenceEqual(board.MessageIds))
        {
            board.PostedAs(update.MessageIds);
        }
        else
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IStatusBoardStore>().SaveAsync(board, ct);
    }

    // Until the next poke, refresh or waiting board, whichever comes first.
    private async Task WaitAsync(TimeSpan wait, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        await signal.WaitAsync(either.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Status boards not updated; trying again shortly")]
    private partial void LogPassFailed(Exception exception);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Status board {BoardId} not updated; trying again shortly")]
    private partial void LogBoardFailed(Exception exception, long boardId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Status boards not read: {Problem}")]
    private partial void LogNotRead(string problem);
}
