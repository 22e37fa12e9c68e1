using DiscordApi.Gateway;

namespace ServerStatus.UnitTests.DiscordApi.Gateway;

public sealed class GatewaySessionTests
{
    [Fact]
    public void CanResume_WhenReadyAndADispatchWereSeen()
    {
        var session = new GatewaySession();

        session.TryAdvance(1);
        session.Start("abc", new Uri("wss://resume.example/"));

        session.CanResume.ShouldBeTrue();
        session.Sequence.ShouldBe(1);
    }

    [Fact]
    public void RefusesSequence_WhenAlreadySeen()
    {
        var session = new GatewaySession();
        session.TryAdvance(5).ShouldBeTrue();

        session.TryAdvance(5).ShouldBeFalse();
        session.TryAdvance(3).ShouldBeFalse();
        session.Sequence.ShouldBe(5);
    }

    [Fact]
    public void ForgetsEverything_WhenCleared()
    {
        var session = new GatewaySession();
        session.TryAdvance(7);
        session.Start("abc", new Uri("wss://resume.example/"));

        session.Clear();

        session.CanResume.ShouldBeFalse();
        session.SessionId.ShouldBeNull();
        session.Sequence.ShouldBeNull();
        session.ResumeUrl.ShouldBeNull();
        session.TryAdvance(1).ShouldBeTrue();
    }
}
