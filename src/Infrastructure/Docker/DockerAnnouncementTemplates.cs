using Docker.DotNet;
using Microsoft.Extensions.Options;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers.Pending;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>Reads the label <c>serverstatus.announce</c> (the console line a server announces with, e.g. <c>say {message}</c>) by inspecting the container.</summary>
public sealed class DockerAnnouncementTemplates(DockerEngines engines, IOptions<DockerOptions> options) : IAnnouncementTemplates
{
    public const string Label = "serverstatus.announce";

    public async Task<Result<string?>> ReadAsync(ServerId server, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (engines.Find(server.Engine) is not { } engine)
        {
            return DockerFailures.NotConfigured(server.Engine, server.Name);
        }

        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
            deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.RequestTimeoutSeconds));
            var inspected = await engine.Client.Containers.InspectContainerAsync(server.ContainerId, deadline.Token);
            return inspected.Config?.Labels is { } labels && labels.TryGetValue(Label, out var template) && !string.IsNullOrWhiteSpace(template)
                ? template.Trim()
                : Result<string?>.Success(null);
        }
        catch (DockerContainerNotFoundException)
        {
            return Error.NotFound($"No server named `{server.Name}`.", server.Name);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && DockerFailures.IsEngineFailure(ex))
        {
            return DockerFailures.Describe(engine, ex, server.Name);
        }
    }
}
