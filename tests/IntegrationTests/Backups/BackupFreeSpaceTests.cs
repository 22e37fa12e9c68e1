using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.IntegrationTests.Backups;

/// <summary>A backup does not start without room for it.</summary>
public sealed class BackupFreeSpaceTests(BackupFreeSpaceTests.Setup fixture) : AppTests<BackupFreeSpaceTests.Setup>(fixture)
{
    [Fact]
    public async Task RefusesToStart_WhenTheBackupDirectoryIsNearlyFull()
    {
        var volume = await Sandbox.CreateVolumeAsync();
        await Sandbox.CreateServerAsync("full", binds: [$"{volume}:/data"]);

        var result = await App.SendAsync(TestApp.Admin, new CreateBackup("full", "b1"));

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Failed);
        result.Errors[0].Message.ShouldContain("free in the backup directory");
        (await App.SendAsync(TestApp.Admin, new ListBackups("full"))).Value.Backups.ShouldBeEmpty();
    }

    public sealed class Setup : AppFixture
    {
        protected override void Configure(Dictionary<string, string?> settings) =>
            settings["Backups:MinFreeSpaceMegabytes"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
