using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;
using ServerStatus.Presentation.Discord.Notifications.Incidents;
using ServerStatus.TestSupport;
using ServerStatus.TestSupport.Fakes;
using ServerStatus.UnitTests.Fakes;

namespace ServerStatus.UnitTests.Presentation.Notifications;

public sealed class DiscordIncidentPublisherTests : IAsyncDisposable
{
    private const ulong Channel = 500;
    private static readonly DateTimeOffset At = new(2026, 12, 3, 3, 12, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(At);
    private readonly RecordingDiscordRest _rest = new();
    private readonly InMemoryIncidentStore _store = new();
    private readonly ServiceProvider _services;
    private readonly DiscordIncidentPublisher _publisher;

    public DiscordIncidentPublisherTests()
    {
        _services = new ServiceCollection().AddSingleton<IIncidentStore>(_store).BuildServiceProvider();
        _publisher = new DiscordIncidentPublisher(_rest, _services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new AlertsOptions()), _time, NullLogger<DiscordIncidentPublisher>.Instance);
    }

    [Fact]
    public async Task PostsANewIncident_AndEditsThatMessageWhenItRecovers()
    {
        var incident = await SavedAsync("mc");

        _publisher.Publish(incident);
        await Eventually.HoldsAsync(() => incident.MessageId is not null, "the post is recorded");
        incident.Recover(At.AddMinutes(2), "restarted by <@42>");
        _publisher.Publish(incident);

        await Eventually.HoldsAsync(() => _rest.Calls.Count == 2, "the edit", seen: () => string.Join(" | ", _rest.Calls));
        _rest.Calls[0].ShouldStartWith("create");
        _rest.Calls[1].ShouldStartWith($"edit {incident.MessageId}");
        _rest.LastMessage.ShouldNotBeNull().Embeds[0].Description.ShouldNotBeNull().ShouldContain("🟢 back");
    }

    [Fact]
    public async Task PostsOneMessageListingThem_WhenManyServersFailAtOnce()
    {
        var incidents = new List<Incident>();
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            incidents.Add(await SavedAsync(name));
        }

        foreach (var incident in incidents)
        {
            _publisher.Publish(incident);
        }

        await Eventually.HoldsAsync(() => _rest.LastMessage?.Embeds[0].Title?.Contains("5 servers", StringComparison.Ordinal) == true, "one message lists the five", seen: () => string.Join(" | ", _rest.Calls));
        _rest.Calls.Count(c => c.StartsWith("create", StringComparison.Ordinal)).ShouldBe(1);
        incidents.Select(i => i.MessageId).Distinct().ShouldHaveSingleItem();
        _rest.LastMessage.ShouldNotBeNull().Components.SelectMany(r => r.Buttons).Count().ShouldBe(5);
    }

    [Fact]
    public async Task PostsANewMessage_WhenTheLastNewIncidentIsOlderThanTheStormWindow()
    {
        var first = await SavedAsync("early");
        _publisher.Publish(first);
        await Eventually.HoldsAsync(() => first.MessageId is not null, "the first post is recorded");
        _time.Advance(TimeSpan.FromSeconds(new AlertsOptions().StormWindowSeconds + 1));

        var second = await SavedAsync("late");
        _publisher.Publish(second);

        await Eventually.HoldsAsync(() => second.MessageId is not null, "the second post is recorded");
        second.MessageId.ShouldNotBe(first.MessageId);
        _rest.Calls.Count(c => c.StartsWith("create", StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task PostsTheIncidentAgain_WhenItsMessageWasDeleted()
    {
        var incident = await SavedAsync("mc");
        _publisher.Publish(incident);
        await Eventually.HoldsAsync(() => incident.MessageId is not null, "the post is recorded");
        var first = incident.MessageId;
        _rest.FailEdits = true;

        incident.Recover(At.AddMinutes(2), "started outside ServerStatus");
        _publisher.Publish(incident);

        await Eventually.HoldsAsync(() => incident.MessageId != first, "the repost is recorded", seen: () => string.Join(" | ", _rest.Calls));
        _rest.Calls.Select(c => c.Split(':')[0]).ShouldBe(["create", $"edit {first} refused", "create"]);
    }

    [Fact]
    public async Task RecordsAPostDiscordTook_EvenWhenTheBotStopsMeanwhile()
    {
        var incident = await SavedAsync("mc");
        Task? stopping = null;
        _rest.WhileCreating = () => stopping = _publisher.DisposeAsync().AsTask();

        _publisher.Publish(incident);
        await Eventually.HoldsAsync(() => stopping is not null, "the post is sent");
        await stopping!;

        incident.MessageId.ShouldNotBeNull("a message not recorded is posted a second time at the next start");
    }

    public async ValueTask DisposeAsync()
    {
        await _publisher.DisposeAsync();
        await _services.DisposeAsync();
    }

    private async Task<Incident> SavedAsync(string name)
    {
        var incident = Incident.ForServer(new IncidentFacts(IncidentKind.Crashed, "local", "local/" + name, name, "c-" + name) { ExitCode = 3 }, At);
        incident.RouteTo(Channel);
        await _store.SaveAsync(incident, default);
        return incident;
    }
}
