using System.Text.RegularExpressions;

namespace ServerStatus.IntegrationTests.Deploy;

/// <summary>
/// deploy/compose.yaml read by docker-compose, deploy/serverstatus.service by systemd-analyze (offline, in a root
/// directory of its own: this machine does not run systemd), deploy/.env.example against the README's settings.
/// </summary>
public sealed partial class DeployFilesTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);
    private const string UnitPath = "/etc/systemd/system/serverstatus.service";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("serverstatus-deploy-");

    [Fact]
    public async Task ComposeFileIsValid_WithTheExampleSettingsFilledIn()
    {
        var compose = CopyComposeWithSettings(docker: "998");

        var result = await HostCommand.RunAsync(_directory.FullName, Timeout, "docker-compose", "-f", compose, "config");

        result.ExitCode.ShouldBe(0, result.Output);
        result.Output.ShouldContain("group_add:\n    - '998'");
        result.Output.ShouldContain("- /var/run/docker.sock:/var/run/docker.sock:rw");
        result.Output.ShouldContain($"- data:{ContainerFixture.DataPath}:rw");
        result.Output.ShouldContain("read_only: true");
        result.Output.ShouldContain("Discord__Token: not-a-real-token");
        result.Output.ShouldContain("dockerfile: deploy/Dockerfile");
    }

    [Fact]
    public async Task ComposeSaysWhatToSet_WhenDockerGidIsMissing()
    {
        var compose = CopyComposeWithSettings(docker: "");

        var result = await HostCommand.RunAsync(_directory.FullName, Timeout, "docker-compose", "-f", compose, "config");

        result.ExitCode.ShouldNotBe(0);
        result.Output.ShouldContain("set DOCKER_GID in deploy/.env to the group id of the Docker socket (stat -c %g /var/run/docker.sock)");
    }

    [Fact]
    public async Task SystemdUnitVerifies_WithoutAWarning()
    {
        var root = SystemdRoot();

        var result = await HostCommand.RunAsync(_directory.FullName, Timeout, "systemd-analyze", $"--root={root}", "verify", UnitPath);

        // verify exits 0 after "Unknown key … ignoring" and the like: only silence means every line was understood.
        result.ExitCode.ShouldBe(0, result.Output);
        result.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task SystemdUnitIsHardened_RunsThePublishedExecutable_AndDoesNotRetryConfigurationErrors()
    {
        var root = SystemdRoot();
        var unit = await File.ReadAllLinesAsync(RepositoryFiles.File("deploy/serverstatus.service"));

        // systemd's own exposure score, 0 (locked down) to 10; "OK" is below 2.
        var security = await HostCommand.RunAsync(_directory.FullName, Timeout, "systemd-analyze", $"--root={root}", "security", "--offline=yes", "--threshold=20", UnitPath);

        security.ExitCode.ShouldBe(0, security.Output);
        unit.ShouldContain($"ExecStart=/opt/serverstatus/{RepositoryFiles.ExecutableName}");
        unit.ShouldContain("Restart=on-failure");
        unit.ShouldContain("RestartPreventExitStatus=1 2");
        unit.ShouldContain("SupplementaryGroups=docker");
        unit.ShouldContain("ProtectSystem=strict");
        unit.ShouldContain($"StateDirectory=serverstatus");
        unit.ShouldContain($"Environment=DataDirectory={ContainerFixture.DataPath}");
    }

    [Fact]
    public void TheImageTheUnitAndTheBenchmarkGiveTheSameRuntimeSettings()
    {
        static List<string> RuntimeSettings(string path, string prefix) =>
            [.. RuntimeSetting().Matches(File.ReadAllText(RepositoryFiles.File(path))).Select(m => m.Groups[1].Value).Where(s => s.StartsWith(prefix, StringComparison.Ordinal))
                .Select(s => s[prefix.Length..]).Order(StringComparer.Ordinal)];

        var unit = RuntimeSettings("deploy/serverstatus.service", "");

        unit.ShouldContain(s => s.StartsWith("DOTNET_", StringComparison.Ordinal));
        unit.ShouldContain(s => s.StartsWith("MALLOC_", StringComparison.Ordinal));
        RuntimeSettings("deploy/Dockerfile", "").ShouldBe(unit);
        RuntimeSettings("scripts/bench.sh", "BENCH_").ShouldBe(unit, "scripts/bench.sh measures the bot as deployed");
    }

    [Fact]
    public void EnvExampleHasTheRequiredSettings_AndOnlyKeysTheReadmeDocuments()
    {
        var lines = File.ReadAllLines(RepositoryFiles.File("deploy/.env.example"));
        var readme = File.ReadAllText(RepositoryFiles.File("README.md"));

        var required = lines.Where(line => SettingLine().IsMatch(line)).Select(line => line[..line.IndexOf('=', StringComparison.Ordinal)]).ToList();
        var mentioned = lines.Select(line => SettingLine().Match(line.TrimStart('#'))).Where(m => m.Success).Select(m => m.Groups["key"].Value).ToList();

        required.ShouldBe(["Discord__Token", "Permissions__Admins__0", "DOCKER_GID"]);
        mentioned.Count.ShouldBeGreaterThan(10);
        mentioned.Where(key => key != "DOCKER_GID" && !readme.Contains($"`{ReadmeKey(key)}`", StringComparison.Ordinal))
            .ShouldBeEmpty("keys of deploy/.env.example that the README's configuration table does not name");
    }

    public void Dispose() => _directory.Delete(recursive: true);

    /// <summary>compose.yaml and the example settings as a user prepares them, in a deploy/ folder of a temporary checkout.</summary>
    private string CopyComposeWithSettings(string docker)
    {
        var deploy = Directory.CreateDirectory(Path.Combine(_directory.FullName, "deploy")).FullName;
        File.Copy(RepositoryFiles.File("deploy/compose.yaml"), Path.Combine(deploy, "compose.yaml"));
        var settings = File.ReadAllLines(RepositoryFiles.File("deploy/.env.example")).Select(line => line switch
        {
            "Discord__Token=" => "Discord__Token=not-a-real-token",
            "Permissions__Admins__0=" => "Permissions__Admins__0=123456789012345678",
            "DOCKER_GID=" => $"DOCKER_GID={docker}",
            _ => line,
        });
        File.WriteAllLines(Path.Combine(deploy, ".env"), settings);
        return Path.Combine(deploy, "compose.yaml");
    }

    /// <summary>A root for systemd-analyze: systemd's own units (the targets the service is ordered after), the unit, and a stand-in executable.</summary>
    private string SystemdRoot()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("systemd-analyze runs on Linux only.");
        }

        var root = Path.Combine(_directory.FullName, "root");
        CopyDirectory("/usr/lib/systemd/system", Path.Combine(root, "usr/lib/systemd/system"));
        Directory.CreateDirectory(Path.Combine(root, "etc/systemd/system"));
        File.Copy(RepositoryFiles.File("deploy/serverstatus.service"), root + UnitPath);
        var executable = Path.Combine(root, "opt/serverstatus", RepositoryFiles.ExecutableName);
        Directory.CreateDirectory(Path.GetDirectoryName(executable)!);
        File.WriteAllText(executable, "#!/bin/sh\n");
        File.SetUnixFileMode(executable, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return root;
    }

    private static void CopyDirectory(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            throw new InvalidOperationException($"{from} is missing: install systemd (scripts/test.sh does) for systemd-analyze and its units.");
        }

        Directory.CreateDirectory(to);
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(target, link);
            }
            else if (entry is DirectoryInfo)
            {
                CopyDirectory(entry.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target);
            }
        }
    }

    // Docker__Engines__0__Name → Docker:Engines (the README names a list once, with its fields).
    private static string ReadmeKey(string key) =>
        string.Join(':', key.Split("__").TakeWhile(part => !part.All(char.IsAsciiDigit)));

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9_]*)=")]
    private static partial Regex SettingLine();

    // DOTNET_… (the .NET runtime's) and MALLOC_… (glibc's) settings as the unit (Environment=X=v), the Dockerfile
    // (ENV … X=v \) and scripts/bench.sh (export X=v) write them.
    [GeneratedRegex(@"\b((?:BENCH_)?(?:DOTNET|MALLOC)_[A-Za-z0-9_]+=[^\s\\]+)")]
    private static partial Regex RuntimeSetting();
}
