using Microsoft.Extensions.Logging;
using ServerStatus.Infrastructure.Scheduling;

namespace ServerStatus.UnitTests.Infrastructure.Scheduling;

public sealed class HostLogProviderTests
{
    [Fact]
    public void WritesThroughTheHostsLoggers_WhileTheHostLives()
    {
        using var factory = LoggerFactory.Create(_ => { });
        var provider = new HostLogProvider(factory);

        Should.NotThrow(() => provider.GetLogger("Hangfire.Server").Log(Hangfire.Logging.LogLevel.Info, () => "started"));
    }

    [Fact]
    public void StaysSilent_InsteadOfThrowing_OnceTheHostsLoggerFactoryIsDisposed()
    {
        var factory = LoggerFactory.Create(_ => { });
        var provider = new HostLogProvider(factory);
        factory.Dispose();

        var log = provider.GetLogger("Hangfire.Client");

        log.Log(Hangfire.Logging.LogLevel.Warn, () => "after the host").ShouldBeFalse();
    }
}
