namespace DiscordApi.Guilds;

/// <summary>
/// Discord's permission bits (roles, overwrites, computed permissions); the ones a bot like ours asks about are named,
/// any other bit keeps its value. Discord sends them as decimal strings.
/// </summary>
[Flags]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1028", Justification = "Discord's permission bits do not fit 32 bits.")]
public enum DiscordPermissions : ulong
{
    None = 0,
    CreateInstantInvite = 1UL << 0,
    KickMembers = 1UL << 1,
    BanMembers = 1UL << 2,

    /// <summary>Grants every permission and bypasses channel overwrites.</summary>
    Administrator = 1UL << 3,
    ManageChannels = 1UL << 4,
    ManageGuild = 1UL << 5,
    AddReactions = 1UL << 6,
    ViewAuditLog = 1UL << 7,
    PrioritySpeaker = 1UL << 8,
    Stream = 1UL << 9,
    ViewChannel = 1UL << 10,
    SendMessages = 1UL << 11,
    SendTtsMessages = 1UL << 12,
    ManageMessages = 1UL << 13,
    EmbedLinks = 1UL << 14,
    AttachFiles = 1UL << 15,
    ReadMessageHistory = 1UL << 16,
    MentionEveryone = 1UL << 17,
    UseExternalEmojis = 1UL << 18,
    ManageRoles = 1UL << 28,
    ManageWebhooks = 1UL << 29,
    UseApplicationCommands = 1UL << 31,

    /// <summary>Every bit: what the guild owner and administrators have.</summary>
    All = ulong.MaxValue,
}
