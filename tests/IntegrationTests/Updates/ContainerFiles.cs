using System.Formats.Tar;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ServerStatus.IntegrationTests.Updates;

/// <summary>Reads and writes the files of a container's <c>/data</c> mount through the engine's archive API (works on stopped containers).</summary>
public static class ContainerFiles
{
    public const string Data = "world.txt";

    public static async Task WriteAsync(DockerClient client, string container, string content)
    {
        ArgumentNullException.ThrowIfNull(client);
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, Data) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) });
        }

        tar.Position = 0;
        await client.Containers.ExtractArchiveToContainerAsync(container, new CopyToContainerParameters { Path = "/data" }, tar);
    }

    public static async Task<string> ReadAsync(DockerClient client, string container)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.Containers.GetArchiveFromContainerAsync(container, new ContainerPathStatParameters { Path = $"/data/{Data}" }, statOnly: false);
        using var reader = new TarReader(response.Stream.ShouldNotBeNull());
        var entry = (await reader.GetNextEntryAsync()).ShouldNotBeNull();
        using var text = new StreamReader(entry.DataStream.ShouldNotBeNull());
        return await text.ReadToEndAsync();
    }

    /// <summary>The names of the regular files under <c>/data</c>.</summary>
    public static async Task<List<string>> ListAsync(DockerClient client, string container)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.Containers.GetArchiveFromContainerAsync(container, new ContainerPathStatParameters { Path = "/data" }, statOnly: false);
        using var reader = new TarReader(response.Stream.ShouldNotBeNull());
        var names = new List<string>();
        while (await reader.GetNextEntryAsync() is { } entry)
        {
            if (entry.EntryType == TarEntryType.RegularFile)
            {
                names.Add(Path.GetFileName(entry.Name));
            }
        }

        return names;
    }

    /// <summary>The names of the parked (<c>-old-</c>) containers of a server's container name.</summary>
    public static async Task<List<string>> ParkedAsync(DockerClient client, string containerName)
    {
        ArgumentNullException.ThrowIfNull(client);
        return [.. (await client.Containers.ListContainersAsync(new ContainersListParameters { All = true }))
            .SelectMany(c => c.Names).Where(n => n.Contains($"{containerName}-old-", StringComparison.Ordinal))];
    }
}
