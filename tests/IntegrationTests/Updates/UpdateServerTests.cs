using System.Text.Json;
using Docker.DotNet.Models;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Application.Common;
using ServerStatus.Application.Common.Security;
using System.Text.Json.Nodes;
using ServerStatus.Application.Updates.UpdateServer;
using ServerStatus.Domain.Permissions;
using ServerStatus.Domain.Updates;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.IntegrationTests.Updates;

/// <summary>
/// Updating servers end to end: images pushed to a real registry on loopback, servers with a named volume made from them,
/// the bot against the fake Discord, a probation of two seconds. Each test pushes to a repository of its own.
/// </summary>
public sealed class UpdateServerTests(UpdateServerTests.Setup fixture) : BotTests<UpdateServerTests.Setup>(fixture)
{
    private const ulong Member = 42_001;
    private static readonly ServerStatus.Application.Common.Security.Actor SystemActor = ServerStatus.Application.Common.Security.Actor.System;
    private const string Data = ContainerFiles.Data;
    private const string Original = "the world as it was before the update\n";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task UpdatesToTheNewImage_WithTheSameConfiguration_AndKeepsAPreUpdateBackup()
    {
        var (before, _) = await ServerAsync("tidy", new() { ["custom"] = "kept" });
        var v2 = await PushAsync("tidy", "v2");

        var reply = await UpdateAsync("$update tidy --yes");

        reply.ShouldContain("✅ Update of **tidy** done");
        reply.ShouldContain("pre-update-");
        var after = await Sandbox.InspectAsync(before.Name.TrimStart('/'));
        Sandbox.Adopt(after.ID);
        after.ID.ShouldNotBe(before.ID);
        after.Image.ShouldBe(v2);
        after.State.ShouldNotBeNull().Running.ShouldBeTrue();
        Comparable(after).ShouldBe(Comparable(before));
        (await ReadAsync(after.ID)).ShouldBe(Original);
        (await ParkedAsync("tidy")).ShouldBeEmpty();
        (await Discord.AskAsync(TestApp.AdminId, "$backups tidy")).ShouldContain("pre-update");
    }

    [Fact]
    public async Task LeavesAStoppedServerStopped_AfterItsProbation()
    {
        var (before, _) = await ServerAsync("asleep");
        await Sandbox.Primary.Containers.StopContainerAsync(before.ID, new ContainerStopParameters { WaitBeforeKillSeconds = 5 });
        var v2 = await PushAsync("asleep", "v2");

        var reply = await UpdateAsync("$update asleep --yes");

        reply.ShouldContain("✅ Update of **asleep** done");
        var after = await Sandbox.InspectAsync(before.Name.TrimStart('/'));
        Sandbox.Adopt(after.ID);
        after.Image.ShouldBe(v2);
        after.State.ShouldNotBeNull().Running.ShouldBeFalse();
    }

    [Fact]
    public async Task RollsBack_WhenTheNewImageExitsAtStart()
    {
        var (before, v1) = await ServerAsync("crash");
        await PushAsync("crash", "v3", command: "echo broken start; exit 1");

        var reply = await UpdateAsync("$update crash --yes");

        // Its restart policy (unless-stopped) restarts it: a crash loop.
        reply.ShouldContain("↩️ Update of **crash** rolled back: the new container restarted");
        reply.ShouldContain("broken start");
        var after = await Sandbox.InspectAsync(before.Name.TrimStart('/'));
        after.ID.ShouldBe(before.ID);
        after.Image.ShouldBe(v1);
        after.State.ShouldNotBeNull().Running.ShouldBeTrue();
        (await ReadAsync(after.ID)).ShouldBe(Original);
        (await ParkedAsync("crash")).ShouldBeEmpty();
    }

    [Fact]
    public async Task RollsBack_WhenTheNewImageRunsButItsHealthCheckFails()
    {
        // The container's own health check (kept by the update) passes on v1 only.
        var health = new HealthcheckConfig { Test = ["CMD-SHELL", "grep -q v1 /etc/version"], Interval = TimeSpan.FromMilliseconds(500), Retries = 1 };
        var (before, v1) = await ServerAsync("sickly", health: health);
        await PushAsync("sickly", "v5");

        var reply = await UpdateAsync("$update sickly --yes");

        reply.ShouldContain("↩️ Update of **sickly** rolled back: the new container");
        reply.ShouldContain("health check says unhealthy");
        var after = await Sandbox.InspectAsync(before.Name.TrimStart('/'));
        after.ID.ShouldBe(before.ID);
        after.Image.ShouldBe(v1);
        after.State.ShouldNotBeNull().Running.ShouldBeTrue();
        (await ParkedAsync("sickly")).ShouldBeEmpty();
    }

