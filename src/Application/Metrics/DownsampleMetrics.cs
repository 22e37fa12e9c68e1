using System.Globalization;

namespace ServerStatus.Application.Metrics;

/// <summary>
/// The hourly job (<c>downsample-metrics</c>): rolls raw samples older than <see cref="RawHours"/> hours up into
/// 15-minute minimum/average/maximum points and deletes roll-ups older than <paramref name="RetentionDays"/> days (the job
/// sends <c>Metrics:RetentionDays</c>).
/// </summary>
public sealed record DownsampleMetrics(int RetentionDays) : ICommand<Result<DownsampleReport>>, IAdminOnly, IAuditable
{
    public const int RawHours = 48;

    public string AuditArguments => RetentionDays.ToString(CultureInfo.InvariantCulture);
}

public sealed class DownsampleMetricsValidator : AbstractValidator<DownsampleMetrics>
{
    public DownsampleMetricsValidator() =>
        RuleFor(x => x.RetentionDays).InclusiveBetween(1, MetricsOptions.MaxRetentionDays)
            .WithMessage($"Keep the resource history for 1 to {MetricsOptions.MaxRetentionDays} days.");
}

public sealed class DownsampleMetricsHandler(IMetricsStore store, TimeProvider time) : ICommandHandler<DownsampleMetrics, Result<DownsampleReport>>
{
    public async ValueTask<Result<DownsampleReport>> Handle(DownsampleMetrics command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await store.DownsampleAsync(now.AddHours(-DownsampleMetrics.RawHours), now.AddDays(-command.RetentionDays), cancellationToken);
    }
}
