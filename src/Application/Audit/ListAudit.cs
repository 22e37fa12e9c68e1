using System.Globalization;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Audit;

namespace ServerStatus.Application.Audit;

/// <summary>The newest <paramref name="Count"/> audit rows, only those naming <paramref name="Server"/> when given. Admins only.</summary>
public sealed record ListAudit(string? Server = null, int Count = ListAudit.DefaultCount) : IQuery<Result<AuditView>>, IAdminOnly, IAuditable
{
    public const int DefaultCount = 10;
    public const int MaxCount = 100;

    public string AuditArguments => Server is null
        ? Count.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Server} {Count}");

    /// <summary>None: reading the log does not act on the server, and would crowd out its real rows.</summary>
    public IReadOnlyList<string> AuditServers => [];
}

public sealed class ListAuditValidator : AbstractValidator<ListAudit>
{
    public ListAuditValidator()
    {
        RuleFor(x => x.Count).InclusiveBetween(1, ListAudit.MaxCount)
            .WithMessage($"Ask for 1 to {ListAudit.MaxCount} entries.");

        // Only checked when given (the When clause), so the null-forgiving operator is safe.
        RuleFor(x => x.Server!).ServerName().When(x => x.Server is not null);
    }
}

public sealed class ListAuditHandler(IAuditLog auditLog) : IQueryHandler<ListAudit, Result<AuditView>>
{
    public async ValueTask<Result<AuditView>> Handle(ListAudit query, CancellationToken cancellationToken)
    {
        var entries = await auditLog.RecentAsync(query.Server, query.Count, cancellationToken);
        return new AuditView(query.Server, [.. entries.Select(AuditLine.From)]);
    }
}

/// <summary>The newest audit rows first; <paramref name="Server"/> is the filter asked for, if any.</summary>
public sealed record AuditView(string? Server, IReadOnlyList<AuditLine> Lines);

/// <summary>One audit row as the admin sees it.</summary>
public sealed record AuditLine(
    DateTimeOffset At,
    ulong ActorId,
    bool IsSystem,
    ulong? GuildId,
    ulong? ChannelId,
    string Command,
    string Arguments,
    string Servers,
    AuditOutcome Outcome,
    TimeSpan Duration,
    string? ErrorId)
{
    public static AuditLine From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.At, entry.ActorId, entry.IsSystem, entry.GuildId, entry.ChannelId, entry.Command, entry.Arguments,
            entry.Servers, entry.Outcome, TimeSpan.FromMilliseconds(entry.DurationMs), entry.ErrorId);
    }
}
