using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.IntegrationTests.Host;

/// <summary><c>uptime</c> counts from the host's start: the composition starts the runtime clock with the host, not at the first question.</summary>
public sealed class BotRuntimeStartTests
{
    [Fact]
    public void StartsTheRuntimeClock_WithTheHost()
    {
        var directory = Directory.CreateTempSubdirectory("serverstatus-runtime-");
        try
        {
            var (host, _) = TestApp.Build(TestApp.Settings(new DockerSandbox(), Path.Combine(directory.FullName, "serverstatus.db")));
            using (host)
            {
                var runtime = host.Services.GetRequiredService<BotRuntime>();

                host.Services.GetServices<IHostedService>().ShouldContain(runtime);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
