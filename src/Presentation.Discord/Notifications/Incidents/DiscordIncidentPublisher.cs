using System.Collections.Concurrent;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.Presentation.Discord.Notifications.Incidents;

/// <summary>
/// Posts and edits incident messages, one queue per alert channel. Changes wait in the queue while Discord's rate
/// limit (5 messages per 5 s per channel) holds the previous post back, and only an incident's latest state is sent:
/// a crash loop's tenth exit is one edit, not ten. New incidents that come within <c>Alerts:StormWindowSeconds</c> of
/// the last new one (an engine restart) join its message, which then lists them all. A message someone deleted is posted again; nothing is dropped unless the channel
/// itself refuses the bot (then it is logged).
/// </summary>
public sealed partial class DiscordIncidentPublisher(
    IDiscordRest rest, IServiceScopeFactory scopes, IOptions<AlertsOptions> options, TimeProvider time, ILogger<DiscordIncidentPublisher> logger)
    : IIncidentPublisher, IAsyncDisposable
{
    /// <summary>At most this many incidents share one message (its list and buttons stay readable); more start a new one.</summary>
    public const int MaxPerMessage = 40;

    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time = time;
    private readonly TimeSpan _stormWindow = TimeSpan.FromSeconds(options.Value.StormWindowSeconds);
    private readonly ConcurrentDictionary<ulong, ChannelQueue> _channels = new();
    private readonly ConcurrentDictionary<long, ulong> _messageOf = new();
    private readonly ConcurrentDictionary<ulong, Storm> _storms = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _disposed;

    /// <summary>Incidents waiting to be posted or edited, over all channels.</summary>
    public int Pending => _channels.Values.Sum(q => q.Count);

    public void Publish(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var channel = incident.ChannelId ?? throw new ArgumentException($"Incident {incident.Id} has no channel to be shown in.", nameof(incident));
        if (incident.MessageId is { } message)
        {
            _messageOf.TryAdd(incident.Id, message);
        }

        _channels.GetOrAdd(channel, id => new ChannelQueue(id, this)).Add(incident);
    }

    public async ValueTask DisposeAsync()
    {
        // The container disposes it once as itself and once as the port.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(_channels.Values.Select(q => q.Worker)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var queue in _channels.Values)
        {
            queue.Dispose();
        }

        _stopping.Dispose();
    }

    // Called by the channel's worker only: one send at a time per channel.
    private async Task SendAsync(ulong channel, IReadOnlyList<Incident> batch, CancellationToken ct)
    {
        var fresh = batch.Where(i => !_messageOf.ContainsKey(i.Id)).ToList();
        var edits = batch.Where(i => _messageOf.ContainsKey(i.Id)).Select(i => _messageOf[i.Id]).ToHashSet();
        var now = _time.GetUtcNow();
        if (fresh.Count > 0 && _storms.TryGetValue(channel, out var storm) && now - storm.LastJoined <= _stormWindow && storm.Count + fresh.Count <= MaxPerMessage)
        {
            await RecordAsync([.. fresh.Select(i => i.Id)], storm.MessageId, ct);
            _storms[channel] = storm with { Count = storm.Count + fresh.Count, LastJoined = now };
            edits.Add(storm.MessageId);
        }
        else if (fresh.Count > 0)
        {
            await PostAsync(channel, fresh, ct);
        }

        foreach (var message in edits)
        {
            await EditAsync(channel, message, ct);
        }
    }

    private async Task PostAsync(ulong channel, List<Incident> incidents, CancellationToken ct)
    {
        var posted = await rest.CreateMessageAsync(channel, IncidentReplies.Of(incidents), ct);

        // Not cancelled by a shutdown: a message Discord has taken but we did not record is posted a second time at the next start.
        await RecordAsync([.. incidents.Select(i => i.Id)], posted.Id, CancellationToken.None);
        _storms[channel] = new Storm(posted.Id, incidents.Count, _time.GetUtcNow());
        LogPosted(incidents.Count, channel, posted.Id);
    }

    private async Task EditAsync(ulong channel, ulong message, CancellationToken ct)
    {
        IReadOnlyList<Incident> shown;
        await using (var scope = scopes.CreateAsyncScope())
        {
            shown = await scope.ServiceProvider.GetRequiredService<IIncidentStore>().ListByMessageAsync(channel, message, ct);
        }

        if (shown.Count == 0)
        {
            return;
        }

        try
        {
            await rest.EditMessageAsync(channel, message, IncidentReplies.Of(shown), ct);
        }
        catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.NotFound)
        {
            // Someone deleted the message: the incident is still worth showing.
            LogRepost(message, channel);
            await PostAsync(channel, [.. shown], ct);
        }
    }

    private async Task RecordAsync(IReadOnlyList<long> ids, ulong message, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            _messageOf[id] = message;
        }

        // Recorded so that a bot started again edits this message rather than posting a second one.
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IIncidentStore>();
        foreach (var id in ids)
        {
            if (await store.FindAsync(id, ct) is { } incident)
            {
                incident.PostedAs(message);
                await store.SaveAsync(incident, ct);
            }
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Posted {Count} incident(s) to channel {ChannelId} as message {MessageId}")]
    private partial void LogPosted(int count, ulong channelId, ulong messageId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Incident message {MessageId} in channel {ChannelId} was deleted: posting it again")]
    private partial void LogRepost(ulong messageId, ulong channelId);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Could not show incidents in channel {ChannelId}; trying again in a few seconds")]
    private partial void LogRetry(Exception exception, ulong channelId);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Channel {ChannelId} refuses the bot ({Kind}): {Count} incident(s) not shown. Check Alerts:ChannelId / `alerts channel` and that the bot may view and send messages there")]
    private partial void LogRefused(ulong channelId, DiscordErrorKind kind, int count);

    /// <summary>The message new incidents of a channel join while they keep coming.</summary>
    private sealed record Storm(ulong MessageId, int Count, DateTimeOffset LastJoined);

    /// <summary>The incidents waiting for one channel (latest state of each, in order of arrival) and the worker that sends them.</summary>
    private sealed class ChannelQueue : IDisposable
    {
        private readonly ulong _channel;
        private readonly DiscordIncidentPublisher _owner;
        private readonly Lock _lock = new();
        private readonly List<long> _order = [];
        private readonly Dictionary<long, Incident> _latest = [];
        private readonly SemaphoreSlim _signal = new(0);

        public ChannelQueue(ulong channel, DiscordIncidentPublisher owner)
        {
            _channel = channel;
            _owner = owner;
            Worker = Task.Run(() => RunAsync(owner._stopping.Token));
        }

        public Task Worker { get; }

        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _order.Count;
                }
            }
        }

        public void Dispose() => _signal.Dispose();

        public void Add(Incident incident)
        {
            lock (_lock)
            {
                if (!_latest.ContainsKey(incident.Id))
                {
                    _order.Add(incident.Id);
                }

                _latest[incident.Id] = incident;
            }

            _signal.Release();
        }

        private async Task RunAsync(CancellationToken ct)
        {
            while (!ct.IsCancellationRequested)
            {
                await _signal.WaitAsync(ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (ct.IsCancellationRequested)
                {
                    return;
                }

                var batch = Take();
                if (batch.Count == 0)
                {
                    continue;
                }

                try
                {
                    await _owner.SendAsync(_channel, batch, ct);
                }
                catch (DiscordApiException ex) when (ex.Kind is DiscordErrorKind.MissingAccess or DiscordErrorKind.NotFound or DiscordErrorKind.InvalidFormBody)
                {
                    _owner.LogRefused(_channel, ex.Kind, batch.Count);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    _owner.LogRetry(ex, _channel);
                    PutBack(batch);
                    await Task.Delay(RetryAfterFailure, _owner._time, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }

        private List<Incident> Take()
        {
            lock (_lock)
            {
                var batch = _order.Select(id => _latest[id]).ToList();
                _order.Clear();
                _latest.Clear();
                return batch;
            }
        }

        // A batch that failed goes back in front of what arrived meanwhile, unless a newer state of it arrived.
        private void PutBack(List<Incident> batch)
        {
            lock (_lock)
            {
                var older = batch.Where(i => !_latest.ContainsKey(i.Id)).ToList();
                _order.InsertRange(0, older.Select(i => i.Id));
                foreach (var incident in older)
                {
                    _latest[incident.Id] = incident;
                }
            }

            _signal.Release();
        }
    }
}
