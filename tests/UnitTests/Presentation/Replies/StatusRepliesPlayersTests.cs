using ServerStatus.Application.Games;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Servers.GetServerStatus;
using ServerStatus.Domain.Servers;
using ServerStatus.Presentation.Discord.Replies;

namespace ServerStatus.UnitTests.Presentation.Replies;

public sealed class StatusRepliesPlayersTests
{
    private static readonly ServerId Mc = new("local", "id-mc", "mc");
    private static readonly ServerId Web = new("local", "id-web", "web");
    private static readonly ServerId Quiet = new("local", "id-quiet", "quiet");

    [Fact]
    public void ShowsCountAndMaximum_UnknownAsAQuestionMark_AndNothingWithoutASource()
    {
        var overview = new StatusOverview([Summary(Mc), Summary(Quiet), Summary(Web)], [], [])
        {
            Players = new Dictionary<string, PlayerReading>
            {
                [Mc.QualifiedName] = PlayerReading.Known(new PlayerCount(3, 20, [])),
                [Quiet.QualifiedName] = PlayerReading.Unknown,
            },
        };

        var lines = StatusReplies.OverviewLines(overview).ToList();

        lines[0].ShouldEndWith(" · 👥 3/20");
        lines[1].ShouldEndWith(" · 👥 ?");
        lines[2].ShouldNotContain("👥");
    }

    [Fact]
    public void ShowsTheCountAlone_WhenTheGameSaysNoMaximum() =>
        StatusReplies.Count(PlayerReading.Known(new PlayerCount(4, null, []))).ShouldBe("4");

    [Fact]
    public void ShowsTheNamesOnTheCard_AsPlainText_WithHowManyWereNotListed()
    {
        var card = Card() with { Players = PlayerReading.Known(new PlayerCount(5, 20, ["jeb_", "**bold**", "<@1>"])) };

        var field = StatusReplies.Card(card).Messages[0].Embeds[0].Fields.Single(f => f.Name == "Players");

        field.Value.ShouldBe("👥 5/20: jeb\\_, \\*\\*bold\\*\\*, \\<@1\\> and 2 more");
    }

    [Fact]
    public void ShowsNoPlayersField_WithoutASource_AndAQuestionMarkWhenUnknown()
    {
        StatusReplies.Card(Card()).Messages[0].Embeds[0].Fields.ShouldNotContain(f => f.Name == "Players");
        StatusReplies.PlayersField(PlayerReading.Unknown).ShouldBe("👥 ? (the game did not answer)");
    }

    private static ServerSummary Summary(ServerId id) => new(id, ServerState.Running, "Up 1 hour", HealthStatus.None, null, "img", TimeSpan.FromSeconds(30));

    private static ServerCard Card() => new(
        Summary(Mc),
        new ServerDetails(Mc, ServerState.Running, HealthStatus.None, "img", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, 0, null, null, null),
        null);
}
