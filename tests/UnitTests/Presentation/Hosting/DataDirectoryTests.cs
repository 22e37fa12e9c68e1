using Microsoft.Extensions.Configuration;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.UnitTests.Presentation.Hosting;

/// <summary>One setting places the database, the backups and the log file; each may still be placed on its own.</summary>
public sealed class DataDirectoryTests
{
    private const string ContentRoot = "/srv/bot";

    [Fact]
    public void PlacesEverythingInDataBesideTheContentRoot_WhenNothingIsSet()
    {
        var settings = Apply([]);

        settings[DataDirectory.DatabasePathKey].ShouldBe("/srv/bot/data/serverstatus.db");
        settings[DataDirectory.BackupsKey].ShouldBe("/srv/bot/data/backups");
        settings[DataDirectory.LogFileKey].ShouldBe("/srv/bot/data/logs/latest.log");
    }

    [Fact]
    public void PlacesEverythingInTheDataDirectory_WhenItIsSet()
    {
        var settings = Apply(new() { [DataDirectory.Key] = "/var/lib/serverstatus" });

        settings[DataDirectory.DatabasePathKey].ShouldBe("/var/lib/serverstatus/serverstatus.db");
        settings[DataDirectory.BackupsKey].ShouldBe("/var/lib/serverstatus/backups");
        settings[DataDirectory.LogFileKey].ShouldBe("/var/lib/serverstatus/logs/latest.log");
    }

    [Fact]
    public void TakesARelativeDataDirectoryFromTheContentRoot()
    {
        var settings = Apply(new() { [DataDirectory.Key] = "state" });

        settings[DataDirectory.BackupsKey].ShouldBe("/srv/bot/state/backups");
    }

    [Fact]
    public void KeepsAPlaceSetOnItsOwn()
    {
        var settings = Apply(new() { [DataDirectory.Key] = "/var/lib/serverstatus", [DataDirectory.BackupsKey] = "/mnt/big/backups" });

        settings[DataDirectory.BackupsKey].ShouldBe("/mnt/big/backups");
        settings[DataDirectory.DatabasePathKey].ShouldBe("/var/lib/serverstatus/serverstatus.db");
    }

    [Fact]
    public void LetsLaterSourcesWin()
    {
        var builder = new ConfigurationBuilder();
        DataDirectory.ApplyDefaults(builder, ContentRoot);
        builder.AddInMemoryCollection([new(DataDirectory.LogFileKey, "/tmp/bot.log")]);

        builder.Build()[DataDirectory.LogFileKey].ShouldBe("/tmp/bot.log");
    }

    private static IConfiguration Apply(Dictionary<string, string?> values)
    {
        var builder = new ConfigurationBuilder().AddInMemoryCollection(values);
        DataDirectory.ApplyDefaults(builder, ContentRoot);
        return builder.Build();
    }
}
