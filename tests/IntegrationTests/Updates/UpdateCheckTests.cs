using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Domain.Permissions;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;

namespace ServerStatus.IntegrationTests.Updates;

/// <summary>
/// Detecting newer images end to end: a real registry on loopback, images pushed to it through the real engine, servers
/// created from them, the bot against the fake Discord. Each test pushes to a repository of its own.
/// </summary>
public sealed class UpdateCheckTests(UpdateCheckTests.Setup fixture) : BotTests<UpdateCheckTests.Setup>(fixture)
{
    private const ulong AlertChannel = 870_000_000_000_000_001;
    private const ulong Member = 41_001;
    private const ulong Stranger = 41_002;

    [Fact]
    public async Task TheJobAnnouncesANewerImageOnce_AndSkipThisVersionEditsTheMessage()
    {
        await ServerWithNewerImageAsync("game");

        await RunCheckJobAsync();
        var announced = AnnouncementsAbout("game").ShouldHaveSingleItem();
        var text = FakeDiscordServer.Text(announced);
        text.ShouldContain("a newer image is available");
        text.ShouldContain($"{Fixture.Registry.Host}/test/game:latest");
        await RunCheckJobAsync();

        AnnouncementsAbout("game").ShouldHaveSingleItem().Id.ShouldBe(announced.Id);
        RequestsOfThisTest.Count(r => r.Method == "PATCH" && r.Path.EndsWith(announced.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)).ShouldBe(0);

        var token = await Discord.ClickAsync(TestApp.AdminId, announced.Id, FakeDiscordServer.Button(announced, "update:skip"));
        var answer = await Discord.WaitForAnswerAsync(token);
        (FakeDiscordServer.Text(answer.Callbacks[0]) + (answer.Original is { } original ? FakeDiscordServer.Text(original) : "")).ShouldContain("skipped");
        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(announced).Contains("this version is skipped", StringComparison.Ordinal),
            "the announcement says the version was skipped", seen: () => FakeDiscordServer.Text(announced));
        announced.Components.ShouldBeEmpty();
        (await Discord.AskAsync(TestApp.AdminId, "$updates")).ShouldContain($"skipped by <@{TestApp.AdminId}>");
    }

    [Fact]
    public async Task TheJobUpdatesAServerLabelledAuto_InsideTheWindow_NotOneInMaintenance_AndTellsTheAlertChannel()
    {
        var auto = new Dictionary<string, string> { [UpdateLabels.Update] = "auto" };
        var (_, newer) = await ServerWithNewerImageAsync("manual", new() { ["selfupdating"] = auto, ["resting"] = auto });
        (await Discord.AskAsync(TestApp.AdminId, "$maintenance on resting for 1h new mods")).ShouldContain("resting");

        await RunCheckJobAsync();

        var updated = await Sandbox.InspectAsync($"ss-{Sandbox.Id}-selfupdating");
        Sandbox.Adopt(updated.ID);
        updated.Image.ShouldBe(newer);
        updated.State.ShouldNotBeNull().Running.ShouldBeTrue();
        Discord.Rest.MessagesIn(AlertChannel).ShouldContain(m => FakeDiscordServer.Text(m).Contains("Automatic update of **selfupdating** done", StringComparison.Ordinal));
        (await Sandbox.InspectAsync($"ss-{Sandbox.Id}-manual")).Image.ShouldNotBe(newer);
        (await Sandbox.InspectAsync($"ss-{Sandbox.Id}-resting")).Image.ShouldNotBe(newer);
        Discord.Rest.MessagesIn(AlertChannel).ShouldNotContain(m => FakeDiscordServer.Text(m).Contains("Automatic update of **resting**", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheUpdateButtonRunsUpdateAsTheClicker_WhoIsAskedToConfirm()
    {
        await ServerWithNewerImageAsync("clicked");
        await RunCheckJobAsync();
        var announced = AnnouncementsAbout("clicked").ShouldHaveSingleItem();

        var token = await Discord.ClickAsync(TestApp.AdminId, announced.Id, FakeDiscordServer.Button(announced, "update:run"));
        var answer = await Discord.WaitForAnswerAsync(token);

        var text = FakeDiscordServer.Text(answer.Callbacks[0]) + (answer.Original is { } original ? FakeDiscordServer.Text(original) : "");
        text.ShouldContain("Please confirm");
        text.ShouldContain("Update **local/clicked** to the newest image?");
    }

    [Fact]
    public async Task UpdateCheckAnswersPerServer_NeverChecksAServerLabelledNever_AndSaysWhyAnImportedImageCannotBeChecked()
    {
        var (current, newer) = await ServerWithNewerImageAsync("arena", new() { ["frozen"] = new Dictionary<string, string> { [UpdateLabels.Update] = "never" } });

        await Sandbox.CreateServerAsync("imported");

        var reply = await Discord.AskAsync(TestApp.AdminId, "$update check arena frozen imported");

        reply.ShouldContain("**local/arena** has a newer image");
        reply.ShouldContain($"has a newer image: {await RepoDigestAsync(current)} (created ");
        reply.ShouldContain($"→ {await RepoDigestAsync(newer)} (created ");
        reply.ShouldContain("**local/frozen** is not checked: its label `serverstatus.update=never` opts it out");
        reply.ShouldContain("**local/imported** cannot be checked: its image `serverstatus-test/busybox:1` was built or imported on the engine");
        AnnouncementsAbout("arena").ShouldHaveSingleItem();
        AnnouncementsAbout("frozen").ShouldBeEmpty();
    }

    [Fact]
    public async Task RefusesUpdateCheckWithoutTheUpdatePermission_AndListsUpdatesOnlyToWhoMaySeeTheServer()
    {
        await ServerWithNewerImageAsync("hidden");
        await Sandbox.CreateServerAsync("other");
        await new TestGrants(Fixture.Services).GrantAsync(Subject.User(Member), Permission.Status, "hidden");
        await new TestGrants(Fixture.Services).GrantAsync(Subject.User(Stranger), Permission.Status, "other");

        var refused = await Discord.AskAsync(Member, "$update check hidden");
        (await Discord.AskAsync(TestApp.AdminId, "$update check hidden")).ShouldContain("has a newer image");

        refused.ShouldContain("lack the `update` permission");
        (await Discord.AskAsync(Member, "$updates")).ShouldContain("**local/hidden**");
        (await Discord.AskAsync(Stranger, "$updates")).ShouldNotContain("hidden");
    }

    // v1 pushed, the server (and others, with their labels) created from it, then v2 pushed under the same tag: the ids of both images.
    private async Task<(string Current, string Newer)> ServerWithNewerImageAsync(string name, Dictionary<string, Dictionary<string, string>>? others = null)
    {
        var reference = await Fixture.Registry.PushAsync(Sandbox.Primary, $"test/{name}", "latest", "v1");
        var current = (await Sandbox.Primary.Images.InspectImageAsync(reference)).ID;
        await Sandbox.CreateServerAsync(name, image: reference);
        foreach (var (other, labels) in others ?? [])
        {
            await Sandbox.CreateServerAsync(other, image: reference, labels: labels);
        }

        await Fixture.Registry.PushAsync(Sandbox.Primary, $"test/{name}", "latest", "v2");
        return (current, (await Sandbox.Primary.Images.InspectImageAsync(reference)).ID);
    }

    private async Task<string> RepoDigestAsync(string image) =>
        ServerStatus.Domain.Updates.ImageDigests.Abbreviate((await Sandbox.Primary.Images.InspectImageAsync(image)).RepoDigests.ShouldHaveSingleItem());

    private async Task RunCheckJobAsync()
    {
        var done = JobsDone();
        Fixture.Services.GetRequiredService<IJobScheduler>().TriggerNow("check-updates");
        await Eventually.HoldsAsync(() => JobsDone() > done, "the check-updates job ran", TimeSpan.FromSeconds(30),
            seen: () => string.Join("\n", Fixture.Logs.Entries.TakeLast(20).Select(e => e.Text)));
    }

    private int JobsDone() => Fixture.Logs.Entries.Count(e => e.Text.Contains("Job check-updates done", StringComparison.Ordinal));

    private List<FakeMessage> AnnouncementsAbout(string server) =>
        [.. Discord.Rest.MessagesIn(AlertChannel).Where(m => FakeDiscordServer.Text(m).Contains($"local/{server}:", StringComparison.Ordinal))];

    public sealed class Setup : BotFixture
    {
        private LocalRegistry? _registry;

        public LocalRegistry Registry => _registry ?? throw new InvalidOperationException("The registry has not started.");

        protected override async Task BeforeStartAsync() => _registry = await LocalRegistry.StartAsync();

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Alerts:ChannelId"] = AlertChannel.ToString(CultureInfo.InvariantCulture);
            settings["Updates:JitterMinutes"] = "0";
            settings["Updates:AutoWindow"] = "* * * * *"; // always open
            settings["Updates:ProbationSeconds"] = "2";
            settings["Updates:AnnounceSeconds"] = "0";
        }

        protected override async Task CleanUpAsync()
        {
            if (_registry is not null)
            {
                await _registry.DisposeAsync();
            }
        }
    }
}
