using Docker.DotNet.Models;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// The create parameters of a container that replaces <c>old</c> with another image: everything set on the old container
/// is carried over — name, host config (mounts, ports, restart policy, resources, network mode…), networks — but what
/// it inherited from its old image is not (command, entrypoint, env entries, labels, working dir, health check… equal to
/// the old image's), so the new image's own defaults apply. Anonymous volumes are carried by name so their data stays.
/// </summary>
public static class ContainerRecreation
{
    public static CreateContainerParameters Parameters(ContainerInspectResponse old, DockerOCIImageConfig? oldImage, string reference)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var config = old.Config ?? new ContainerConfig();
        var image = oldImage ?? new DockerOCIImageConfig();
        return new CreateContainerParameters
        {
            Name = old.Name?.TrimStart('/') ?? "",
            Image = reference,
            Hostname = DefaultHostname(old) ? null! : config.Hostname,
            Domainname = config.Domainname,
            User = Own(config.User, image.User),
            AttachStdin = config.AttachStdin,
            AttachStdout = config.AttachStdout,
            AttachStderr = config.AttachStderr,
            Tty = config.Tty,
            OpenStdin = config.OpenStdin,
            StdinOnce = config.StdinOnce,
            ExposedPorts = Own(config.ExposedPorts, image.ExposedPorts),
            Env = Own(config.Env, image.Env),
            Cmd = SameList(config.Cmd, image.Cmd) ? null! : config.Cmd,
            Entrypoint = SameList(config.Entrypoint, image.Entrypoint) ? null! : config.Entrypoint,
            Healthcheck = SameHealthcheck(config.Healthcheck, image.Healthcheck) ? null! : config.Healthcheck,
            Volumes = Own(config.Volumes, image.Volumes),
            WorkingDir = Own(config.WorkingDir, image.WorkingDir),
            Labels = Own(config.Labels, image.Labels),
            StopSignal = Own(config.StopSignal, image.StopSignal),
            StopTimeout = config.StopTimeout,
            Shell = SameList(config.Shell, image.Shell) ? null! : config.Shell,
            NetworkDisabled = config.NetworkDisabled,
            HostConfig = HostConfig(old),
            NetworkingConfig = Networks(old),
        };
    }

    /// <summary>The old host config, with the anonymous volumes it mounted added as named binds so the new container gets the same data.</summary>
    private static HostConfig HostConfig(ContainerInspectResponse old)
    {
        var host = old.HostConfig ?? new HostConfig();
        var declared = (host.Binds ?? []).Select(b => b.Split(':')[0])
            .Concat((host.Mounts ?? []).Select(m => m.Source ?? ""))
            .ToHashSet(StringComparer.Ordinal);
        var anonymous = (old.Mounts ?? [])
            .Where(m => m.Type == "volume" && !string.IsNullOrEmpty(m.Name) && !declared.Contains(m.Name))
            .Select(m => $"{m.Name}:{m.Destination}{(m.RW ? "" : ":ro")}")
            .ToList();
        if (anonymous.Count > 0)
        {
            host.Binds = [.. host.Binds ?? [], .. anonymous];
        }

        return host;
    }

    /// <summary>User-defined networks with their settings; the default modes (<c>none</c>, <c>bridge</c>, <c>host</c>, <c>container:…</c>) live in the host config.</summary>
    private static NetworkingConfig? Networks(ContainerInspectResponse old)
    {
        var mode = old.HostConfig?.NetworkMode ?? "";
        var networks = old.NetworkSettings?.Networks;
        if (networks is null || networks.Count == 0 || mode is "none" or "host" or "bridge" or "default" || mode.StartsWith("container:", StringComparison.Ordinal))
        {
            return null;
        }

        var shortId = old.ID is { Length: >= 12 } id ? id[..12] : "";
        return new NetworkingConfig
        {
            EndpointsConfig = networks.ToDictionary(n => n.Key, n => new EndpointSettings
            {
                Aliases = [.. (n.Value.Aliases ?? []).Where(a => a != shortId)],
                IPAMConfig = n.Value.IPAMConfig,
                Links = n.Value.Links,
                DriverOpts = n.Value.DriverOpts,
            }),
        };
    }

    // The engine names a container's host after its short id unless one was given.
    private static bool DefaultHostname(ContainerInspectResponse old) =>
        string.IsNullOrEmpty(old.Config?.Hostname) || (old.ID is { } id && id.StartsWith(old.Config.Hostname, StringComparison.Ordinal));

    private static string Own(string? container, string? image) => container == image ? null! : container!;

    private static List<string> Own(IList<string>? container, IList<string>? image)
    {
        var inherited = (image ?? []).ToHashSet(StringComparer.Ordinal);
        var own = (container ?? []).Where(e => !inherited.Contains(e)).ToList();
        return own.Count == 0 ? null! : own;
    }

    private static Dictionary<string, TValue> Own<TValue>(IDictionary<string, TValue>? container, IDictionary<string, TValue>? image)
    {
        var own = (container ?? new Dictionary<string, TValue>())
            .Where(e => image is null || !image.TryGetValue(e.Key, out var inherited) || !Equals(inherited, e.Value))
            .ToDictionary(e => e.Key, e => e.Value);
        return own.Count == 0 ? null! : own;
    }

    private static bool SameList(IList<string>? container, IList<string>? image) =>
        (container ?? []).SequenceEqual(image ?? [], StringComparer.Ordinal);

    private static bool SameHealthcheck(HealthcheckConfig? container, HealthcheckConfig? image) =>
        container is null || (image is not null && SameList(container.Test, image.Test) && container.Interval == image.Interval
            && container.Timeout == image.Timeout && container.Retries == image.Retries && container.StartPeriod == image.StartPeriod);
}
