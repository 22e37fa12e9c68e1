using System.Formats.Tar;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// The containers of one test class: unique names, a label only they carry (the discovery label of
/// that class's bot), network mode none, removed on dispose even when tests fail, and those made by one
/// test removed before the next (<see cref="RemoveSinceAsync"/>) when the class shares one host.
/// </summary>
public sealed class DockerSandbox : IAsyncLifetime
{
    private readonly List<(DockerClient Client, string Id)> _created = [];
    private readonly Dictionary<Uri, DockerClient> _clients = [];
    private readonly List<string> _volumes = [];
    private readonly List<string> _bindDirectories = [];

    public string Id { get; } = Guid.NewGuid().ToString("N")[..10];

    /// <summary><c>key=value</c> carried by this sandbox's containers; the bot under test discovers by it.</summary>
    public string Label => $"{TestEngines.SandboxLabel}={Id}";

    public DockerClient Primary => ClientFor(TestEngines.Primary);

    public DockerClient Secondary => ClientFor(TestEngines.Secondary);

    public Task InitializeAsync() => TestEngines.EnsureReadyAsync(TestEngines.Primary);

    /// <summary>Creates (and by default starts) a server shown as <paramref name="name"/> through the alias label.</summary>
    public async Task<string> CreateServerAsync(string name, bool start = true, IDictionary<string, string>? labels = null, Uri? engine = null, string? command = null, bool aliased = true, RestartPolicy? restartPolicy = null, bool openStdin = false, IList<string>? binds = null, HealthcheckConfig? health = null, long memoryLimitBytes = 0, string image = TestImage.Name)
    {
        var endpoint = engine ?? TestEngines.Primary;
        await TestEngines.EnsureReadyAsync(endpoint);
        var client = ClientFor(endpoint);
        var allLabels = new Dictionary<string, string>
        {
            [TestEngines.SandboxLabel] = Id,
            [TestEngines.RunLabel] = TestEngines.RunId,
            [TestEngines.ProcessLabel] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (aliased)
        {
            allLabels[ServerLabels.Name] = name;
        }

        foreach (var (key, value) in labels ?? new Dictionary<string, string>())
        {
            allLabels[key] = value;
        }

        var created = await client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Name = aliased ? $"ss-{Id}-{name}" : name,
            Image = image,
            Labels = allLabels,
            OpenStdin = openStdin,
            AttachStdin = openStdin,
            Cmd = command is null ? null! : ["/bin/sh", "-c", command], // null: the image's CMD
            Healthcheck = health!, // null: none
            HostConfig = new HostConfig { NetworkMode = "none", RestartPolicy = restartPolicy ?? new RestartPolicy(), Binds = binds!, Memory = memoryLimitBytes }, // null: no binds
        });
        lock (_created)
        {
            _created.Add((client, created.ID));
        }

        if (start)
        {
            await client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
        }

