using ServerStatus.Application.Watch;
using ServerStatus.Domain.Watch;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What the watch relies on from an <see cref="IIncidentStore"/>: an incident and every later change of it are read
/// back as written (from a fresh unit of work: each event is handled in its own), the newest incident of a server is
/// found, a grouped message's incidents are listed together, unposted incidents are found for a repost, and cursors
/// and baselines are kept per engine and per server. Every fact uses servers of its own.
/// </summary>
public abstract class IncidentStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 3, 12, 0, TimeSpan.Zero);

    /// <summary>The store under test; a persistent one answers each call from a fresh unit of work.</summary>
    protected abstract IIncidentStore Store();

    [Fact]
    public async Task ReadsBackAnIncident_WithEveryChangeWrittenSince()
    {
        var server = Server();
        var incident = Incident.ForServer(Facts(server, IncidentKind.Crashed) with { ExitCode = 3, LogTail = "boom", Changes = IncidentChange.Join([IncidentChange.Action("cmd", 42, At)]) }, At);
        incident.RouteTo(7);
        var store = Store();

        await store.SaveAsync(incident, default);
        var saved = (await Store().FindAsync(incident.Id, default)).ShouldNotBeNull();
        (saved.Kind, saved.ExitCode, saved.LogTail, saved.ChannelId, saved.MessageId, saved.Exits, saved.OpenedAt).ShouldBe((IncidentKind.Crashed, (int?)3, (string?)"boom", (ulong?)7, (ulong?)null, 1, At));
        saved.ChangeList.ShouldHaveSingleItem().ActorId.ShouldBe(42ul);

        saved.PostedAs(99);
        saved.Recover(At.AddMinutes(2), "restarted by <@42>");
        await Store().SaveAsync(saved, default);
        var recovered = (await Store().FindAsync(incident.Id, default)).ShouldNotBeNull();
        (recovered.MessageId, recovered.RecoveredAt, recovered.RecoveredBy).ShouldBe(((ulong?)99, (DateTimeOffset?)At.AddMinutes(2), (string?)"restarted by <@42>"));
    }

    [Fact]
    public async Task FindsTheNewestIncidentOfAServer()
    {
        var (server, other) = (Server(), Server());
        var store = Store();
        await store.SaveAsync(Incident.ForServer(Facts(server, IncidentKind.Crashed), At), default);
        var newer = Incident.ForServer(Facts(server, IncidentKind.Exited), At.AddHours(1));
        await store.SaveAsync(newer, default);
        await store.SaveAsync(Incident.ForServer(Facts(other, IncidentKind.Crashed), At.AddHours(2)), default);

        var latest = await Store().FindLatestAsync(server, default);

        latest.ShouldNotBeNull().Id.ShouldBe(newer.Id);
        (await Store().FindLatestAsync(Server(), default)).ShouldBeNull();
    }

    [Fact]
    public async Task ListsTheIncidentsOfOneMessage_AndTheUnpostedOnes()
    {
        var store = Store();
        var channel = (ulong)Random.Shared.NextInt64(1, long.MaxValue);
        var grouped = new[] { Routed(Server(), channel), Routed(Server(), channel) };
        var unposted = Routed(Server(), channel);
        foreach (var incident in grouped.Append(unposted))
        {
            await store.SaveAsync(incident, default);
        }

        foreach (var incident in grouped)
        {
            var read = (await Store().FindAsync(incident.Id, default)).ShouldNotBeNull();
            read.PostedAs(5);
            await Store().SaveAsync(read, default);
        }

        (await Store().ListByMessageAsync(channel, 5, default)).Select(i => i.Id).ShouldBe(grouped.Select(i => i.Id));
        (await Store().ListUnpostedAsync(At.AddMinutes(-1), default)).Select(i => i.Id).ShouldContain(unposted.Id);
        (await Store().ListUnpostedAsync(At.AddMinutes(1), default)).Select(i => i.Id).ShouldNotContain(unposted.Id);
    }

    [Fact]
    public async Task ListsTheIncidentsOfAServerOpenedInARange_OldestFirst()
    {
        var store = Store();
        var server = Server();
        var before = Incident.ForServer(Facts(server, IncidentKind.Crashed), At.AddHours(-3));
        var later = Incident.ForServer(Facts(server, IncidentKind.OutOfMemory), At.AddHours(1));
        var first = Incident.ForServer(Facts(server, IncidentKind.Unhealthy), At);
        var otherServer = Incident.ForServer(Facts(Server(), IncidentKind.Crashed), At);
        foreach (var incident in new[] { before, later, first, otherServer })
        {
            await store.SaveAsync(incident, default);
        }

        var listed = await Store().ListOfServerAsync(server, At.AddHours(-1), At.AddHours(1), default);

        listed.Select(i => i.Id).ShouldBe([first.Id, later.Id]);
    }

    [Fact]
    public async Task FindsAnEngineIncidentUntilItRecovers()
    {
        var engine = "engine-" + Guid.NewGuid().ToString("N")[..8];
        var down = Incident.ForEngine(engine, "not answering", At);
        down.RouteTo(7);
        await Store().SaveAsync(down, default);

        var open = (await Store().FindOpenEngineIncidentAsync(engine, default)).ShouldNotBeNull();
        open.Recover(At.AddMinutes(1), "answering again");
        await Store().SaveAsync(open, default);

        (await Store().FindOpenEngineIncidentAsync(engine, default)).ShouldBeNull();
    }

    [Fact]
    public async Task KeepsACursorPerEngine_AndABaselinePerServer()
    {
        var engine = "engine-" + Guid.NewGuid().ToString("N")[..8];
        var cursor = EventCursor.Start(engine);
        cursor.Advance(1_000, "a");
        await Store().SaveCursorAsync(cursor, default);
        var read = (await Store().FindCursorAsync(engine, default)).ShouldNotBeNull();
        read.Advance(1_000, "b");
        await Store().SaveCursorAsync(read, default);

        var again = (await Store().FindCursorAsync(engine, default)).ShouldNotBeNull();
        (again.HasSeen(1_000, "a"), again.HasSeen(1_000, "b"), again.HasSeen(1_000, "c"), again.HasSeen(999, "z")).ShouldBe((true, true, false, true));

        var server = Server();
        await Store().SaveBaselineAsync(ImageBaseline.Confirm(server, "sha256:old", At), default);
        var baseline = (await Store().FindBaselineAsync(server, default)).ShouldNotBeNull();
        baseline.Reconfirm("sha256:new", At.AddDays(1));
        await Store().SaveBaselineAsync(baseline, default);
        (await Store().FindBaselineAsync(server, default)).ShouldNotBeNull().ImageId.ShouldBe("sha256:new");
    }

    private static Incident Routed(string server, ulong channel)
    {
        var incident = Incident.ForServer(Facts(server, IncidentKind.Crashed), At);
        incident.RouteTo(channel);
        return incident;
    }

    private static IncidentFacts Facts(string server, IncidentKind kind) =>
        new(kind, server.Split('/')[0], server, server.Split('/')[1], "c-" + server.Split('/')[1]);

    private static string Server() => "local/s-" + Guid.NewGuid().ToString("N")[..10];
}
