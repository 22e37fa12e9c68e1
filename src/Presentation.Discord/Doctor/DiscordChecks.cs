using DiscordApi;
using DiscordApi.Guilds;
using DiscordApi.Rest;
using Microsoft.Extensions.Options;
using ServerStatus.Presentation.Discord.Notifications;

namespace ServerStatus.Presentation.Discord.Doctor;

/// <summary>
/// Discord, over REST only (no gateway connection): the token, the Message Content intent, the configured guild, and
/// the bot's permissions in the notification channel. A failure skips the checks that need what failed.
/// </summary>
public sealed class DiscordChecks(IServiceProvider services, IOptions<DiscordApiOptions> discord, IOptions<NotificationsOptions> notifications)
{
    private const int MessageContentIntent = 1 << 15;

    private const string InviteFix =
        "invite it with the bot and applications.commands scopes (Developer Portal → your application → OAuth2 → URL Generator)";

    /// <summary>The checks, in the order of their lines.</summary>
    internal static readonly IReadOnlyList<string> Checks = ["the Discord token", "the Message Content intent", "the guild", "the notification channel"];

    /// <summary>What the bot needs in the notification channel, in the order Discord's channel settings list them.</summary>
    internal static readonly IReadOnlyList<(DiscordPermissions Permission, string Name)> NotificationPermissions =
    [
        (DiscordPermissions.ViewChannel, "View Channel"),
        (DiscordPermissions.SendMessages, "Send Messages"),
        (DiscordPermissions.EmbedLinks, "Embed Links"),
        (DiscordPermissions.AttachFiles, "Attach Files"),
        (DiscordPermissions.AddReactions, "Add Reactions"),
        (DiscordPermissions.ManageMessages, "Manage Messages"),
    ];

    public async Task<IReadOnlyList<DoctorLine>> RunAsync(CancellationToken ct)
    {
        var options = discord.Value;
        var channelId = notifications.Value.ChannelId;
        var rest = services.GetRequiredService<IDiscordRest>();

        DiscordUser bot;
        try
        {
            bot = await rest.GetCurrentUserAsync(ct);
        }
        catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.Unauthorized)
        {
            return [DoctorLine.Fail("Discord refused the token (401 Unauthorized)", "copy the bot's token from the Developer Portal (your application → Bot → Reset Token) into Discord:Token."), .. SkipTheRest("the token was refused")];
        }
        catch (Exception ex) when (ex is DiscordApiException or TimeoutException)
        {
            return [DoctorLine.Fail($"Discord did not answer at {options.ApiBaseUrl} ({Said(ex)})", "check this machine's connection to Discord, and Discord:ApiBaseUrl if you changed it."), .. SkipTheRest("Discord did not answer")];
        }

