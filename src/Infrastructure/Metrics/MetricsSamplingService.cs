using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Metrics;

namespace ServerStatus.Infrastructure.Metrics;

/// <summary>Runs the <see cref="MetricsSampler"/> while this instance is the active one, unless <c>Metrics:Enabled</c> is false.</summary>
public sealed partial class MetricsSamplingService(MetricsSampler sampler, IOptions<MetricsOptions> options, ILogger<MetricsSamplingService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            LogDisabled();
            return Task.CompletedTask;
        }

        LogSampling(options.Value.SampleSeconds);
        return sampler.RunAsync(stoppingToken);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Resource history is off (Metrics:Enabled is false)")]
    private partial void LogDisabled();

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Sampling the resources of running servers every {Seconds} s")]
    private partial void LogSampling(int seconds);
}
