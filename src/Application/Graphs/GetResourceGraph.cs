using System.Globalization;
using ServerStatus.Application.Metrics;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Audit;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Servers;
using ServerStatus.Domain.Watch;

namespace ServerStatus.Application.Graphs;

/// <summary>
/// <c>graph &lt;servers...&gt; [range]</c>: CPU and memory of the servers over the range as a PNG chart, marked with the
/// incidents and the power actions, backups, restores, updates and rollbacks of the audit log in it. Needs <c>status</c> on each server.
/// <paramref name="Culture"/> names the language the time axis is written in (<c>de</c>, <c>en-US</c>; times stay UTC):
/// the asking user's where the interaction gives it, else null (invariant).
/// </summary>
public sealed record GetResourceGraph(IReadOnlyList<string> Names, GraphRange Range, string? Culture = null)
    : IQuery<Result<GraphReport>>, IServerScoped, IAuditable, IHasAuditName
{
    public const int MaxServers = 6;

    public const int MaxCultureLength = 35;

    public Permission Required => Permission.Status;

    public string AuditCommand => "graph";

    public string AuditArguments => $"{string.Join(' ', Names)} {Range.Label}";

    public IReadOnlyList<string> AuditServers => [.. Names.Distinct(StringComparer.OrdinalIgnoreCase)];
}

public sealed class GetResourceGraphValidator : AbstractValidator<GetResourceGraph>
{
    public GetResourceGraphValidator()
    {
        RuleFor(x => x.Names).ServerNames(required: true)
            .Must(names => names.Distinct(StringComparer.OrdinalIgnoreCase).Count() <= GetResourceGraph.MaxServers)
            .WithMessage($"Graph at most {GetResourceGraph.MaxServers} servers at once.");
        RuleFor(x => x.Culture).MaximumLength(GetResourceGraph.MaxCultureLength)
            .WithMessage($"A language name has at most {GetResourceGraph.MaxCultureLength} characters.");
        RuleFor(x => x.Range).Must(range => GraphRange.All.Contains(range))
            .WithMessage($"Say one of {string.Join(", ", GraphRange.All.Select(r => r.Label))}.");
    }
}

/// <summary>The chart (empty when no server has points in the range) and what it shows.</summary>
public sealed record GraphReport(IReadOnlyList<string> Servers, GraphRange Range, ReadOnlyMemory<byte> Png, IReadOnlyList<string> WithoutData, int Markers)
{
    public bool HasChart => !Png.IsEmpty;
}

public sealed class GetResourceGraphHandler(
    IContainerEngine engine,
    ServerResolver resolver,
    IMetricsStore metrics,
    IIncidentStore incidents,
    IAuditLog audit,
    IChartRenderer renderer,
    TimeProvider time) : IQueryHandler<GetResourceGraph, Result<GraphReport>>
{
    /// <summary>At most this many audit events are marked per server (the newest): far more than a chart can show apart.</summary>
    public const int MaxAuditMarkers = 2000;

    private static readonly Dictionary<string, MarkerKind> MarkedCommands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["start"] = MarkerKind.Power,
        ["stop"] = MarkerKind.Power,
        ["restart"] = MarkerKind.Power,
        ["kill"] = MarkerKind.Power,
        ["backup"] = MarkerKind.Backup,
        ["scheduled backup"] = MarkerKind.Backup,
        ["restore"] = MarkerKind.Restore,
        ["update"] = MarkerKind.Update,
        ["rollback"] = MarkerKind.Update,
    };

    public async ValueTask<Result<GraphReport>> Handle(GetResourceGraph query, CancellationToken cancellationToken)
    {
        var inventory = await engine.ListServersAsync(cancellationToken);
        var resolved = query.Names.Distinct(StringComparer.OrdinalIgnoreCase).Select(name => resolver.Resolve(inventory, name, query.Required)).ToList();
        var errors = resolved.Where(r => !r.IsSuccess).SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0)
        {
            return Result<GraphReport>.Fail(errors);
        }

        var servers = resolved.Select(r => r.Value.Id).Distinct().ToList();
        var to = time.GetUtcNow();
        var from = to - query.Range.Length;
        var names = Labels(servers);
        var series = new List<ChartSeries>();
        var markers = new List<ChartMarker>();
        foreach (var server in servers)
        {
            series.Add(new ChartSeries(names[server], await metrics.ReadAsync(server.QualifiedName, from, to, cancellationToken)));
            var prefix = servers.Count > 1 ? names[server] + ": " : "";
            markers.AddRange((await MarkersAsync(server, from, to, cancellationToken)).Select(m => m with { Label = prefix + m.Label }));
        }

        var shown = series.Where(s => s.Points.Count > 0).ToList();
        var withoutData = series.Where(s => s.Points.Count == 0).Select(s => s.Name).ToList();
        var labels = servers.Select(s => names[s]).ToList();
        if (shown.Count == 0)
        {
            return new GraphReport(labels, query.Range, ReadOnlyMemory<byte>.Empty, withoutData, 0);
        }

        var ordered = markers.OrderBy(m => m.At).ToList();
        var title = $"{string.Join(", ", labels)} · last {query.Range.Label} · UTC";
        var png = await renderer.RenderPngAsync(new ChartModel(title, from, to, series, ordered, query.Culture), cancellationToken);
        return new GraphReport(labels, query.Range, png, withoutData, ordered.Count);
    }

    /// <summary>The incidents opened in the range and the power actions, backups, restores, updates and rollbacks that worked.</summary>
    private async Task<List<ChartMarker>> MarkersAsync(ServerId server, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var markers = (await incidents.ListOfServerAsync(server.QualifiedName, from, to, ct))
            .Select(i => new ChartMarker(i.OpenedAt, MarkerKind.Incident, Describe(i)))
            .ToList();
        var entries = await audit.InRangeAsync([server.Name, server.QualifiedName], MarkedCommands.Keys, from, to, MaxAuditMarkers, ct);
        markers.AddRange(entries
            .Where(e => e.Outcome == AuditOutcome.Ok && MarkedCommands.ContainsKey(e.Command))
            .Select(e => new ChartMarker(e.At, MarkedCommands[e.Command], $"{e.Command} by {Who(e)}")));
        return markers;
    }

    // A user mention cannot render in an image: the user's id, or "system" for scheduled jobs.
    private static string Who(AuditEntry entry) => entry.IsSystem ? "system" : entry.ActorId.ToString(CultureInfo.InvariantCulture);

    private static string Describe(Incident incident) => incident.Kind switch
    {
        IncidentKind.Crashed => incident.ExitCode is { } code ? $"crash (exit {code.ToString(CultureInfo.InvariantCulture)})" : "crash",
        IncidentKind.Exited => "exited",
        IncidentKind.StoppedOutside => "stopped outside",
        IncidentKind.KilledOutside => "killed outside",
        IncidentKind.OutOfMemory => "OOM kill",
        IncidentKind.Unhealthy => "unhealthy",
        IncidentKind.CrashLoop => $"crash loop ({incident.Exits.ToString(CultureInfo.InvariantCulture)} exits)",
        _ => incident.Kind.ToString(),
    };

    // Plain names, unless two servers of the same name on different engines are drawn together.
    private static Dictionary<ServerId, string> Labels(IReadOnlyList<ServerId> servers) =>
        servers.ToDictionary(s => s, s => servers.Count(o => string.Equals(o.Name, s.Name, StringComparison.OrdinalIgnoreCase)) > 1 ? s.QualifiedName : s.Name);
}
