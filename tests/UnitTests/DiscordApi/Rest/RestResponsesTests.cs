using System.Text.Json;
using DiscordApi.Guilds;
using DiscordApi.Rest;

namespace ServerStatus.UnitTests.DiscordApi.Rest;

public sealed class RestResponsesTests
{
    [Theory]
    [InlineData(1 << 19, true)]
    [InlineData(1 << 18, true)]
    [InlineData((1 << 19) | (1 << 15), true)]
    [InlineData(1 << 15, false)]
    [InlineData(0, false)]
    public void ReadsTheMessageContentIntent_FromTheApplicationFlags(int flags, bool enabled)
    {
        using var json = JsonDocument.Parse($$"""{"id":"5","name":"bot","flags":{{flags}}}""");

        RestResponses.Application(json.RootElement).HasMessageContentIntent.ShouldBe(enabled);
    }

    [Fact]
    public void ReadsNoFlags_WhenTheApplicationHasNone()
    {
        using var json = JsonDocument.Parse("""{"id":"5","name":"bot"}""");

        RestResponses.Application(json.RootElement).Flags.ShouldBe(ApplicationFlags.None);
    }

    [Fact]
    public void ReadsRolesWithPermissionStrings_WhenReadingAGuild()
    {
        using var json = JsonDocument.Parse("""
            {"id":"10","name":"g","owner_id":"11","unknown":1,"roles":[
              {"id":"10","name":"@everyone","permissions":"1024","position":0},
              {"id":"12","name":"big","permissions":"2251799813685248","position":3}]}
            """);

        var guild = RestResponses.Guild(json.RootElement);

        (guild.Id, guild.Name, guild.OwnerId).ShouldBe((10UL, "g", 11UL));
        guild.EveryoneRole.ShouldBe(new DiscordRole(10, "@everyone", DiscordPermissions.ViewChannel, 0));
        guild.Roles[1].Permissions.ShouldBe((DiscordPermissions)(1UL << 51));
        guild.Roles[1].Position.ShouldBe(3);
    }

    [Fact]
    public void ReadsOverwritesOfRolesAndMembers_WhenReadingAChannel()
    {
        using var json = JsonDocument.Parse("""
            {"id":"20","type":0,"guild_id":"10","name":"backups","permission_overwrites":[
              {"id":"10","type":0,"allow":"0","deny":"2048"},
              {"id":"11","type":1,"allow":"8192","deny":"0"},
              {"id":"12","type":"member","allow":"64","deny":"0"}]}
            """);

        var channel = RestResponses.Channel(json.RootElement);

        channel.GuildId.ShouldBe(10UL);
        channel.Name.ShouldBe("backups");
        channel.PermissionOverwrites.ShouldBe(
        [
            new PermissionOverwrite(10, PermissionOverwriteType.Role, DiscordPermissions.None, DiscordPermissions.SendMessages),
            new PermissionOverwrite(11, PermissionOverwriteType.Member, DiscordPermissions.ManageMessages, DiscordPermissions.None),
            new PermissionOverwrite(12, PermissionOverwriteType.Member, DiscordPermissions.AddReactions, DiscordPermissions.None),
        ]);
    }

    [Fact]
    public void ReadsNoGuild_WhenTheChannelIsADirectMessage()
    {
        using var json = JsonDocument.Parse("""{"id":"20","type":1,"recipients":[]}""");

        var channel = RestResponses.Channel(json.RootElement);

        channel.GuildId.ShouldBeNull();
        channel.PermissionOverwrites.ShouldBeEmpty();
    }
}
