using System.Formats.Tar;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace ServerStatus.IntegrationTests.Fixtures;

/// <summary>
/// A tiny image made here, since there is no registry: busybox-static plus applet links, imported
/// with the engine's image-create-from-source API (what <c>docker import</c> does).
/// </summary>
public static class TestImage
{
    public const string Repository = "serverstatus-test/busybox";
    public const string Tag = "1";
    public const string Name = Repository + ":" + Tag;
    public const string BusyboxPath = "/bin/busybox";

    // Prints the time every second and exits promptly on SIGTERM, like a well-behaved server.
    public const string DefaultCommand = "trap \"exit 0\" TERM; while true; do date; sleep 1; done";

    private static readonly string[] Applets =
        ["sh", "sleep", "cat", "echo", "ls", "mkdir", "tar", "rm", "date", "touch", "head", "tail", "seq", "printf", "true", "false", "kill", "wc", "yes", "dd"];

    public static Task ImportAsync(DockerClient client) => ImportAsync(client, Repository, Tag);

    /// <summary>
    /// The test image as <paramref name="repository"/>:<paramref name="tag"/>; a <paramref name="version"/> in <c>/etc/version</c> makes it another
    /// image, and <paramref name="command"/> (a shell line) replaces its default command.
    /// </summary>
    public static async Task ImportAsync(DockerClient client, string repository, string tag, string? version = null, string? command = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!File.Exists(BusyboxPath))
        {
            throw new InvalidOperationException($"{BusyboxPath} is missing: install busybox-static (scripts/test.sh does).");
        }

        using var rootfs = await BuildRootFsAsync(version);
        var parameters = new ImagesCreateParameters
        {
            FromSrc = "-",
            Repo = repository,
            Tag = tag,
            Changes = [$"CMD [\"/bin/sh\",\"-c\",\"{(command ?? DefaultCommand).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]"],
        };
        await client.Images.CreateImageAsync(parameters, rootfs, new AuthConfig(), new Progress<JSONMessage>());
    }

    private static async Task<MemoryStream> BuildRootFsAsync(string? version)
    {
        var tar = new MemoryStream();
        await using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var directory in new[] { "bin/", "tmp/", "data/", "etc/" })
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, directory) { Mode = (UnixFileMode)0b111_101_101 });
            }

            await writer.WriteEntryAsync(BusyboxPath, "bin/busybox");
            if (version is not null)
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "etc/version") { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(version)) });
            }

            foreach (var applet in Applets)
            {
                await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.SymbolicLink, $"bin/{applet}") { LinkName = "busybox" });
            }
        }

        tar.Position = 0;
        return tar;
    }
}
