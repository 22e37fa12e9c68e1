using ServerStatus.Application.Games;
using ServerStatus.Domain.Servers;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers (the overview, the card, incidents, player-aware power actions) rely on from <see cref="IPlayerCounts"/>
/// and <see cref="IRecentPlayerCounts"/>: no source reads NoSource, a source that answers reads its count, maximum and
/// names, a source that fails reads Unknown (never an exception), and the last known count is remembered without asking.
/// </summary>
public abstract class PlayerCountsContract
{
    protected abstract IPlayerCounts Counts { get; }

    protected abstract IRecentPlayerCounts Recent { get; }

    /// <summary>A running server whose labels name no player source.</summary>
    protected abstract Task<ServerId> CreateServerWithoutSourceAsync(string name);

    /// <summary>A running server whose source answers with these players (all listed by name) and maximum.</summary>
    protected abstract Task<ServerId> CreateServerWithPlayersAsync(string name, IReadOnlyList<string> players, int max);

    /// <summary>A running server whose source never answers.</summary>
    protected abstract Task<ServerId> CreateServerWithSilentSourceAsync(string name);

    [Fact]
    public async Task ReadsNoSource_WhenTheServerNamesNone()
    {
        var server = await CreateServerWithoutSourceAsync("plain");

        var reading = await Counts.ReadAsync(server, default);

        reading.ShouldBe(PlayerReading.NoSource);
    }

    [Fact]
    public async Task ReadsCountMaximumAndNames_WhenTheSourceAnswers()
    {
        var server = await CreateServerWithPlayersAsync("game", ["alice", "bob", "carol"], 20);

        var reading = await Counts.ReadAsync(server, default);

        reading.Kind.ShouldBe(PlayerReadingKind.Known);
        var count = reading.Count.ShouldNotBeNull();
        (count.Online, count.Max).ShouldBe((3, (int?)20));
        count.Names.ShouldBe(["alice", "bob", "carol"], ignoreOrder: true);
        reading.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public async Task ReadsUnknown_WhenTheSourceNeverAnswers()
    {
        var server = await CreateServerWithSilentSourceAsync("silent");

        var reading = await Counts.ReadAsync(server, default);

        reading.ShouldBe(PlayerReading.Unknown);
    }

    [Fact]
    public async Task RemembersTheLastKnownCount_WithoutAsking()
    {
        var server = await CreateServerWithPlayersAsync("remembered", ["dave"], 8);
        var before = Recent.Last(server);

        await Counts.ReadAsync(server, default);

        before.ShouldBeNull();
        Recent.Last(server).ShouldNotBeNull().Count.Online.ShouldBe(1);
    }
}