        return created.ID;
    }

    /// <summary>A container the bot made on the primary engine (an update's new one): removed with the sandbox's.</summary>
    public void Adopt(string id)
    {
        lock (_created)
        {
            _created.Add((Primary, id));
        }
    }

    /// <summary>Containers the bot made from this sandbox's (they carry its label) that a failed test did not adopt, so that they go too.</summary>
    private async Task AdoptLabelledAsync()
    {
        var labelled = await Primary.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [Label] = true } },
        });
        lock (_created)
        {
            _created.AddRange(labelled.Select(c => c.ID).Except(_created.Select(c => c.Id)).Select(id => (Primary, id)).ToList());
        }
    }

    /// <summary>A named volume on the primary engine, labelled with this sandbox's id and removed on dispose.</summary>
    public async Task<string> CreateVolumeAsync()
    {
        await TestEngines.EnsureReadyAsync(TestEngines.Primary);
        var name = $"ss-{Id}-{Guid.NewGuid().ToString("N")[..8]}";
        await Primary.Volumes.CreateAsync(new VolumesCreateParameters
        {
            Name = name,
            Labels = new Dictionary<string, string> { [TestEngines.SandboxLabel] = Id, [TestEngines.RunLabel] = TestEngines.RunId },
        });
        lock (_volumes)
        {
            _volumes.Add(name);
        }

        return name;
    }

    /// <summary>A running server with a named volume at <c>/data</c> holding one small file.</summary>
    public async Task<string> CreateVolumeServerAsync(string name, string fileName, string content)
    {
        var volume = await CreateVolumeAsync();
        var id = await CreateServerAsync(name, binds: [$"{volume}:/data"]);
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, fileName) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) });
        }

        tar.Position = 0;
        await Primary.Containers.ExtractArchiveToContainerAsync(id, new CopyToContainerParameters { Path = "/data" }, tar);
        return id;
    }

    /// <summary>A host directory to bind-mount into a container, deleted on dispose.</summary>
    public string CreateBindDirectory()
    {
        var directory = Directory.CreateTempSubdirectory($"ss-{Id}-bind-").FullName;
        lock (_bindDirectories)
        {
            _bindDirectories.Add(directory);
        }

        return directory;
    }

    /// <summary>What the container wrote to standard output and error (over its restarts).</summary>
    public async Task<string> LogsAsync(string id, Uri? engine = null)
    {
        using var stream = await ClientFor(engine ?? TestEngines.Primary).Containers.GetContainerLogsAsync(id, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, CancellationToken.None);
        using var text = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (await stream.ReadOutputAsync(buffer, 0, buffer.Length, CancellationToken.None) is { EOF: false } read)
        {
            text.Write(buffer, 0, read.Count);
        }

        return System.Text.Encoding.UTF8.GetString(text.ToArray());
    }

    public async Task<ContainerInspectResponse> InspectAsync(string id, Uri? engine = null) =>
        await ClientFor(engine ?? TestEngines.Primary).Containers.InspectContainerAsync(id);

    public async Task<State> StateAsync(string id, Uri? engine = null) =>
        (await InspectAsync(id, engine)).State ?? throw new InvalidOperationException($"Container {id} has no state.");

    /// <summary>The container's state once it is <paramref name="state"/> (engines apply some changes asynchronously).</summary>
    public Task<State> WaitForStateAsync(string id, string state, Uri? engine = null) =>
        Eventually.ValueAsync(() => StateAsync(id, engine), current => current.Status == state, $"container {id} is {state}");

    /// <summary>What the sandbox has made so far, to remove what comes after (<see cref="RemoveSinceAsync"/>).</summary>
    public Mark Checkpoint() => new(CountOf(_created), CountOf(_volumes), CountOf(_bindDirectories));

    /// <summary>Removes the containers, volumes and bind directories made after <paramref name="mark"/> (a shared host's next test starts without them).</summary>
    public Task RemoveSinceAsync(Mark mark) =>
        RemoveAsync(TakeFrom(_created, mark.Containers), TakeFrom(_volumes, mark.Volumes), TakeFrom(_bindDirectories, mark.BindDirectories));

    public async Task DisposeAsync()
    {
        await AdoptLabelledAsync();
        await RemoveSinceAsync(default);
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private static int CountOf<T>(List<T> made)
    {
        lock (made)
        {
            return made.Count;
        }
    }

    private static List<T> TakeFrom<T>(List<T> made, int from)
    {
        lock (made)
        {
            var taken = made[from..];
            made.RemoveRange(from, taken.Count);
            return taken;
        }
    }

    private async Task RemoveAsync(List<(DockerClient Client, string Id)> containers, List<string> volumes, List<string> bindDirectories)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8 };
        await Parallel.ForEachAsync(containers, parallel, async (container, ct) =>
        {
            try
            {
                await container.Client.Containers.RemoveContainerAsync(container.Id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, ct);
            }
            catch (DockerContainerNotFoundException)
            {
                // A test removed it already.
            }
        });

        await Parallel.ForEachAsync(volumes, parallel, async (volume, ct) =>
        {
            try
            {
                await Primary.Volumes.RemoveAsync(volume, force: true, ct);
            }
            catch (DockerApiException)
            {
                // Already gone.
            }
        });

        foreach (var directory in bindDirectories.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Counts of what a sandbox had made at one point (see <see cref="Checkpoint"/>).</summary>
    public readonly record struct Mark(int Containers, int Volumes, int BindDirectories);

    private DockerClient ClientFor(Uri endpoint)
    {
        lock (_clients)
        {
            if (!_clients.TryGetValue(endpoint, out var client))
            {
                client = TestEngines.CreateClient(endpoint);
                _clients[endpoint] = client;
            }

            return client;
        }
    }
}