        var lines = new List<DoctorLine> { DoctorLine.Pass($"Discord accepted the token (bot {bot.Username}, id {bot.Id})") };
        lines.Add(await IntentAsync(rest, options, ct));
        var (guildLine, configuredGuild) = await GuildAsync(rest, options.GuildId, bot.Id, ct);
        lines.Add(guildLine);
        lines.Add(await NotificationChannelAsync(rest, channelId, bot.Id, configuredGuild, ct));
        return lines;
    }

    /// <summary>The names of <paramref name="permissions"/> among those the notification channel needs, in settings order.</summary>
    internal static string Names(DiscordPermissions permissions) =>
        string.Join(", ", NotificationPermissions.Where(p => permissions.HasFlag(p.Permission)).Select(p => p.Name));

    private static IEnumerable<DoctorLine> SkipTheRest(string because) => Checks.Skip(1).Select(what => DoctorLine.Skipped(what, because));

    private static async Task<DoctorLine> IntentAsync(IDiscordRest rest, DiscordApiOptions options, CancellationToken ct)
    {
        if ((options.Intents & MessageContentIntent) == 0)
        {
            return DoctorLine.Pass("the Message Content intent is not asked for (Discord:Intents leaves it out, so chat commands work only when they mention the bot)");
        }

        try
        {
            return (await rest.GetCurrentApplicationAsync(ct)).HasMessageContentIntent
                ? DoctorLine.Pass("the Message Content intent is enabled")
                : DoctorLine.Fail("the Message Content intent is not enabled for this application", "switch on Message Content Intent in the Developer Portal (your application → Bot → Privileged Gateway Intents).");
        }
        catch (Exception ex) when (ex is DiscordApiException or TimeoutException)
        {
            return DoctorLine.Fail($"Discord did not tell the application's intents ({Said(ex)})", "run doctor again in a minute.");
        }
    }

    private static async Task<(DoctorLine Line, GuildAndMember? Guild)> GuildAsync(IDiscordRest rest, ulong? guildId, ulong botId, CancellationToken ct)
    {
        if (guildId is not { } id)
        {
            return (DoctorLine.Pass("no guild is configured (Discord:GuildId), so slash commands are registered globally"), null);
        }

        try
        {
            var guild = await GuildAndMember.LoadAsync(rest, id, botId, ct);
            return (DoctorLine.Pass($"the bot is in guild {guild.Guild.Name} ({id})"), guild);
        }
        catch (DiscordApiException ex) when (ex.Kind is DiscordErrorKind.NotFound or DiscordErrorKind.MissingAccess)
        {
            return (DoctorLine.Fail($"the bot is not in guild {id} ({Said(ex)})", $"{InviteFix}, or set Discord:GuildId to a guild it is in."), null);
        }
        catch (Exception ex) when (ex is DiscordApiException or TimeoutException)
        {
            return (DoctorLine.Fail($"Discord did not tell whether the bot is in guild {id} ({Said(ex)})", "run doctor again in a minute."), null);
        }
    }

    private static async Task<DoctorLine> NotificationChannelAsync(IDiscordRest rest, ulong? channelId, ulong botId, GuildAndMember? configuredGuild, CancellationToken ct)
    {
        if (channelId is not { } id)
        {
            return DoctorLine.Pass("no notification channel is configured (Notifications:ChannelId), so results of scheduled backups are only logged");
        }

        DiscordChannel channel;
        try
        {
            channel = await rest.GetChannelAsync(id, ct);
        }
        catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.NotFound)
        {
            return DoctorLine.Fail($"Discord knows no channel {id} ({Said(ex)})", "set Notifications:ChannelId to a text channel's id (with Developer Mode on, right-click the channel → Copy Channel ID).");
        }
        catch (DiscordApiException ex) when (ex.Kind == DiscordErrorKind.MissingAccess)
        {
            return DoctorLine.Fail($"the bot cannot see notification channel {id} ({Said(ex)})", "allow View Channel for the bot's role in that channel (Edit Channel → Permissions), or fix Notifications:ChannelId.");
        }
        catch (Exception ex) when (ex is DiscordApiException or TimeoutException)
        {
            return DoctorLine.Fail($"Discord did not show notification channel {id} ({Said(ex)})", "run doctor again in a minute.");
        }

        var name = $"#{channel.Name} ({id})";
        if (channel.GuildId is not { } guildId)
        {
            return DoctorLine.Fail($"notification channel {name} is not a server channel", "set Notifications:ChannelId to a text channel of your server.");
        }

        GuildAndMember guild;
        try
        {
            guild = configuredGuild?.Guild.Id == guildId ? configuredGuild : await GuildAndMember.LoadAsync(rest, guildId, botId, ct);
        }
        catch (Exception ex) when (ex is DiscordApiException or TimeoutException)
        {
            return DoctorLine.Fail($"the bot is not a member of the server of notification channel {name} ({Said(ex)})", $"{InviteFix}, or fix Notifications:ChannelId.");
        }

        var granted = PermissionCalculator.InChannel(guild.Guild, guild.Member, channel);
        var missing = NotificationPermissions.Aggregate(DiscordPermissions.None, (all, p) => all | p.Permission) & ~granted;
        return missing == DiscordPermissions.None
            ? DoctorLine.Pass($"in notification channel {name} the bot has {Names(granted)}")
            : DoctorLine.Fail(
                $"in notification channel {name} the bot lacks {Names(missing)}",
                "allow them for the bot's role in that channel (Edit Channel → Permissions) or in Server Settings → Roles.");
    }

    /// <summary>What Discord answered, briefly: <c>404 Unknown Guild</c>, or the network error.</summary>
    private static string Said(Exception ex) => ex switch
    {
        // The client's message ends with Discord's own: "Discord GET guilds/{guild_id} failed with HTTP 404, code 10004: Unknown Guild".
        DiscordApiException { StatusCode: { } status } api => $"{(int)status} {api.Message[(api.Message.LastIndexOf(": ", StringComparison.Ordinal) is var at and >= 0 ? at + 2 : 0)..]}",
        DiscordApiException { InnerException: { } inner } => inner.Message.TrimEnd('.'),
        _ => ex.Message.TrimEnd('.'),
    };

    /// <summary>A guild with its roles, and the bot as its member (with the bot's roles).</summary>
    private sealed record GuildAndMember(DiscordGuild Guild, DiscordGuildMember Member)
    {
        public static async Task<GuildAndMember> LoadAsync(IDiscordRest rest, ulong guildId, ulong botId, CancellationToken ct)
        {
            var guild = await rest.GetGuildAsync(guildId, ct);
            return new GuildAndMember(guild, await rest.GetGuildMemberAsync(guildId, botId, ct));
        }
    }
}
