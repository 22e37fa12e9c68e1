using ServerStatus.Application.Backups;
using ServerStatus.Application.Common.Results;
using ServerStatus.IntegrationTests.Fixtures;

namespace ServerStatus.IntegrationTests.Backups;

/// <summary>A backup does not start without room for it.</summary>
public sealed class BackupFreeSpaceTests : AppTestBase
{
    protected override void Configure(Dictionary<string, string?> settings) =>
        settings["Backups:MinFreeSpaceMegabytes"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task RefusesToStart_WhenTheBackupDirectoryIsNearlyFull()
    {
        var volume = await Sandbox.CreateVolumeAsync();
        await Sandbox.CreateServerAsync("full", binds: [$"{volume}:/data"]);

        var result = await App.SendAsync(TestApp.Admin, new CreateBackup("full", "b1"));

        result.Errors.ShouldHaveSingleItem().Outcome.ShouldBe(Outcome.Unavailable);
        result.Errors[0].Message.ShouldContain("free in the backup directory");
        (await App.SendAsync(TestApp.Admin, new ListBackups("full"))).Value.Backups.ShouldBeEmpty();
    }
}
