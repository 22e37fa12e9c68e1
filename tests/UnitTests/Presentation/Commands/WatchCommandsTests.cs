using ServerStatus.Application.Watch;
using ServerStatus.Presentation.Discord.Commands;
using ServerStatus.Presentation.Discord.Commands.Watch;

namespace ServerStatus.UnitTests.Presentation.Commands;

/// <summary>How <c>alerts</c> and <c>maintenance</c> read their words, in chat and as slash options.</summary>
public sealed class WatchCommandsTests
{
    [Fact]
    public void ReadsTheMuteButtonsCommand_AsAnHourOfMute()
    {
        var message = Prepare("alerts mute mc for 1h").ShouldBeOfType<MuteAlerts>();

        (message.Change, message.For).ShouldBe((MuteChange.Mute, (TimeSpan?)TimeSpan.FromHours(1)));
        message.Names.ShouldBe(["mc"]);
    }

    [Theory]
    [InlineData("maintenance on mc web for 2h upgrading the map", new[] { "mc", "web" }, 120, "upgrading the map")]
    [InlineData("maintenance on * reason host upgrade", new[] { "*" }, 0, "host upgrade")]
    [InlineData("maintenance on mc for 30m", new[] { "mc" }, 30, "")]
    [InlineData("maintenance on mc for 1d reason disk swap", new[] { "mc" }, 1440, "disk swap")]
    [InlineData("maintenance on mc", new[] { "mc" }, 0, "")]
    public void ReadsServersDurationAndReason(string typed, string[] names, int minutes, string reason)
    {
        var message = Prepare(typed).ShouldBeOfType<ChangeMaintenance>();

        message.Names.ShouldBe(names);
        message.For.ShouldBe(minutes == 0 ? null : TimeSpan.FromMinutes(minutes));
        message.Reason.ShouldBe(reason);
    }

    [Fact]
    public void ReadsAChannelMentionOrId_ThenTheServers()
    {
        var mention = Prepare("alerts channel <#123456789012345678> mc web").ShouldBeOfType<SetAlertRoute>();
        var id = Prepare("alerts channel 123456789012345678 *").ShouldBeOfType<SetAlertRoute>();

        mention.ChannelId.ShouldBe(123456789012345678UL);
        mention.Names.ShouldBe(["mc", "web"]);
        id.ChannelId.ShouldBe(123456789012345678UL);
        id.Names.ShouldBe(["*"]);
    }

    [Theory]
    [InlineData("alerts mute mc for soon", "`for` needs a duration such as `30m`, `2h` or `1d`, not `soon`.")]
    [InlineData("alerts mute mc for 1h because", "Only `for <duration>` may follow the servers, not `because`.")]
    [InlineData("alerts channel mc", "Name the channel first, then the servers: `alerts channel #ops mc web` (or `*` for all servers).")]
    [InlineData("alerts off", "Name servers, or `*` for all of them.")]
    [InlineData("maintenance off mc for 1h", "`maintenance off` takes only servers.")]
    [InlineData("alerts list now", "`alerts list` takes no arguments.")]
    public void SaysWhatIsWrong_WithUnreadableWords(string typed, string problem)
    {
        var words = CommandTokenizer.Split(typed).Value;

        var prepared = CommandCatalog.Default.Find(words[0]).ShouldNotBeNull().Prepare(CommandArguments.FromTokens(words.Skip(1)));

        prepared.Problem.ShouldBe(problem);
    }

    [Fact]
    public void RoutesTheFirstWord_ToTheSiblingThatNeedsItsOwnPermission()
    {
        var list = Prepare("alerts");
        var mute = CommandCatalog.Default.Find("alerts_mute").ShouldNotBeNull();

        list.ShouldBeOfType<ListAlerts>();
        CommandCatalog.Default.Find("alerts").ShouldNotBeNull().Requirement.ShouldBe(CommandRequirement.Admins);
        mute.Requirement.ShouldBe(new CommandRequirement(false, ServerStatus.Domain.Permissions.Permission.Restart));
        Prepare("maintenance list").ShouldBeOfType<ListMaintenance>();
    }

    private static object? Prepare(string typed)
    {
        var words = CommandTokenizer.Split(typed).Value;
        var prepared = CommandCatalog.Default.Find(words[0]).ShouldNotBeNull().Prepare(CommandArguments.FromTokens(words.Skip(1)));
        return prepared.Run.ShouldNotBeNull(prepared.Problem).Message;
    }
}
