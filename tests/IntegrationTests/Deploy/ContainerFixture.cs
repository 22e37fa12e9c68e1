using System.Globalization;
using System.Security.Cryptography;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ServerStatus.IntegrationTests.Deploy;

/// <summary>
/// The bot's image built as the README tells a user to build it (scripts/publish.sh, then docker build -f
/// deploy/Dockerfile), on a Debian base made here by make-base-image.sh since no registry is reachable — kept in the
/// engine under a hash of that script, so later runs skip it — and one container of it that talks to this fixture's
/// fake Discord (host network: the fake listens on loopback) and manages this fixture's sandbox containers through
/// the mounted engine socket, run as deploy/compose.yaml runs it. Everything made per run carries the run's labels
/// and is removed afterwards.
/// </summary>
public sealed class ContainerFixture : IAsyncLifetime
{
    public const string BaseRepository = "serverstatus-test/base";
    public const string BaseLabel = "serverstatus.test.base";
    public const string ImageRepository = "serverstatus-test/bot";
    public const string DataPath = "/var/lib/serverstatus";
    public const string ServerName = "mc";

    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan DockerTimeout = TimeSpan.FromMinutes(3);

    private readonly List<string> _containers = [];
    private readonly List<string> _volumes = [];
    private FakeDiscordServer? _discord;

    public DockerClient Client { get; } = TestEngines.CreateClient(TestEngines.Primary);

    public DockerSandbox Sandbox { get; } = new();

    public FakeDiscordServer Discord => _discord ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>The bot image of this run.</summary>
    public string Image { get; } = $"{ImageRepository}:{TestEngines.RunId}";

    /// <summary>The base image: named after the hash of the script that makes it.</summary>
    public string BaseImage { get; } = $"{BaseRepository}:{RecipeHash()}";

    /// <summary>The group of the engine socket on this host (what DOCKER_GID holds in .env).</summary>
    public string SocketGroup { get; private set; } = "";

    /// <summary>The container that runs as compose runs it, started once for the class.</summary>
    public string BotContainer { get; private set; } = "";

    /// <summary>Its data volume.</summary>
    public string BotVolume { get; private set; } = "";

    /// <summary>How long publishing, making the base (zero when it was cached) and building the image took.</summary>
    public string Timings { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (TestEngines.Primary.Scheme != "unix")
        {
            throw new InvalidOperationException($"The deploy tests mount the engine's socket into the bot's container: {TestEngines.Primary} is not a unix socket.");
        }

        await Sandbox.InitializeAsync();
        await RemoveLeftoversAsync();
        var publish = await HostCommand.RunOrFailAsync(RepositoryFiles.Root, PublishTimeout, "bash", "scripts/publish.sh", "--no-archive");
        var made = await EnsureBaseImageAsync();
        var build = await HostCommand.RunOrFailAsync(RepositoryFiles.Root, DockerTimeout, "docker",
            "-H", TestEngines.Primary.ToString(), "build", "--network", "none", "--build-arg", $"BASE_IMAGE={BaseImage}",
            "--label", $"{TestEngines.RunLabel}={TestEngines.RunId}", "--label", $"{TestEngines.ProcessLabel}={Environment.ProcessId}",
            "-f", "deploy/Dockerfile", "-t", Image, ".");
        Timings = string.Create(CultureInfo.InvariantCulture, $"publish {publish.Elapsed.TotalSeconds:0.0} s, base {made.TotalSeconds:0.0} s, docker build {build.Elapsed.TotalSeconds:0.0} s");

        SocketGroup = (await HostCommand.RunOrFailAsync(RepositoryFiles.Root, DockerTimeout, "stat", "-c", "%g", TestEngines.Primary.LocalPath)).Output.Trim();
        _discord = await FakeDiscordServer.StartAsync();
        await Sandbox.CreateServerAsync(ServerName);
        (BotContainer, BotVolume) = await RunBotAsync(inSocketGroup: true);
        await Eventually.HoldsAsync(
            () => Discord.Rest.RequestsTo("PUT", "applications/{application_id}/guilds/{guild_id}/commands").Count > 0,
            "the bot in the container connects and registers its slash commands",
            TimeSpan.FromSeconds(60),
            seen: () => "its log: " + LogsAsync(BotContainer).GetAwaiter().GetResult());
    }