    [Fact]
    public async Task WarnsThePlayersInGame_BeforeItStopsAServerWithAPlayerSource()
    {
        var reference = await Fixture.Registry.PushAsync(Sandbox.Primary, $"update/{Sandbox.Id}-chatty", "latest", "v1", "while read -r line; do echo \"got: $line\"; done");
        var labels = new Dictionary<string, string>(ServerStatus.IntegrationTests.Games.GameServers.Console()) { ["serverstatus.announce"] = "say {message}" };
        var id = await Sandbox.CreateServerAsync("chatty", image: (await Sandbox.Primary.Images.InspectImageAsync(reference)).RepoTags[0], openStdin: true, labels: labels);
        await PushAsync("chatty", "v3", command: "exit 1"); // rolled back, so the old container and its console's output come back

        var reply = await UpdateAsync("$update chatty --yes");

        reply.ShouldContain("rolled back");
        (await Sandbox.LogsAsync(id)).ShouldContain("got: say Server stopping in");
    }

    [Fact]
    public async Task PutsTheDataBackByteForByte_WhenTheNewImageCorruptsItAndCrashes()
    {
        var (before, v1) = await ServerAsync("corrupt");
        await PushAsync("corrupt", "v4", command: $"echo garbage > /data/{Data}; touch /data/extra; exit 3");

        var reply = await UpdateAsync("$update corrupt --yes");

        reply.ShouldContain("rolled back");
        var after = await Sandbox.InspectAsync(before.Name.TrimStart('/'));
        after.ID.ShouldBe(before.ID);
        after.Image.ShouldBe(v1);
        (await ReadAsync(after.ID)).ShouldBe(Original);
        (await ListDataAsync(after.ID)).ShouldBe([Data]);
    }

    [Fact]
    public async Task RollbackPutsThePreviousImageAndThePreUpdateDataBack()
    {
        var (before, v1) = await ServerAsync("undo");
        await PushAsync("undo", "v2");
        (await UpdateAsync("$update undo --yes")).ShouldContain("done");
        var updated = await Sandbox.InspectAsync(before.Name.TrimStart('/'));
        Sandbox.Adopt(updated.ID);
        await WriteAsync(updated.ID, "changed by the new version\n");

        var reply = await UpdateAsync("$rollback undo --yes");

        reply.ShouldContain("✅ Rollback of **undo** done");
        var after = await Sandbox.InspectAsync(before.Name.TrimStart('/'));
        Sandbox.Adopt(after.ID);
        after.Image.ShouldBe(v1);
        after.State.ShouldNotBeNull().Running.ShouldBeTrue();
        (await ReadAsync(after.ID)).ShouldBe(Original);
        (await UpdateAsync("$rollback undo --yes")).ShouldContain("✅ Rollback of **undo** done"); // the rollback itself can be undone
        var again = await Sandbox.InspectAsync(before.Name.TrimStart('/'));
        Sandbox.Adopt(again.ID);
        again.Image.ShouldBe(updated.Image);
        (await ReadAsync(again.ID)).ShouldBe("changed by the new version\n");
    }

    [Fact]
    public async Task RefusesWithoutTheUpdatePermission_AndAsksToConfirmWithoutYes()
    {
        await ServerAsync("guarded");
        await new TestGrants(Fixture.Services).GrantAsync(Subject.User(Member), Permission.Status, "guarded");

        var refused = await Discord.AskAsync(Member, "$update guarded");
        var asked = await Discord.AskAsync(TestApp.AdminId, "$update guarded");

        refused.ShouldContain("lack the `update` permission");
        asked.ShouldContain("Please confirm");
    }

    [Fact]
    public async Task UpdatesAComposeContainer_AndWarnsAboutTheComposeFile()
    {
        var (before, _) = await ServerAsync("composed", new() { ["com.docker.compose.project"] = "game" });
        var v2 = await PushAsync("composed", "v2");

        var reply = await UpdateAsync("$update composed --yes");

        reply.ShouldContain("done");
        reply.ShouldContain("managed by Docker Compose");
        var after = await Sandbox.InspectAsync(before.Name.TrimStart('/'));
        Sandbox.Adopt(after.ID);
        after.Image.ShouldBe(v2);
        after.Config.ShouldNotBeNull().Labels["com.docker.compose.project"].ShouldBe("game");
    }

