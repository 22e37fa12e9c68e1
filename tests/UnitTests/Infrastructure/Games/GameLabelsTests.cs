using Docker.DotNet.Models;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Games;

namespace ServerStatus.UnitTests.Infrastructure.Games;

public sealed class GameLabelsTests
{
    [Fact]
    public void ReadsAQuerySource_WithItsHostAndPort()
    {
        var (source, problem) = GameLabels.Source(new Dictionary<string, string>
        {
            [GameLabels.Query] = " A2S ",
            [GameLabels.QueryHost] = "games.example",
            [GameLabels.QueryPort] = "27016",
        });

        problem.ShouldBeNull();
        source.ShouldBe(new QuerySource(GameProtocol.A2s, "games.example", 27016));
    }

    [Fact]
    public void ReadsNoSource_WithoutPlayerLabels()
    {
        GameLabels.Source(new Dictionary<string, string> { ["serverstatus.name"] = "mc" }).ShouldBe((null, null));
        GameLabels.HasSource(new Dictionary<string, string> { ["serverstatus.name"] = "mc" }).ShouldBeFalse();
        GameLabels.HasSource(new Dictionary<string, string> { [GameLabels.PlayersCommand] = "list" }).ShouldBeTrue();
    }

    [Theory]
    [InlineData("quake", null, "not a query protocol")]
    [InlineData("minecraft", "0", "not a port")]
    [InlineData("minecraft", "70000", "not a port")]
    [InlineData("minecraft", "25565x", "not a port")]
    public void SaysWhyAQueryLabelCannotBeUsed(string protocol, string? port, string reason)
    {
        var labels = new Dictionary<string, string> { [GameLabels.Query] = protocol };
        if (port is not null)
        {
            labels[GameLabels.QueryPort] = port;
        }

        var (source, problem) = GameLabels.Source(labels);

        source.ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain(reason);
        GameLabels.Unusable(labels).ShouldHaveSingleItem().Reason.ShouldContain(reason);
    }

    [Theory]
    [InlineData(null, "needs serverstatus.players.pattern")]
    [InlineData("(unclosed", "is not a regular expression")]
    [InlineData(@"(\d+) online", "has no named group `count`")]
    public void SaysWhyAPlayersCommandCannotBeUsed(string? pattern, string reason)
    {
        var labels = new Dictionary<string, string> { [GameLabels.PlayersCommand] = "list" };
        if (pattern is not null)
        {
            labels[GameLabels.PlayersPattern] = pattern;
        }

        GameLabels.Source(labels).Problem.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void ReadsCountMaxAndNames_FromTheConsoleAnswer()
    {
        var source = (ConsoleSource)GameLabels.Source(new Dictionary<string, string>
        {
            [GameLabels.PlayersCommand] = "list",
            [GameLabels.PlayersPattern] = @"There are (?<count>\d+) of a max of (?<max>\d+) players online:\s*(?<names>.*)",
        }).Source!;

        var count = ConsolePlayerQuery.Parse(source.Pattern, "[12:00:01 INFO]: There are 2 of a max of 10 players online: alice, bob");
        var empty = ConsolePlayerQuery.Parse(source.Pattern, "There are 0 of a max of 10 players online: ");

        count.ShouldNotBeNull().ShouldSatisfyAllConditions(
            c => (c.Online, c.Max).ShouldBe((2, (int?)10)),
            c => c.Names.ShouldBe(["alice", "bob"]));
        empty.ShouldNotBeNull().Names.ShouldBeEmpty();
        ConsolePlayerQuery.Parse(source.Pattern, "Unknown command").ShouldBeNull();
    }

    [Fact]
    public void QueriesTheLabelledHostAsItIs()
    {
        var endpoint = GamePlayerCounts.Endpoint(new QuerySource(GameProtocol.Minecraft, "127.0.0.1", null), new Uri("tcp://docker.example:2376"), new ContainerInspectResponse());

        endpoint.ShouldBe(("127.0.0.1", 25565));
    }

    [Fact]
    public void QueriesTheEnginesHostOnThePublishedPort_ForARemoteEngine()
    {
        var inspected = new ContainerInspectResponse
        {
            NetworkSettings = new NetworkSettings
            {
                Ports = new Dictionary<string, IList<PortBinding>>
                {
                    ["27015/tcp"] = [new PortBinding { HostPort = "30000" }],
                    ["27015/udp"] = [new PortBinding { HostIP = "0.0.0.0", HostPort = "30015" }],
                },
            },
        };

        var endpoint = GamePlayerCounts.Endpoint(new QuerySource(GameProtocol.A2s, null, null), new Uri("tcp://docker.example:2376"), inspected);

        endpoint.ShouldBe(("docker.example", 30015));
        Should.Throw<GameQueryException>(() => GamePlayerCounts.Endpoint(new QuerySource(GameProtocol.Minecraft, null, null), new Uri("tcp://docker.example:2376"), inspected))
            .Message.ShouldContain("25565/tcp is not published");
    }

    [Fact]
    public void QueriesTheContainersAddress_ForTheLocalEngine()
    {
        var inspected = new ContainerInspectResponse
        {
            NetworkSettings = new NetworkSettings { Networks = new Dictionary<string, EndpointSettings> { ["bridge"] = new() { IPAddress = "172.17.0.5" } } },
        };

        var endpoint = GamePlayerCounts.Endpoint(new QuerySource(GameProtocol.Minecraft, null, 25570), new Uri("unix:///var/run/docker.sock"), inspected);

        endpoint.ShouldBe(("172.17.0.5", 25570));
        Should.Throw<GameQueryException>(() => GamePlayerCounts.Endpoint(new QuerySource(GameProtocol.Minecraft, null, null), new Uri("unix:///var/run/docker.sock"), new ContainerInspectResponse()))
            .Message.ShouldContain(GameLabels.QueryHost);
    }
}
