using DiscordApi.Guilds;
using DiscordApi.Rest;
using static DiscordApi.Guilds.DiscordPermissions;

namespace ServerStatus.UnitTests.DiscordApi.Guilds;

public sealed class PermissionCalculatorTests
{
    private const ulong GuildId = 100;
    private const ulong BotId = 200;
    private const ulong BotRole = 300;
    private const ulong OtherRole = 301;
    private const ulong OtherUser = 201;

    private static readonly DiscordGuildMember Bot = new(BotId, [BotRole, OtherRole], null);

    [Fact]
    public void CombinesEveryoneAndTheMembersRoles_WhenNoOverwrites()
    {
        var guild = Guild(everyone: ViewChannel, (BotRole, SendMessages), (OtherRole, EmbedLinks), (302, ManageMessages));

        var permissions = PermissionCalculator.InChannel(guild, Bot, Channel());

        permissions.ShouldBe(ViewChannel | SendMessages | EmbedLinks); // role 302 is not the bot's
    }

    [Fact]
    public void GrantsEverything_WhenTheMemberOwnsTheGuild()
    {
        var guild = Guild(everyone: None) with { OwnerId = BotId };

        PermissionCalculator.Base(guild, Bot).ShouldBe(All);
    }

    [Fact]
    public void IgnoresEveryOverwrite_WhenARoleGrantsAdministrator()
    {
        var guild = Guild(everyone: ViewChannel, (OtherRole, Administrator));
        var channel = Channel(Role(GuildId, deny: All), Role(BotRole, deny: All), Member(BotId, deny: All));

        PermissionCalculator.InChannel(guild, Bot, channel).ShouldBe(All);
    }

    [Fact]
    public void GrantsEverything_WhenEveryoneHasAdministrator()
    {
        var guild = Guild(everyone: Administrator);

        PermissionCalculator.Base(guild, new DiscordGuildMember(BotId, [], null)).ShouldBe(All);
    }

    [Fact]
    public void AppliesTheEveryoneOverwrite_BeforeRoleOverwrites()
    {
        var guild = Guild(everyone: ViewChannel | SendMessages);
        var channel = Channel(Role(GuildId, deny: SendMessages | ViewChannel), Role(BotRole, allow: ViewChannel));

        PermissionCalculator.InChannel(guild, Bot, channel).ShouldBe(ViewChannel);
    }

    [Fact]
    public void LetsARoleAllowWin_WhenAnotherOfTheMembersRolesDeniesTheSame()
    {
        var guild = Guild(everyone: ViewChannel);
        var channel = Channel(Role(OtherRole, allow: SendMessages), Role(BotRole, deny: SendMessages)); // the deny comes last

        PermissionCalculator.InChannel(guild, Bot, channel).ShouldBe(ViewChannel | SendMessages);
    }

    [Fact]
    public void LetsTheMembersOwnOverwriteWin_OverRoleOverwrites()
    {
        var guild = Guild(everyone: ViewChannel | SendMessages);
        var channel = Channel(Role(BotRole, allow: AttachFiles | EmbedLinks), Member(BotId, allow: SendMessages, deny: AttachFiles));

        PermissionCalculator.InChannel(guild, Bot, channel).ShouldBe(ViewChannel | SendMessages | EmbedLinks);
    }

    [Fact]
    public void IgnoresOverwrites_OfRolesAndMembersThatAreNotTheBots()
    {
        var guild = Guild(everyone: ViewChannel | SendMessages);
        var channel = Channel(Role(302, deny: SendMessages), Member(OtherUser, deny: ViewChannel), Role(BotId, deny: ViewChannel));

        PermissionCalculator.InChannel(guild, Bot, channel).ShouldBe(ViewChannel | SendMessages);
    }

    [Fact]
    public void DeniesWhatTheEveryoneOverwriteDenies_WhenNoRoleAllowsIt()
    {
        var guild = Guild(everyone: ViewChannel | SendMessages | AddReactions, (BotRole, EmbedLinks));
        var channel = Channel(Role(GuildId, deny: SendMessages));

        PermissionCalculator.InChannel(guild, Bot, channel).ShouldBe(ViewChannel | AddReactions | EmbedLinks);
    }

    private static DiscordGuild Guild(DiscordPermissions everyone, params (ulong Id, DiscordPermissions Permissions)[] roles) =>
        new(GuildId, "guild", OwnerId: 1, [new DiscordRole(GuildId, "@everyone", everyone, 0), .. roles.Select(r => new DiscordRole(r.Id, "role", r.Permissions, 1))]);

    private static DiscordChannel Channel(params PermissionOverwrite[] overwrites) => new(400, 0, GuildId, "backups", overwrites);

    private static PermissionOverwrite Role(ulong id, DiscordPermissions allow = None, DiscordPermissions deny = None) =>
        new(id, PermissionOverwriteType.Role, allow, deny);

    private static PermissionOverwrite Member(ulong id, DiscordPermissions allow = None, DiscordPermissions deny = None) =>
        new(id, PermissionOverwriteType.Member, allow, deny);
}
