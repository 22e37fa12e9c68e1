namespace ServerStatus.IntegrationTests.Support;

/// <summary>Tests of the bot's composition without the Discord edge, sharing one app per class (see <see cref="HostTests{TFixture}"/>).</summary>
public abstract class AppTests<TFixture>(TFixture fixture) : HostTests<TFixture>(fixture)
    where TFixture : AppFixture
{
    protected TestApp App => Fixture.App;
}
