using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>Tests of the whole bot against its fake Discord, sharing one bot per class (see <see cref="HostTests{TFixture}"/>).</summary>
public abstract class BotTests<TFixture>(TFixture fixture) : HostTests<TFixture>(fixture)
    where TFixture : BotFixture
{
    protected BotUnderTest Bot => Fixture.Bot;

    protected FakeDiscordServer Discord => Fixture.Discord;
}