    /// <summary>
    /// Starts a container of the image as deploy/compose.yaml does — the image's own user, the socket's group added
    /// (unless not <paramref name="inSocketGroup"/>), the engine socket and a fresh data volume mounted, a read-only root
    /// with a tmpfs /tmp, no capabilities, no new privileges — plus what the test needs: host network, the fake
    /// Discord's URLs, discovery by the sandbox's label and a one-second health-check interval.
    /// </summary>
    public async Task<(string Container, string Volume)> RunBotAsync(bool inSocketGroup)
    {
        var labels = new Dictionary<string, string>
        {
            [TestEngines.RunLabel] = TestEngines.RunId,
            [TestEngines.ProcessLabel] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
        };
        var volume = (await Client.Volumes.CreateAsync(new VolumesCreateParameters { Name = $"ss-deploy-{Guid.NewGuid():N}", Labels = labels })).Name;
        _volumes.Add(volume);
        var created = await Client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Name = $"ss-deploy-{TestEngines.RunId}-{Guid.NewGuid().ToString("N")[..6]}",
            Image = Image,
            Labels = labels,
            Env =
            [
                $"Discord__Token={Discord.Rest.Token}",
                $"Discord__ApiBaseUrl={Discord.Rest.BaseUrl}",
                $"Discord__GuildId={FakeDiscordServer.GuildId}",
                $"Urls=http://127.0.0.1:{FreeLoopbackPort()}",
                "Docker__Discovery__Mode=Label",
                $"Docker__Discovery__Label={Sandbox.Label}",
                $"Permissions__Admins__0={TestApp.AdminId}",
            ],
            // The image's check, asked every second instead of every 30 s.
            Healthcheck = new HealthcheckConfig { Interval = TimeSpan.FromSeconds(1) },
            HostConfig = new HostConfig
            {
                NetworkMode = "host",
                GroupAdd = inSocketGroup ? [SocketGroup] : [],
                Binds = [$"{TestEngines.Primary.LocalPath}:/var/run/docker.sock", $"{volume}:{DataPath}"],
                ReadonlyRootfs = true,
                Tmpfs = new Dictionary<string, string> { ["/tmp"] = "" },
                CapDrop = ["ALL"],
                SecurityOpt = ["no-new-privileges:true"],
            },
        });
        _containers.Add(created.ID);
        await Client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
        return (created.ID, volume);
    }

    public async Task<ContainerInspectResponse> InspectAsync(string container) => await Client.Containers.InspectContainerAsync(container);

    /// <summary>What the container wrote to standard output and error.</summary>
    public async Task<string> LogsAsync(string container)
    {
        using var stream = await Client.Containers.GetContainerLogsAsync(container, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, CancellationToken.None);
        using var text = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (await stream.ReadOutputAsync(buffer, 0, buffer.Length, CancellationToken.None) is { EOF: false } read)
        {
            text.Write(buffer, 0, read.Count);
        }

        return System.Text.Encoding.UTF8.GetString(text.ToArray());
    }

    public async Task DisposeAsync()
    {
        foreach (var container in _containers)
        {
            await IgnoringMissingAsync(() => Client.Containers.RemoveContainerAsync(container, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }));
        }

        foreach (var volume in _volumes)
        {
            await IgnoringMissingAsync(() => Client.Volumes.RemoveAsync(volume, force: true));
        }

        await IgnoringMissingAsync(() => Client.Images.DeleteImageAsync(Image, new ImageDeleteParameters { Force = true }));
        if (_discord is not null)
        {
            await _discord.DisposeAsync();
        }

        await Sandbox.DisposeAsync();
        Client.Dispose();
    }

    /// <summary>Makes the base image unless the engine has it (a cached run skips mmdebstrap); removes bases of older recipes.</summary>
    private async Task<TimeSpan> EnsureBaseImageAsync()
    {
        var bases = await Client.Images.ListImagesAsync(new ImagesListParameters
        {
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [BaseLabel] = true } },
        });
        foreach (var stale in bases.Where(i => i.RepoTags?.Contains(BaseImage) != true))
        {
            await IgnoringMissingAsync(() => Client.Images.DeleteImageAsync(stale.ID, new ImageDeleteParameters { Force = true }));
        }

        if (bases.Any(i => i.RepoTags?.Contains(BaseImage) == true))
        {
            return TimeSpan.Zero;
        }

        var made = await HostCommand.RunOrFailAsync(RepositoryFiles.Root, DockerTimeout, "bash",
            "tests/IntegrationTests/Deploy/make-base-image.sh", TestEngines.Primary.ToString(), BaseImage, $"{BaseLabel}={RecipeHash()}");
        return made.Elapsed;
    }

    /// <summary>Bot images and volumes of earlier runs whose test process is gone (their containers go with the sandbox's leftovers).</summary>
    private async Task RemoveLeftoversAsync()
    {
        var images = await Client.Images.ListImagesAsync(new ImagesListParameters
        {
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["reference"] = new Dictionary<string, bool> { [ImageRepository] = true } },
        });
        foreach (var image in images.Where(i => i.Labels is not null && !OwnerIsAlive(i.Labels)))
        {
            await IgnoringMissingAsync(() => Client.Images.DeleteImageAsync(image.ID, new ImageDeleteParameters { Force = true }));
        }

        var volumes = await Client.Volumes.ListAsync(new VolumesListParameters
        {
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [TestEngines.RunLabel] = true } },
        });
        foreach (var volume in (volumes.Volumes ?? []).Where(v => v.Name.StartsWith("ss-deploy-", StringComparison.Ordinal) && !OwnerIsAlive(v.Labels)))
        {
            await IgnoringMissingAsync(() => Client.Volumes.RemoveAsync(volume.Name, force: true));
        }
    }

    private static bool OwnerIsAlive(IDictionary<string, string>? labels) =>
        labels is not null && labels.TryGetValue(TestEngines.ProcessLabel, out var pid) && int.TryParse(pid, out var id) && Directory.Exists($"/proc/{id}");

    private static async Task IgnoringMissingAsync(Func<Task> remove)
    {
        try
        {
            await remove();
        }
        catch (DockerApiException)
        {
            // Gone already, or still used by another run: nothing of this run's to remove.
        }
    }

    private static string RecipeHash() =>
        Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepositoryFiles.File("tests/IntegrationTests/Deploy/make-base-image.sh"))))[..12];

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
