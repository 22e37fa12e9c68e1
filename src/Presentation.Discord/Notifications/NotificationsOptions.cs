namespace ServerStatus.Presentation.Discord.Notifications;

/// <summary>Configuration section <c>Notifications</c>: where results of scheduled backups are posted.</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>The id of the channel (the bot needs View Channel and Send Messages there); none = log only.</summary>
    public ulong? ChannelId { get; set; }
}
