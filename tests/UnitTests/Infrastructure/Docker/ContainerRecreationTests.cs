using Docker.DotNet.Models;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.UnitTests.Infrastructure.Docker;

/// <summary>The create parameters of an update's new container: what was set on the old one is kept, what it inherited from its old image is not.</summary>
public sealed class ContainerRecreationTests
{
    private const string Id = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static readonly string[] ImageCmd = ["/bin/sh", "-c", "serve"];
    private static readonly string[] ImageEnv = ["PATH=/usr/bin", "VERSION=1"];
    private static readonly Dictionary<string, string> ImageLabels = new() { ["org.opencontainers.image.version"] = "1" };

    private static readonly string[] ImageEntrypoint = ["/entry"];

    private static readonly DockerOCIImageConfig OldImage = new()
    {
        Cmd = ImageCmd,
        Entrypoint = ImageEntrypoint,
        Env = ImageEnv,
        Labels = ImageLabels,
        WorkingDir = "/srv",
        User = "1000",
    };

    [Fact]
    public void LeavesOutWhatCameFromTheOldImage_SoTheNewImageDefaultsApply()
    {
        var created = ContainerRecreation.Parameters(Container(ImageCmd, ImageEnv, ImageLabels), OldImage, "game:latest");

        created.Image.ShouldBe("game:latest");
        created.Cmd.ShouldBeNull();
        created.Entrypoint.ShouldBeNull();
        created.Env.ShouldBeNull();
        created.Labels.ShouldBeNull();
        created.WorkingDir.ShouldBeNull();
        created.User.ShouldBeNull();
    }

    [Fact]
    public void KeepsWhatWasSetOnTheContainer()
    {
        var labels = new Dictionary<string, string>(ImageLabels) { ["serverstatus.name"] = "mc", ["org.opencontainers.image.version"] = "custom" };

        var created = ContainerRecreation.Parameters(Container(["/bin/sh", "-c", "serve --big"], [.. ImageEnv, "EULA=true", "VERSION=2"], labels), OldImage, "game:latest");

        created.Name.ShouldBe("mc");
        created.Cmd.ShouldBe(["/bin/sh", "-c", "serve --big"]);
        created.Env.ShouldBe(["EULA=true", "VERSION=2"]);
        created.Labels.ShouldNotBeNull().OrderBy(l => l.Key).ShouldBe([new("org.opencontainers.image.version", "custom"), new("serverstatus.name", "mc")]);
        created.HostConfig.ShouldNotBeNull().NetworkMode.ShouldBe("none");
        created.HostConfig.RestartPolicy.ShouldNotBeNull().Name.ShouldBe(RestartPolicyKind.UnlessStopped);
        created.HostConfig.Memory.ShouldBe(64L << 20);
        created.Hostname.ShouldBeNull(); // the engine's default (the old short id) is not carried over
        created.NetworkingConfig.ShouldBeNull();
    }

    [Fact]
    public void CarriesAnonymousVolumesByName_SoTheirDataStays()
    {
        var container = Container(ImageCmd, ImageEnv, ImageLabels);
        container.Mounts =
        [
            new MountPoint { Type = "volume", Name = "named", Destination = "/data", RW = true },
            new MountPoint { Type = "volume", Name = "f00d", Destination = "/cache", RW = false },
        ];

        var created = ContainerRecreation.Parameters(container, OldImage, "game:latest");

        created.HostConfig.ShouldNotBeNull().Binds.ShouldBe(["named:/data", "f00d:/cache:ro"]);
    }

    private static ContainerInspectResponse Container(IList<string> cmd, IList<string> env, IDictionary<string, string> labels) => new()
    {
        ID = Id,
        Name = "/mc",
        Config = new ContainerConfig
        {
            Hostname = Id[..12],
            Cmd = cmd,
            Entrypoint = ImageEntrypoint,
            Env = env,
            Labels = labels,
            WorkingDir = "/srv",
            User = "1000",
            Image = "game:latest",
        },
        HostConfig = new HostConfig
        {
            NetworkMode = "none",
            Binds = ["named:/data"],
            RestartPolicy = new RestartPolicy { Name = RestartPolicyKind.UnlessStopped },
            Memory = 64L << 20,
        },
        Mounts = [new MountPoint { Type = "volume", Name = "named", Destination = "/data", RW = true }],
    };
}