    [Fact]
    public async Task AnUpdateLeftInProbationByADeadBot_IsRolledBack()
    {
        var (before, v1) = await ServerAsync("orphan");
        var reference = before.Config.ShouldNotBeNull().Image;
        var v2 = await PushAsync("orphan", "v2");
        // What a bot killed during the probation leaves: the old container stopped and parked, the new one running, the journal in probation.
        var name = before.Name.TrimStart('/');
        var parked = $"{name}-old-0123456789ab";
        var image = await Sandbox.Primary.Images.InspectImageAsync(v1);
        (await Discord.AskAsync(TestApp.AdminId, "$backup orphan pre-update-test")).ShouldContain("Backed up");
        await Sandbox.Primary.Containers.StopContainerAsync(before.ID, new ContainerStopParameters { WaitBeforeKillSeconds = 5 });
        await Sandbox.Primary.Containers.RenameContainerAsync(before.ID, new ContainerRenameParameters { NewName = parked });
        var created = await Sandbox.Primary.Containers.CreateContainerAsync(ContainerRecreation.Parameters(before, image.Config, reference));
        Sandbox.Adopt(created.ID);
        await Sandbox.Primary.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
        await WriteAsync(created.ID, "written by the new version\n");
        using (var scope = Fixture.Services.CreateScope())
        {
            var journal = UpdateJournal.Begin("local", "local/orphan", name, reference, before.ID, v1, parked, serverWasRunning: true, "test", DateTimeOffset.UtcNow);
            journal.BackedUp("pre-update-test");
            journal.Created(created.ID, v2);
            journal.Enter(UpdateStage.Probation);
            await scope.ServiceProvider.GetRequiredService<IUpdateJournalStore>().SaveAsync(journal, CancellationToken.None);
        }

        // What the start-up recovery sends; an update this process runs now (it holds the server's lock) is left alone.
        var sender = Fixture.Services.GetRequiredService<ActorScopedSender>();
        using (Fixture.Services.GetRequiredService<ServerStatus.Application.Backups.ServerJobLocks>().TryAcquire("local/orphan", "orphan", ServerStatus.Application.Backups.ServerJob.Update).Value)
        {
            (await sender.SendAsync(SystemActor, new RecoverInterruptedUpdates())).Value.ShouldBeEmpty();
            (await Sandbox.InspectAsync(name)).ID.ShouldBe(created.ID);
        }

        var recovered = await sender.SendAsync(SystemActor, new RecoverInterruptedUpdates());

        recovered.Value.ShouldHaveSingleItem().Good.ShouldBeFalse();
        var after = await Sandbox.InspectAsync(name);
        after.ID.ShouldBe(before.ID);
        after.State.ShouldNotBeNull().Running.ShouldBeTrue();
        (await ReadAsync(after.ID)).ShouldBe(Original);
        (await ParkedAsync("orphan")).ShouldBeEmpty();
        (await Fixture.Services.GetRequiredService<ActorScopedSender>().SendAsync(SystemActor, new RecoverInterruptedUpdates())).Value.ShouldBeEmpty();
    }

    [Fact]
    public async Task PruneUpdateImagesRemovesAnOldImageKeptLongerThanKeepOldImageDays_AfterWhichRollbackIsRefused()
    {
        await ServerAsync("aged");
        var repository = $"serverstatus-test/aged-{Sandbox.Id}";
        await TestImage.ImportAsync(Sandbox.Primary, repository, "old", "aged");
        var oldImage = (await Sandbox.Primary.Images.InspectImageAsync($"{repository}:old")).ID;
        var longAgo = DateTimeOffset.UtcNow.AddDays(-10);
        using (var scope = Fixture.Services.CreateScope())
        {
            var journal = UpdateJournal.Begin("local", "local/aged", $"ss-{Sandbox.Id}-aged", "aged:latest", "0123456789ab", oldImage, $"ss-{Sandbox.Id}-aged-old-0123456789ab", true, "test", longAgo);
            journal.End(UpdateStage.Good, null, longAgo);
            await scope.ServiceProvider.GetRequiredService<IUpdateJournalStore>().SaveAsync(journal, CancellationToken.None);
        }

        var pruned = await Fixture.Services.GetRequiredService<ActorScopedSender>().SendAsync(SystemActor, new PruneUpdateImages(7));

        pruned.Value.ShouldBe(new UpdateImagePruneReport(1, 0));
        await Should.ThrowAsync<Docker.DotNet.DockerImageNotFoundException>(() => Sandbox.Primary.Images.InspectImageAsync(oldImage));
        (await Fixture.Services.GetRequiredService<ActorScopedSender>().SendAsync(SystemActor, new PruneUpdateImages(7))).Value.ShouldBe(new UpdateImagePruneReport(0, 0));
        (await Discord.AskAsync(TestApp.AdminId, "$rollback aged --yes")).ShouldContain("`aged` has no update of the last 7 day(s) to roll back");
    }

