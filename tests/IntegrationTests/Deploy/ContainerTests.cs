using System.Text;
using Xunit.Abstractions;

namespace ServerStatus.IntegrationTests.Deploy;

/// <summary>
/// The image of deploy/Dockerfile, built from the output of scripts/publish.sh, run as deploy/compose.yaml runs it:
/// healthy through its own HEALTHCHECK, answering <c>$status</c> through the fake Discord with a container of the
/// engine, as a non-root user whose only extra group is the socket's. Runs alone, after the other test classes:
/// publishing compiles the host, which would disturb their timing.
/// </summary>
[Collection(DeployCollection.Name)]
public sealed class ContainerTests(ContainerFixture fixture, ITestOutputHelper output) : IClassFixture<ContainerFixture>
{
    private const int AppUser = 1654;

    [Fact]
    public async Task BecomesHealthy_ThroughTheImagesHealthcheckOnHealthz()
    {
        var healthcheck = (await fixture.Client.Images.InspectImageAsync(fixture.Image)).Config?.Healthcheck;

        var health = await Eventually.ValueAsync(
            async () => (await fixture.InspectAsync(fixture.BotContainer)).State?.Health,
            health => health?.Status == "healthy",
            "the bot's container is healthy",
            TimeSpan.FromSeconds(60));

        healthcheck.ShouldNotBeNull();
        healthcheck.Test.ShouldBe(["CMD", $"/app/{RepositoryFiles.ExecutableName}", "healthcheck"]);
        healthcheck.Interval.ShouldBe(TimeSpan.FromSeconds(30));
        health.ShouldNotBeNull();
        health.Log[^1].ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task AnswersStatus_ListingAContainerOfTheMountedEngine()
    {
        var reply = await fixture.Discord.AskAsync(TestApp.AdminId, "$status");

        reply.ShouldContain(ContainerFixture.ServerName);
        reply.ShouldContain("running");
    }

    [Fact]
    public async Task RunsAsTheImagesNonRootUser_WithTheSocketsGroupAdded()
    {
        var image = await fixture.Client.Images.InspectImageAsync(fixture.Image);
        var container = await fixture.InspectAsync(fixture.BotContainer);

        var status = await File.ReadAllLinesAsync($"/proc/{container.State?.Pid}/status");

        image.Config?.User.ShouldBe($"{AppUser}:{AppUser}");
        Ids(status, "Uid:").ShouldAllBe(id => id == AppUser.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Ids(status, "Gid:").ShouldAllBe(id => id == AppUser.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Ids(status, "Groups:").ShouldBe([fixture.SocketGroup, AppUser.ToString(System.Globalization.CultureInfo.InvariantCulture)], ignoreOrder: true);
        Ids(status, "CapEff:").ShouldBe(["0000000000000000"]);
    }

    [Fact]
    public async Task KeepsItsDatabaseAndLogInTheDataVolume_OnAReadOnlyRoot()
    {
        var container = await fixture.InspectAsync(fixture.BotContainer);
        var volume = await fixture.Client.Volumes.InspectAsync(fixture.BotVolume);

        container.HostConfig?.ReadonlyRootfs.ShouldBeTrue();
        File.Exists(Path.Combine(volume.Mountpoint, "serverstatus.db")).ShouldBeTrue();
        File.Exists(Path.Combine(volume.Mountpoint, "logs", "latest.log")).ShouldBeTrue();
        Directory.Exists(Path.Combine(volume.Mountpoint, "backups")).ShouldBeTrue();
        var log = await File.ReadAllTextAsync(Path.Combine(volume.Mountpoint, "logs", "latest.log"));
        log.ShouldNotContain(fixture.Discord.Rest.Token);
    }

    [Fact]
    public async Task StopsWithExitCode1SayingWhy_WhenItsUserIsNotInTheSocketsGroup()
    {
        var (container, _) = await fixture.RunBotAsync(inSocketGroup: false);

        var state = await Eventually.ValueAsync(
            async () => (await fixture.InspectAsync(container)).State,
            state => state?.Status == "exited",
            "the container without the socket's group stops",
            TimeSpan.FromSeconds(60));

        state?.ExitCode.ShouldBe(1);
        (await fixture.LogsAsync(container)).ShouldContain(
            "Docker engine `local` is not reachable at unix:///var/run/docker.sock (permission denied: the bot's user is not in the socket's group)");
    }

    [Fact]
    public void PublishesOneSelfContainedExecutable_WithItsSettingsAndNativeLibraries()
    {
        var files = Directory.GetFiles(RepositoryFiles.PublishDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var executable = Path.Combine(RepositoryFiles.PublishDirectory, RepositoryFiles.ExecutableName);

        output.WriteLine(fixture.Timings);
        // SQLite's and the chart renderer's (SkiaSharp, HarfBuzz) native libraries stay beside the executable.
        files.ShouldBe([RepositoryFiles.ExecutableName, "appsettings.json", "libHarfBuzzSharp.so", "libSkiaSharp.so", "libe_sqlite3.so"]);
        Encoding.ASCII.GetString(File.ReadAllBytes(executable).AsSpan(1, 3)).ShouldBe("ELF");
    }

    private static string[] Ids(string[] status, string field) =>
        status.Single(line => line.StartsWith(field, StringComparison.Ordinal))[field.Length..]
            .Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
}
