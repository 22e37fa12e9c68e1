using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>
/// Tests of the whole bot against its fake Discord, sharing one bot per class (see <see cref="HostTests{TFixture}"/>).
/// The fake keeps what earlier tests of the class sent, so a test looks at its own messages (by id, user or channel)
/// and at <see cref="RequestsOfThisTest"/>.
/// </summary>
public abstract class BotTests<TFixture>(TFixture fixture) : HostTests<TFixture>(fixture)
    where TFixture : BotFixture
{
    private int _requestsBefore;

    protected BotUnderTest Bot => Fixture.Bot;

    protected FakeDiscordServer Discord => Fixture.Discord;

    /// <summary>The requests the fake Discord received since this test began.</summary>
    protected IReadOnlyList<FakeRequest> RequestsOfThisTest => [.. Discord.Rest.Requests.Skip(_requestsBefore)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _requestsBefore = Discord.Rest.Requests.Count;
    }
}