    // v1 pushed and a running server made from it (a named volume at /data holding one file): its inspect and v1's image id.
    private async Task<(ContainerInspectResponse Server, string Image)> ServerAsync(string name, Dictionary<string, string>? labels = null, HealthcheckConfig? health = null)
    {
        var reference = await PushAsync(name, "v1");
        var volume = await Sandbox.CreateVolumeAsync();
        var id = await Sandbox.CreateServerAsync(name, image: (await Sandbox.Primary.Images.InspectImageAsync(reference)).RepoTags[0], binds: [$"{volume}:/data"],
            labels: labels, restartPolicy: new RestartPolicy { Name = RestartPolicyKind.UnlessStopped }, health: health, memoryLimitBytes: 64 * 1024 * 1024);
        await WriteAsync(id, Original);
        var inspected = await Sandbox.InspectAsync(id);
        return (inspected, inspected.Image);
    }

    private async Task<string> PushAsync(string name, string version, string? command = null)
    {
        var reference = await Fixture.Registry.PushAsync(Sandbox.Primary, $"update/{Sandbox.Id}-{name}", "latest", version, command);
        return version == "v1" ? reference : (await Sandbox.Primary.Images.InspectImageAsync(reference)).ID;
    }

    /// <summary>Sends the command and waits for its reply to show the end (it shows progress meanwhile).</summary>
    private async Task<string> UpdateAsync(string command)
    {
        var reply = await Discord.WaitForReplyAsync(await Discord.SayAsync(TestApp.AdminId, command), Patience);
        return await Eventually.ValueAsync(() => Task.FromResult(FakeDiscordServer.Text(reply)),
            text => text.Contains('✅') || text.Contains("↩️", StringComparison.Ordinal) || text.Contains('❌'),
            "the update ended", Patience);
    }

    /// <summary>The configuration that must survive an update: everything but ids, times, image and the engine's per-container state.</summary>
    private static string Comparable(ContainerInspectResponse container)
    {
        var config = JsonSerializer.SerializeToNode(container.Config).ShouldNotBeNull().AsObject();
        config.Remove("Image");
        config.Remove("Hostname");
        return new JsonObject
        {
            ["Name"] = container.Name,
            ["Config"] = config,
            ["HostConfig"] = JsonSerializer.SerializeToNode(container.HostConfig),
            ["Mounts"] = JsonSerializer.SerializeToNode(container.Mounts.Select(m => new { m.Type, m.Name, m.Destination, m.RW })),
        }.ToJsonString();
    }

    private Task<List<string>> ParkedAsync(string name) => ContainerFiles.ParkedAsync(Sandbox.Primary, $"ss-{Sandbox.Id}-{name}");

    private Task WriteAsync(string container, string content) => ContainerFiles.WriteAsync(Sandbox.Primary, container, content);

    private Task<string> ReadAsync(string container) => ContainerFiles.ReadAsync(Sandbox.Primary, container);

    private Task<List<string>> ListDataAsync(string container) => ContainerFiles.ListAsync(Sandbox.Primary, container);

    public sealed class Setup : BotFixture
    {
        private LocalRegistry? _registry;

        public LocalRegistry Registry => _registry ?? throw new InvalidOperationException("The registry has not started.");

        protected override async Task BeforeStartAsync() => _registry = await LocalRegistry.StartAsync();

        protected override void Configure(Dictionary<string, string?> settings)
        {
            settings["Updates:ProbationSeconds"] = "2";
            settings["Updates:AnnounceSeconds"] = "1"; // only servers with a player source and an announce label are warned
            settings["Updates:Enabled"] = "false";
            settings["Backups:MinFreeSpaceMegabytes"] = "0";
        }

        protected override async Task CleanUpAsync()
        {
            if (_registry is not null)
            {
                await _registry.DisposeAsync();
            }
        }
    }
}
