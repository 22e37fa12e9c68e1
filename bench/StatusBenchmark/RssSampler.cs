namespace ServerStatus.StatusBenchmark;

/// <summary>A process's resident memory read from <c>/proc/&lt;pid&gt;/status</c> at a fixed pace until stopped; keeps the peak.</summary>
internal sealed class RssSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private double _peakMiB;

    private RssSampler(int pid, TimeSpan every) => _sampling = SampleAsync(pid, every);

    public static RssSampler Start(int pid, TimeSpan every) => new(pid, every);

    /// <summary>Stops sampling (after one last sample) and returns the highest resident size seen, in MiB.</summary>
    public async Task<double> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        return _peakMiB;
    }

    public void Dispose() => _stop.Dispose();

    private async Task SampleAsync(int pid, TimeSpan every)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            do
            {
                _peakMiB = Math.Max(_peakMiB, ProcessMemory.Of(pid).ResidentMiB);
            }
            while (await timer.WaitForNextTickAsync(_stop.Token));
        }
        catch (OperationCanceledException)
        {
            _peakMiB = Math.Max(_peakMiB, ProcessMemory.Of(pid).ResidentMiB);
        }
    }
}
