using System.Text;
using ServerStatus.Infrastructure.Games;

namespace ServerStatus.UnitTests.Infrastructure.Games;

public sealed class A2sProtocolTests
{
    [Fact]
    public void AsksForInfo_WithTheChallengeAppendedOnceGiven()
    {
        var first = A2sProtocol.InfoRequest([]);
        var second = A2sProtocol.InfoRequest([1, 2, 3, 4]);

        first.ShouldBe([0xFF, 0xFF, 0xFF, 0xFF, 0x54, .. "Source Engine Query\0"u8.ToArray()]);
        second.ShouldBe([.. first, 1, 2, 3, 4]);
    }

    [Fact]
    public void AsksForPlayers_WithMinusOneUntilChallenged()
    {
        A2sProtocol.PlayerRequest([]).ShouldBe([0xFF, 0xFF, 0xFF, 0xFF, 0x55, 0xFF, 0xFF, 0xFF, 0xFF]);
        A2sProtocol.PlayerRequest([9, 8, 7, 6]).ShouldBe([0xFF, 0xFF, 0xFF, 0xFF, 0x55, 9, 8, 7, 6]);
    }

    [Fact]
    public void ReadsTheChallenge_OnlyFromAChallengeAnswer()
    {
        A2sProtocol.Challenge([0x41, 1, 2, 3, 4]).ShouldBe([1, 2, 3, 4]);
        A2sProtocol.Challenge([0x49, 1, 2, 3, 4]).ShouldBeNull();
        A2sProtocol.Challenge([0x41, 1]).ShouldBeNull();
    }

    [Fact]
    public void ReadsPlayersAndMaximum_FromASourceInfoAnswer()
    {
        byte[] info = [0x49, 17, .. Text("My server"), .. Text("de_dust2"), .. Text("csgo"), .. Text("Counter-Strike"), 0xDA, 0x02, 12, 24, 1, (byte)'d', (byte)'l', 0, 1, .. Text("1.0")];

        A2sProtocol.ParseInfo(info).ShouldBe((12, 24));
    }

    [Fact]
    public void ReadsPlayersAndMaximum_FromAGoldSourceInfoAnswer()
    {
        byte[] info = [0x6D, .. Text("127.0.0.1:27015"), .. Text("Old"), .. Text("crossfire"), .. Text("valve"), .. Text("Half-Life"), 3, 16, 47];

        A2sProtocol.ParseInfo(info).ShouldBe((3, 16));
    }

    [Theory]
    [InlineData(new byte[] { 0x49, 17, (byte)'n', (byte)'o' })]
    [InlineData(new byte[] { 0x49 })]
    [InlineData(new byte[] { 0x44, 0 })]
    [InlineData(new byte[0])]
    public void RefusesATruncatedOrForeignInfoAnswer(byte[] payload) =>
        Should.Throw<GameQueryException>(() => A2sProtocol.ParseInfo(payload));

    [Fact]
    public void ReadsTheNames_LeavingOutPlayersStillConnecting()
    {
        byte[] players = [0x44, 3, 0, .. Text("alice"), .. Score(), 1, .. Text(""), .. Score(), 2, .. Text("bøb"), .. Score()];

        A2sProtocol.ParsePlayers(players).ShouldBe(["alice", "bøb"]);
    }

    [Fact]
    public void RefusesAPlayerListShorterThanItsCount()
    {
        byte[] players = [0x44, 2, 0, .. Text("alice"), .. Score()];

        Should.Throw<GameQueryException>(() => A2sProtocol.ParsePlayers(players));
    }

    [Fact]
    public void JoinsSplitPackets_InWhateverOrderTheyCome()
    {
        byte[] whole = [0xFF, 0xFF, 0xFF, 0xFF, 0x44, 1, 0, .. Text("carol"), .. Score()];
        var assembler = new A2sSplitAssembler();

        var afterSecond = assembler.Add(Split(7, 2, 1, whole[8..]));
        var afterFirst = assembler.Add(Split(7, 2, 0, whole[..8]));

        afterSecond.ShouldBeNull();
        afterFirst.ShouldBe(whole[4..]);
        A2sProtocol.ParsePlayers(afterFirst).ShouldBe(["carol"]);
    }

    [Fact]
    public void RefusesCompressedOrImpossibleSplitPackets()
    {
        Should.Throw<GameQueryException>(() => new A2sSplitAssembler().Add(Split(unchecked((int)0x80000007), 2, 0, [1])));
        Should.Throw<GameQueryException>(() => new A2sSplitAssembler().Add(Split(7, 2, 2, [1])));
        Should.Throw<GameQueryException>(() => new A2sSplitAssembler().Add(Split(7, 0, 0, [1])));
        Should.Throw<GameQueryException>(() => new A2sSplitAssembler().Add([0xFE, 0xFF, 0xFF, 0xFF, 1]));
    }

    [Fact]
    public void RefusesJoinedPacketsThatDoNotStartLikeAnAnswer()
    {
        var assembler = new A2sSplitAssembler();

        Should.Throw<GameQueryException>(() => assembler.Add(Split(3, 1, 0, [0x44, 0])));
    }

    private static byte[] Text(string text) => [.. Encoding.UTF8.GetBytes(text), 0];

    private static byte[] Score() => [.. BitConverter.GetBytes(10), .. BitConverter.GetBytes(1.5f)];

    private static byte[] Split(int id, byte total, byte number, byte[] part) =>
        [0xFE, 0xFF, 0xFF, 0xFF, .. BitConverter.GetBytes(id), total, number, .. BitConverter.GetBytes((short)1248), .. part];
}
