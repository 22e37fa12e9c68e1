using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Ports;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.Presentation.Discord.Doctor;

/// <summary>
/// Every configured Docker engine, through the bot's own engine adapter: version, API version, and the servers its
/// discovery finds. An engine that fails is described with its address (the adapter's answers name the engine only).
/// </summary>
public sealed class EngineChecks(IContainerEngine engine, EngineHealthCheck health, IOptions<DockerOptions> options)
{
    private const string Fix = "start Docker or fix Docker:Engines.";

    public async Task<IReadOnlyList<DoctorLine>> RunAsync(CancellationToken ct)
    {
        var settings = options.Value;
        var versions = engine.GetVersionsAsync(ct);
        var unreachable = health.DescribeUnreachableAsync(ct);
        var inventory = await engine.ListServersAsync(ct);
        var withAddresses = await unreachable;
        var discovery = Discovery(settings.Discovery);
        return [.. (await versions).Select(version =>
        {
            var problem = version.Problem ?? inventory.Problems.FirstOrDefault(p => p.Engine == version.Engine)?.Message;
            if (problem is not null)
            {
                return DoctorLine.Fail(withAddresses.GetValueOrDefault(version.Engine, problem).TrimEnd('.'), Fix);
            }

            var endpoint = settings.EffectiveEngines.First(e => e.Name == version.Engine).Endpoint;
            var servers = inventory.Servers.Count(s => s.Id.Engine == version.Engine);
            return DoctorLine.Pass(
                $"Docker engine `{version.Engine}` at {endpoint} answers: Docker {version.Version}, API {version.ApiVersion}, {servers} {(servers == 1 ? "server" : "servers")} discovered ({discovery})");
        })];
    }

    private static string Discovery(DiscoveryOptions discovery) => discovery.Mode switch
    {
        DiscoveryMode.Label => $"discovery: label {discovery.Label}",
        DiscoveryMode.AllowList => $"discovery: allow list of {discovery.AllowList.Count}",
        _ => "discovery: all containers",
    };
}
