using ServerStatus.Application.Metrics;

namespace ServerStatus.TestSupport.Contracts;

/// <summary>
/// What callers rely on from an <see cref="IMetricsStore"/>: raw samples read back per server and time range, oldest
/// first; downsampling rolls whole 15-minute buckets up into minimum/average/maximum points (read before the raw samples
/// that follow them), merges late samples into their bucket and deletes expired roll-ups; network and block I/O are read
/// as rates, since the sample before (raw) or over the bucket (roll-ups). Every fact names servers of
/// its own; downsampling affects every server, so each downsampling fact works in a year of its own before 2000 (the
/// only one that checks the counts of its run in the earliest) and raw-only facts after 2030.
/// </summary>
public abstract class MetricsStoreContract
{
    private static readonly DateTimeOffset Raw = new(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test; a persistent one answers each call from a fresh unit of work.</summary>
    protected abstract IMetricsStore Store();

    [Fact]
    public async Task ReadsRawSamplesOldestFirst_WhenAddedOutOfOrder()
    {
        var server = ContractIds.Name("mc");
        await Store().AddAsync([Sample(server, Raw.AddSeconds(60), 20, 2000), Sample(server, Raw, null, 1000, limit: 4096)], default);
        await Store().AddAsync([Sample(server, Raw.AddSeconds(30), 12.5, 1500)], default);

        var points = await Store().ReadAsync(server, Raw, Raw.AddMinutes(1), default);

        points.ShouldBe(
        [
            new MetricPoint(Raw, TimeSpan.Zero, null, null, null, 1000, 1000, 1000, 4096),
            new MetricPoint(Raw.AddSeconds(30), TimeSpan.Zero, 12.5, 12.5, 12.5, 1500, 1500, 1500, null, Idle(30)),
            new MetricPoint(Raw.AddSeconds(60), TimeSpan.Zero, 20, 20, 20, 2000, 2000, 2000, null, Idle(30)),
        ]);
    }

    [Fact]
    public async Task ReadsOnlyTheServerWithinTheRange_BoundsIncluded()
    {
        var (server, other) = (ContractIds.Name("mc"), ContractIds.Name("web"));
        await Store().AddAsync(
        [
            Sample(server, Raw.AddSeconds(-1), 1, 1), Sample(server, Raw, 2, 2), Sample(server, Raw.AddMinutes(5), 3, 3),
            Sample(server, Raw.AddMinutes(5).AddSeconds(1), 4, 4), Sample(other, Raw.AddMinutes(1), 5, 5),
        ], default);

        var points = await Store().ReadAsync(server, Raw, Raw.AddMinutes(5), default);

        points.Select(p => p.CpuAverage).ShouldBe([2, 3]);
    }

    [Fact]
    public async Task ReadsTheNewestSampleOfEachNamedServer_WhenTakenSinceTheGivenTime()
    {
        var (server, other, stale, unnamed) = (ContractIds.Name("mc"), ContractIds.Name("web"), ContractIds.Name("old"), ContractIds.Name("db"));
        var since = Raw.AddDays(1);
        await Store().AddAsync(
        [
            Sample(server, since.AddSeconds(30), 12, 300), Sample(server, since.AddSeconds(60), 40, 400, limit: 1024), Sample(server, since, 1, 100),
            Sample(other, since, null, 200), Sample(stale, since.AddSeconds(-1), 5, 5), Sample(unnamed, since.AddSeconds(90), 7, 7),
        ], default);

        var latest = await Store().LatestAsync([server, other, stale], since, default);

        latest.Count.ShouldBe(2);
        latest[server].ShouldBe(new MetricPoint(since.AddSeconds(60), TimeSpan.Zero, 40, 40, 40, 400, 400, 400, 1024));
        latest[other].ShouldBe(new MetricPoint(since, TimeSpan.Zero, null, null, null, 200, 200, 200, null));
    }

    [Fact]
    public async Task RollsWholeBucketsUpIntoMinAverageMax_ReadBeforeTheRawSamples()
    {
        var server = ContractIds.Name("mc");
        var day = new DateTimeOffset(1990, 1, 1, 10, 0, 0, TimeSpan.Zero);
        await Store().AddAsync(
        [
            Sample(server, day, 10, 100, limit: 1000), Sample(server, day.AddMinutes(5), null, 200),
            Sample(server, day.AddMinutes(15).AddSeconds(-1), 40, 600, limit: 2000), Sample(server, day.AddMinutes(15), 7, 50),
            Sample(server, day.AddMinutes(31), 8, 80), Sample(server, day.AddMinutes(40), 9, 90),
        ], default);

        var report = await Store().DownsampleAsync(day.AddMinutes(40), day.AddYears(-1), default);
        var points = await Store().ReadAsync(server, day, day.AddHours(1), default);

        report.ShouldBe(new DownsampleReport(SamplesRolledUp: 4, RollupsWritten: 2, RollupsDeleted: 0));
        points.ShouldBe(
        [
            new MetricPoint(day, MetricRollup.Bucket, 10, 25, 40, 100, 300, 600, 2000, Idle(899)),
            new MetricPoint(day.AddMinutes(15), MetricRollup.Bucket, 7, 7, 7, 50, 50, 50, null),
            new MetricPoint(day.AddMinutes(31), TimeSpan.Zero, 8, 8, 8, 80, 80, 80, null),
            new MetricPoint(day.AddMinutes(40), TimeSpan.Zero, 9, 9, 9, 90, 90, 90, null, Idle(540)),
        ]);
    }

    [Fact]
    public async Task MergesALateSampleIntoItsBucket_WhenDownsampledAgain()
    {
        var server = ContractIds.Name("mc");
        var bucket = new DateTimeOffset(1995, 6, 1, 10, 0, 0, TimeSpan.Zero);
        await Store().AddAsync([Sample(server, bucket.AddMinutes(1), 10, 100), Sample(server, bucket.AddMinutes(2), 20, 200)], default);
        await Store().DownsampleAsync(bucket.AddHours(1), bucket.AddYears(-1), default);
        await Store().AddAsync([Sample(server, bucket.AddMinutes(3), 60, 600)], default);

        await Store().DownsampleAsync(bucket.AddHours(1), bucket.AddYears(-1), default);
        var points = await Store().ReadAsync(server, bucket, bucket.AddHours(1), default);

        points.ShouldBe([new MetricPoint(bucket, MetricRollup.Bucket, 10, 30, 60, 100, 300, 600, null, Idle(60))]);
    }

    [Fact]
    public async Task DeletesRollupsOlderThanTheRetention_KeepingNewerOnes()
    {
        var server = ContractIds.Name("mc");
        var start = new DateTimeOffset(1996, 1, 1, 1, 0, 0, TimeSpan.Zero);
        await Store().AddAsync([Sample(server, start, 1, 1), Sample(server, start.AddDays(2), 2, 2)], default);

        var report = await Store().DownsampleAsync(start.AddDays(3), start.AddDays(1), default);
        var points = await Store().ReadAsync(server, start.AddDays(-1), start.AddDays(3), default);

        report.RollupsDeleted.ShouldBeGreaterThanOrEqualTo(1);
        points.ShouldBe([new MetricPoint(start.AddDays(2), MetricRollup.Bucket, 2, 2, 2, 2, 2, 2, null)]);
    }

    [Fact]
    public async Task KeepsRecentSamplesRaw_WhenDownsampled()
    {
        var server = ContractIds.Name("mc");
        await Store().AddAsync([Sample(server, Raw.AddHours(1), 5, 50)], default);

        await Store().DownsampleAsync(Raw.AddYears(-31), Raw.AddYears(-32), default);
        var points = await Store().ReadAsync(server, Raw, Raw.AddHours(2), default);

        points.ShouldHaveSingleItem().Span.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task ReadsRawSamplesWithTheirIoRateSinceTheSampleBefore_CountingARestartFromZero()
    {
        var server = ContractIds.Name("mc");
        await Store().AddAsync([Io(server, Raw.AddDays(2), 1000, 0, 0, 0), Io(server, Raw.AddDays(2).AddSeconds(60), 7000, 1200, 600, 60)], default);
        await Store().AddAsync([Io(server, Raw.AddDays(2).AddSeconds(120), 600, 2400, 600, 120)], default);

        var points = await Store().ReadAsync(server, Raw.AddDays(2), Raw.AddDays(2).AddMinutes(2), default);

        points.Select(p => p.Io).ShouldBe([null, new IoRates(100, 20, 10, 1, 60), new IoRates(10, 20, 0, 1, 60)]);
    }

    [Fact]
    public async Task KeepsNetworkAndBlockIoAsRatesOverTheBucket_WhenRolledUp()
    {
        var server = ContractIds.Name("mc");
        var bucket = new DateTimeOffset(1991, 3, 1, 10, 0, 0, TimeSpan.Zero);
        await Store().AddAsync(
        [
            Io(server, bucket, 1000, 0, 0, 0), Io(server, bucket.AddSeconds(60), 7000, 1200, 0, 2400),
            Io(server, bucket.AddSeconds(120), 600, 2400, 0, 4800), Io(server, bucket.AddMinutes(15), 999_999, 999_999, 999_999, 999_999),
        ], default);

        await Store().DownsampleAsync(bucket.AddHours(1), bucket.AddYears(-1), default);
        var points = await Store().ReadAsync(server, bucket, bucket.AddHours(1), default);

        points.Select(p => p.Io).ShouldBe([new IoRates(55, 20, 0, 40, 120), null]);
    }

    [Fact]
    public async Task MergesTheIoRatesOfALateSample_WeightedByTheTimeEachCovers()
    {
        var server = ContractIds.Name("mc");
        var bucket = new DateTimeOffset(1993, 3, 1, 10, 0, 0, TimeSpan.Zero);
        await Store().AddAsync([Io(server, bucket, 0, 0, 0, 0), Io(server, bucket.AddSeconds(60), 6000, 0, 0, 0)], default);
        await Store().DownsampleAsync(bucket.AddHours(1), bucket.AddYears(-1), default);
        await Store().AddAsync([Io(server, bucket.AddMinutes(10), 1000, 0, 0, 0), Io(server, bucket.AddMinutes(15).AddSeconds(-1), 16_000, 0, 0, 0)], default);

        await Store().DownsampleAsync(bucket.AddHours(1), bucket.AddYears(-1), default);
        var io = (await Store().ReadAsync(server, bucket, bucket.AddHours(1), default)).ShouldHaveSingleItem().Io.ShouldNotBeNull();

        io.Seconds.ShouldBe(359, 1e-9);
        io.NetworkReceived.ShouldBe(((100.0 * 60) + (15_000.0 / 299 * 299)) / 359, 1e-9);
        (io.NetworkSent, io.BlockRead, io.BlockWritten).ShouldBe((0, 0, 0));
    }

    private static IoRates Idle(double seconds) => new(0, 0, 0, 0, seconds);

    private static MetricSample Io(string server, DateTimeOffset at, long received, long sent, long read, long written) =>
        new(server, at, 1, 1, null, received, sent, read, written);

    private static MetricSample Sample(string server, DateTimeOffset at, double? cpu, long memory, long? limit = null) =>
        new(server, at, cpu, memory, limit, 11, 12, 13, 14);
}
