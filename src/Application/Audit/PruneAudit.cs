using System.Globalization;

namespace ServerStatus.Application.Audit;

/// <summary>Removes audit rows older than <paramref name="OlderThanDays"/> days (the scheduled job sends <c>Audit:RetentionDays</c>).</summary>
public sealed record PruneAudit(int OlderThanDays) : ICommand<Result<AuditPruneReport>>, IAdminOnly, IAuditable
{
    /// <summary>A hundred years: the most <c>Audit:RetentionDays</c> may say.</summary>
    public const int MaxDays = 36500;

    public string AuditArguments => OlderThanDays.ToString(CultureInfo.InvariantCulture);
}

public sealed class PruneAuditValidator : AbstractValidator<PruneAudit>
{
    public PruneAuditValidator() =>
        RuleFor(x => x.OlderThanDays).InclusiveBetween(1, PruneAudit.MaxDays).WithMessage($"Keep audit rows for 1 to {PruneAudit.MaxDays} days.");
}

public sealed class PruneAuditHandler(IAuditLog auditLog, TimeProvider time) : ICommandHandler<PruneAudit, Result<AuditPruneReport>>
{
    public async ValueTask<Result<AuditPruneReport>> Handle(PruneAudit command, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().AddDays(-command.OlderThanDays);
        var removed = await auditLog.PruneAsync(before, cancellationToken);
        return new AuditPruneReport(removed, before);
    }
}

/// <summary>How many audit rows were removed, all older than <paramref name="Before"/>.</summary>
public sealed record AuditPruneReport(int Removed, DateTimeOffset Before);
