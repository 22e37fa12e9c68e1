using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// A real image registry on loopback (Debian's <c>docker-registry</c>, distribution 2.8) with its storage in a temporary
/// directory, started for a test class and stopped after it. The engine trusts loopback registries without TLS, so test
/// images are pushed to it through the engine (<see cref="PushAsync"/>) and removed again at the end.
/// </summary>
public sealed class LocalRegistry : IAsyncDisposable
{
    private const string Program = "docker-registry";

    private readonly Process _process;
    private readonly DirectoryInfo _directory;
    private readonly List<string> _pushed = [];

    private LocalRegistry(Process process, DirectoryInfo directory, int port)
    {
        _process = process;
        _directory = directory;
        Host = string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{port}");
    }

    /// <summary><c>127.0.0.1:&lt;port&gt;</c>: the registry part of the references of images pushed to it.</summary>
    public string Host { get; }

    public static async Task<LocalRegistry> StartAsync()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, Program)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{Program} is missing: install the Debian package docker-registry (scripts/test.sh does).");
        var directory = Directory.CreateTempSubdirectory("ss-registry-");
        var port = FreePort();
        var config = Path.Combine(directory.FullName, "config.yml");
        await File.WriteAllTextAsync(config, string.Create(CultureInfo.InvariantCulture, $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {Path.Combine(directory.FullName, "data")}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{port}
            """));
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add(config);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Program} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var registry = new LocalRegistry(process, directory, port);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        await Eventually.HoldsAsync(async () => !process.HasExited && await AnswersAsync(http, registry.Host), $"{Program} answers on {registry.Host}", TimeSpan.FromSeconds(20));
        return registry;
    }

    /// <summary>
    /// Makes the test image (<paramref name="version"/> makes it differ, <paramref name="command"/> replaces its default
    /// command) as <c>&lt;host&gt;/&lt;repository&gt;:&lt;tag&gt;</c> and pushes it; the reference.
    /// </summary>
    public async Task<string> PushAsync(DockerClient client, string repository, string tag, string version, string? command = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var name = $"{Host}/{repository}";
        await TestImage.ImportAsync(client, name, tag, version, command);
        lock (_pushed)
        {
            _pushed.Add(name);
        }

        var errors = new List<string>();
        await client.Images.PushImageAsync(name, new ImagePushParameters { Tag = tag }, new AuthConfig(), new ServerStatus.Infrastructure.Docker.SynchronousProgress<JSONMessage>(m =>
        {
            if (m.Error?.Message is { Length: > 0 } error)
            {
                errors.Add(error);
            }
        }));
        errors.ShouldBeEmpty($"pushing {name}:{tag}");
        return $"{name}:{tag}";
    }

    /// <summary>Removes every image reference pushed here from the primary engine (tags and digests; never an image by id), then stops the registry.</summary>
    public async ValueTask DisposeAsync()
    {
        using (var client = TestEngines.CreateClient(TestEngines.Primary))
        {
            await RemoveImagesAsync(client);
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _directory.Delete(recursive: true);
    }

    private async Task RemoveImagesAsync(DockerClient client)
    {
        foreach (var name in _pushed.Distinct())
        {
            var images = await client.Images.ListImagesAsync(new ImagesListParameters
            {
                All = true,
                Filters = new Dictionary<string, IDictionary<string, bool>> { ["reference"] = new Dictionary<string, bool> { [name] = true } },
            });
            var references = images.SelectMany(i => (i.RepoTags ?? []).Concat(i.RepoDigests ?? [])).Where(r => r.StartsWith(name, StringComparison.Ordinal)).Distinct();
            foreach (var reference in references)
            {
                try
                {
                    await client.Images.DeleteImageAsync(reference, new ImageDeleteParameters { Force = true });
                }
                catch (DockerImageNotFoundException)
                {
                    // Removed with another reference of the same image.
                }
            }
        }
    }

    private static async Task<bool> AnswersAsync(HttpClient http, string host)
    {
        try
        {
            using var response = await http.GetAsync(new Uri($"http://{host}/v2/"));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
