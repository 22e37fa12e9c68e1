using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.Infrastructure.Persistence;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// <c>alerts</c> and <c>maintenance</c> end to end: the fake Discord, a real engine and SQLite, the end-maintenance job
/// run by real Hangfire. Every test starts without routes, mutes or windows (the shared bot's reset).
/// </summary>
public sealed class WatchCommandTests(WatchCommandTests.Setup fixture) : BotTests<WatchCommandTests.Setup>(fixture)
{
    private const ulong AlertChannel = 830_000_000_000_000_001;
    private const ulong NotificationChannel = 830_000_000_000_000_002;
    private const ulong OpsChannel = 830_000_000_000_000_003;
    private const ulong Caretaker = 41_001;
    private const ulong Watcher = 41_002;
    private int _alertsBefore;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _alertsBefore = Discord.Rest.MessagesIn(AlertChannel).Count;
    }

    [Fact]
    public async Task ShowsMaintenanceOnTheOverviewAndCard_AndRefusesANonAdminsRestart_ButNotAnAdmins()
    {
        var id = await Sandbox.CreateServerAsync("mc");
        await Bot.GrantAsync(Subject.User(Caretaker), Permission.Restart, "mc");
        await Bot.GrantAsync(Subject.User(Caretaker), Permission.Status, "mc");

        var on = await SayAsync("$maintenance on mc for 2h upgrading the map");
        var overview = await SayAsync("$status");
        var card = await SayAsync("$status mc");
        var refused = await SayAsync("$restart mc", Caretaker);
        var listed = await SayAsync("$maintenance list", Caretaker);
        var restarted = await SayAsync("$restart mc");

        on.ShouldContain("**mc** — in maintenance until");
        overview.ShouldContain("**mc**");
        overview.ShouldContain("🛠 maintenance until <t:");
        overview.ShouldContain("upgrading the map");
        card.ShouldContain("🛠 Maintenance");
        card.ShouldContain("upgrading the map");
        refused.ShouldContain("**mc** — is in maintenance until");
        refused.ShouldContain("UTC: upgrading the map. Ask an admin.");
        listed.ShouldContain("**local/mc** — until <t:");
        restarted.ShouldContain("**mc** — restarted");
        (await Sandbox.StateAsync(id)).Running.ShouldBeTrue();
        var audit = await AuditRowsAsync("mc");
        audit.ShouldContain(r => r.Command == "maintenance on" && r.Arguments == "mc for 2h: upgrading the map" && r.Outcome == AuditOutcome.Ok);
        audit.ShouldContain(r => r.Command == "restart" && r.ActorId == Caretaker);
    }

    [Fact]
    public async Task EndsAWindowByItselfThroughTheJob_AndTellsTheAlertChannel()
    {
        await Sandbox.CreateServerAsync("mc");
        (await SayAsync("$maintenance on mc for 1m upgrading the map")).ShouldContain("in maintenance until");
        await ShiftWindowsIntoThePastAsync(TimeSpan.FromMinutes(2)); // the minute has passed, without waiting for it

        Bot.App.Services.GetRequiredService<IJobScheduler>().TriggerNow("end-maintenance");

        await Eventually.HoldsAsync(() => Alerts().Count == 1, "the end is posted in the alert channel", TimeSpan.FromSeconds(30));
        Alerts()[0].ShouldBe("🛠 Maintenance of **mc** ended (was: upgrading the map).");
        (await SayAsync("$maintenance list")).ShouldContain("No server you may see is in maintenance.");
        Discord.Rest.MessagesIn(NotificationChannel).ShouldNotContain(m => (m.Content ?? "").Contains("Maintenance of", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RoutesSilencesMutesAndLists_AsThePolicyAnswers()
    {
        await Sandbox.CreateServerAsync("mc");
        await Sandbox.CreateServerAsync("web");
        await Bot.GrantAsync(Subject.User(Caretaker), Permission.Restart, "mc");
        await Bot.GrantAsync(Subject.User(Watcher), Permission.Status, "mc");

        var routed = await SayAsync($"$alerts channel <#{OpsChannel}> mc");
        var before = await DestinationAsync("mc");
        var off = await SayAsync("$alerts off web");
        var muted = await SayAsync("$alerts mute mc for 1h", Caretaker);
        var refused = await SayAsync("$alerts mute mc", Watcher);
        var listed = await SayAsync("$alerts list");
        var deniedList = await SayAsync("$alerts list", Caretaker);

        routed.ShouldContain(Invariant($"Incidents of these servers go to <#{OpsChannel}>"));
        before.ShouldBe(AlertDestination.Channel(OpsChannel));
        off.ShouldContain("**web** — alerts are off");
        muted.ShouldContain("**mc** — muted until");
        refused.ShouldContain("lack the `restart` permission");
        listed.ShouldContain(Invariant($"Default: <#{AlertChannel}>, from the settings"));
        listed.ShouldContain(Invariant($"**local/mc** → <#{OpsChannel}>"));
        listed.ShouldContain("**local/web** — alerts off");
        listed.ShouldContain(Invariant($"**local/mc** muted until <t:"));
        listed.ShouldContain(Invariant($"by <@{Caretaker}>"));
        deniedList.ShouldContain("Only admins may use this command");
        (await DestinationAsync("mc")).SilencedBecause.ShouldNotBeNull().ShouldStartWith(Invariant($"muted until "));
        (await DestinationAsync("web")).ShouldBe(AlertDestination.Silenced("alerts are off for it"));

        (await SayAsync("$alerts unmute mc", Caretaker)).ShouldContain("**mc** — unmuted");
        (await SayAsync("$alerts on web")).ShouldContain("**web** — alerts follow the default route again");
        (await DestinationAsync("web")).ShouldBe(AlertDestination.Channel(AlertChannel));
        (await DestinationAsync("mc")).ShouldBe(AlertDestination.Channel(OpsChannel));
    }

    [Fact]
    public async Task SetsTheDefaultRouteAndAWindow_BySlashCommand()
    {
        await Sandbox.CreateServerAsync("mc");

        var routed = await SlashAsync("alerts_channel", new { channel = OpsChannel.ToString(CultureInfo.InvariantCulture), servers = "*" });
        var on = await SlashAsync("maintenance_on", new { servers = "mc", @for = "3h", reason = "new mods" });

        routed.ShouldContain("**all servers (*)** — incidents go to the channel");
        on.ShouldContain("**mc** — in maintenance until");
        (await SayAsync("$maintenance")).ShouldContain("new mods");
        (await DestinationAsync("web")).ShouldBe(AlertDestination.Channel(OpsChannel));
        (await DestinationAsync("mc")).SilencedBecause.ShouldNotBeNull().ShouldEndWith("new mods");
    }

    private Task<string> SayAsync(string text, ulong userId = TestApp.AdminId) => Discord.AskAsync(userId, text);

    private async Task<string> SlashAsync(string command, object options)
    {
        var interaction = await Discord.WaitForAnswerAsync(await Discord.SlashAsync(TestApp.AdminId, command, options));
        return FakeDiscordServer.Text(interaction.Original ?? throw new InvalidOperationException($"/{command} got no answer"));
    }

    private List<string> Alerts() => [.. Discord.Rest.MessagesIn(AlertChannel).Skip(_alertsBefore).Select(m => m.Content ?? "")];

    private async Task<AlertDestination> DestinationAsync(string server)
    {
        await using var scope = Bot.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAlertPolicy>().DestinationForAsync(new ServerId("local", "unused", server), CancellationToken.None);
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditRowsAsync(string server)
    {
        await using var scope = Bot.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecentAsync(server, 100, CancellationToken.None);
    }

    private async Task ShiftWindowsIntoThePastAsync(TimeSpan by)
    {
        await using var scope = Bot.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServerStatusDbContext>();
        foreach (var window in await db.MaintenanceWindows.ToListAsync())
        {
            var until = window.Until ?? throw new InvalidOperationException("The window has an end.");
            window.Restart(window.Reason, until - window.StartedAt, window.StartedBy, window.StartedAt - by);
        }

        await db.SaveChangesAsync();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Incidents and maintenance notices in their own channel, scheduled results in the notification channel.</summary>
    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Alerts:ChannelId"] = AlertChannel.ToString(CultureInfo.InvariantCulture);
            settings["Notifications:ChannelId"] = NotificationChannel.ToString(CultureInfo.InvariantCulture);
        }
    }
}
