using ServerStatus.Application.Backups;
using ServerStatus.Application.Backups.RunScheduledBackup;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Backups;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What handlers rely on from an <see cref="INotifier"/>: it names its channel as a mention (none when notifications
/// are only logged), posts every notification there in order, and never throws because a post was refused.
/// </summary>
public abstract class NotifierContract
{
    /// <summary>
    /// A notifier posting to <paramref name="channelId"/>, or only logging when it is null; alerts go to
    /// <paramref name="alertChannelId"/>, which defaults to <paramref name="channelId"/>.
    /// </summary>
    protected abstract INotifier CreateNotifier(ulong? channelId, ulong? alertChannelId = null);

    /// <summary>The texts sent to <paramref name="userId"/> by DM since the fact started (or descriptions naming what they say).</summary>
    protected abstract Task<IReadOnlyList<string>> DirectMessagesToAsync(ulong userId);

    /// <summary>DMs to this user fail, as Discord refuses them when the user closed their DMs.</summary>
    protected abstract void CloseDirectMessages(ulong userId);

    /// <summary>Every post made since the fact started, in order: the channel and the text (or a description naming what it says).</summary>
    protected abstract Task<IReadOnlyList<(ulong Channel, string Text)>> PostedAsync();

    /// <summary>The next post is refused, as Discord refuses a channel the bot may not write to.</summary>
    protected abstract void RefuseNextPost();

    [Fact]
    public void NamesTheChannelAsAMention_WhenOneIsConfigured()
    {
        var channel = ContractIds.Next();

        var notifier = CreateNotifier(channel);

        notifier.Destination.ShouldBe($"<#{channel}>");
    }

    [Fact]
    public async Task HasNoDestination_AndPostsNothing_WhenNoChannelIsConfigured()
    {
        var notifier = CreateNotifier(null);

        await notifier.NotifyAsync(new ScheduledBackupFailed("mc", "the disk is full"), default);

        notifier.Destination.ShouldBeNull();
        (await PostedAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task PostsEveryNotificationToTheChannel_InOrder()
    {
        var channel = ContractIds.Next();
        var notifier = CreateNotifier(channel);
        var backup = new BackupView("local/web", "2026-11-24T05-53-11Z", 2048, new string('a', 64), TimeSpan.FromSeconds(2), BackupTrigger.Scheduled,
            "schedule", new DateTimeOffset(2026, 11, 24, 5, 53, 11, TimeSpan.Zero));

        await notifier.NotifyAsync(new ScheduledBackupFailed("mc", "the disk is full"), default);
        await notifier.NotifyAsync(new ScheduledBackupSucceeded(new ScheduledBackupReport(backup, [], 7)), default);

        var posted = await PostedAsync();
        posted.Select(p => p.Channel).ShouldBe([channel, channel]);
        posted[0].Text.ShouldContain("mc");
        posted[0].Text.ShouldContain("the disk is full");
        posted[1].Text.ShouldContain("web");
        posted[1].Text.ShouldContain("2026-11-24T05-53-11Z");
    }

    [Fact]
    public async Task SwallowsARefusedPost_AndPostsTheNextOne()
    {
        var channel = ContractIds.Next();
        var notifier = CreateNotifier(channel);
        RefuseNextPost();

        await notifier.NotifyAsync(new ScheduledBackupFailed("refused", "first"), default);
        await notifier.NotifyAsync(new ScheduledBackupFailed("posted", "second"), default);

        (await PostedAsync()).ShouldHaveSingleItem().Text.ShouldContain("posted");
    }

    [Fact]
    public async Task PostsWatchNotificationsToTheAlertChannel_AndOthersToTheNotificationChannel()
    {
        var (channel, alerts) = (ContractIds.Next(), ContractIds.Next());
        var notifier = CreateNotifier(channel, alerts);

        await notifier.NotifyAsync(new MaintenanceEnded("mc", "upgrading the map"), default);
        await notifier.NotifyAsync(new ScheduledBackupFailed("web", "the disk is full"), default);

        var posted = await PostedAsync();
        posted.Select(p => p.Channel).ShouldBe([alerts, channel]);
        posted[0].Text.ShouldContain("upgrading the map");
    }

    [Fact]
    public async Task SendsAReminderToItsAuthorByDm_AndToTheAlertChannelMentioningThem_WhenTheDmFails()
    {
        var (alerts, reached, closed) = (ContractIds.Next(), ContractIds.Next(), ContractIds.Next());
        var notifier = CreateNotifier(null, alerts);
        CloseDirectMessages(closed);

        await notifier.NotifyAsync(new MaintenanceReminder(reached, "mc", "first", DateTimeOffset.UnixEpoch), default);
        await notifier.NotifyAsync(new MaintenanceReminder(closed, "web", "second", DateTimeOffset.UnixEpoch), default);

        (await DirectMessagesToAsync(reached)).ShouldHaveSingleItem().ShouldContain("first");
        (await DirectMessagesToAsync(closed)).ShouldBeEmpty();
        var inChannel = (await PostedAsync()).Where(p => p.Channel == alerts).ShouldHaveSingleItem().Text;
        inChannel.ShouldContain("second");
        inChannel.ShouldContain(closed.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
