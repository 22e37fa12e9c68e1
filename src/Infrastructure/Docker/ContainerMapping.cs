using Docker.DotNet.Models;
using ServerStatus.Application.Servers;
using ServerStatus.Application.Watch;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>Maps the engine's container models to ours.</summary>
public static class ContainerMapping
{
    public static ServerSummary ToSummary(string engine, ContainerListResponse container, TimeSpan defaultStopTimeout)
    {
        var containerName = container.Names?.FirstOrDefault()?.TrimStart('/') ?? container.ID[..12];
        var id = new ServerId(engine, container.ID, ServerLabels.DisplayName(containerName, container.Labels));
        var state = ContainerStateText.ParseState(container.State);
        return new ServerSummary(
            id,
            state,
            container.Status ?? "",
            ContainerStateText.HealthFromStatus(container.Status),
            state is ServerState.Exited or ServerState.Dead ? ContainerStateText.ExitCodeFromStatus(container.Status) : null,
            container.Image ?? "",
            ServerLabels.StopTimeoutOr(container.Labels, defaultStopTimeout))
        {
            HasPlayerSource = GameLabels.HasSource(container.Labels),
        };
    }

    public static ServerDetails ToDetails(ServerId server, ContainerInspectResponse inspected, ResourceUsage? usage)
    {
        var state = ContainerStateText.ParseState(inspected.State?.Status);
        var exited = state is ServerState.Exited or ServerState.Dead;
        return new ServerDetails(
            server,
            state,
            ContainerStateText.ParseHealth(inspected.State?.Health?.Status),
            inspected.Config?.Image ?? inspected.Image ?? "",
            new DateTimeOffset(DateTime.SpecifyKind(inspected.Created, DateTimeKind.Utc)),
            ContainerStateText.ParseTimestamp(inspected.State?.StartedAt),
            ContainerStateText.ParseTimestamp(inspected.State?.FinishedAt),
            inspected.RestartCount,
            exited ? (int?)inspected.State?.ExitCode : null,
            string.IsNullOrEmpty(inspected.State?.Error) ? null : inspected.State.Error,
            usage);
    }

    public static ContainerFacts ToFacts(ServerId server, ContainerInspectResponse inspected)
    {
        var state = ContainerStateText.ParseState(inspected.State?.Status);
        var memoryLimit = inspected.HostConfig?.Memory is > 0 and var limit ? limit : (long?)null;
        var lastHealth = inspected.State?.Health?.Log?.LastOrDefault()?.Output?.Trim();
        return new ContainerFacts(
            server,
            state,
            ContainerStateText.ParseHealth(inspected.State?.Health?.Status),
            inspected.Config?.Image ?? "",
            inspected.Image ?? "",
            ContainerStateText.ParseTimestamp(inspected.State?.StartedAt),
            ContainerStateText.ParseTimestamp(inspected.State?.FinishedAt),
            inspected.RestartCount,
            state is ServerState.Exited or ServerState.Dead ? (int?)inspected.State?.ExitCode : null,
            inspected.State?.OOMKilled == true,
            memoryLimit,
            RestartPolicyText(inspected.HostConfig?.RestartPolicy?.Name),
            string.IsNullOrEmpty(lastHealth) ? null : lastHealth)
        {
            Labels = inspected.Config?.Labels is { } labels ? new Dictionary<string, string>(labels) : new Dictionary<string, string>(),
        };
    }

    /// <summary>The restart policy as Docker spells it (<c>docker run --restart</c>); none set is <c>no</c>.</summary>
    public static string RestartPolicyText(RestartPolicyKind? kind) => kind switch
    {
        RestartPolicyKind.Always => "always",
        RestartPolicyKind.OnFailure => "on-failure",
        RestartPolicyKind.UnlessStopped => "unless-stopped",
        _ => "no",
    };
}
