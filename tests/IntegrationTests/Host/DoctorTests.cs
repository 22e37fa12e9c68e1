using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.IntegrationTests.FakeDiscord.Rest;
using Xunit.Abstractions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// <c>doctor</c> as it is run: the built host (<c>dotnet ServerStatus.Presentation.Discord.dll doctor</c>) as a process of
/// its own in an empty working directory, configured by environment variables, against the fake Discord (REST only: it
/// must never open the gateway) and the real Docker engine. Each test arranges the fake Discord afresh.
/// </summary>
public sealed class DoctorTests(DiscordAndSandbox setup, ITestOutputHelper output) : IClassFixture<DiscordAndSandbox>, IAsyncLifetime
{
    private const ulong NotificationChannel = 820_000_000_000_000_001;
    private const ulong BotRole = 830_000_000_000_000_001;

    private const ulong ViewChannel = 1 << 10;
    private const ulong SendMessages = 1 << 11;
    private const ulong ManageMessages = 1 << 13;
    private const ulong Needed = ViewChannel | SendMessages | (1 << 14) | (1 << 15) | (1 << 6) | ManageMessages; // + Embed Links, Attach Files, Add Reactions

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("serverstatus-doctor-");

    private FakeDiscordRest Discord => setup.Discord.Rest;

    public async Task InitializeAsync()
    {
        await setup.EnsureServerAsync();

        // A guild where @everyone may read and the bot's role may do what the notification channel needs.
        Discord.ClearArrangements();
        Discord.AddGuild(FakeDiscordServer.GuildId, "Test Guild", everyonePermissions: ViewChannel);
        Discord.AddRole(FakeDiscordServer.GuildId, BotRole, Needed, "ServerStatus");
        Discord.AddMember(FakeDiscordServer.GuildId, Discord.BotUserId, BotRole);
        Discord.AddChannel(NotificationChannel, FakeDiscordServer.GuildId, "backups");
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task PassesEveryCheck_WhenAllIsInPlace()
    {
        await MigrateDatabaseAsync();

        var (exitCode, lines) = await RunDoctorAsync();

        lines.ShouldAllBe(line => line.StartsWith("✓ ", StringComparison.Ordinal));
        lines.Length.ShouldBe(9);
        lines[0].ShouldBe("✓ the configuration is valid");
        lines[1].ShouldBe($"✓ Discord accepted the token (bot {Discord.BotUsername}, id {Discord.BotUserId})");
        lines[2].ShouldBe("✓ the Message Content intent is enabled");
        lines[3].ShouldBe($"✓ the bot is in guild Test Guild ({FakeDiscordServer.GuildId})");
        lines[4].ShouldBe($"✓ in notification channel #backups ({NotificationChannel}) the bot has View Channel, Send Messages, Embed Links, Attach Files, Add Reactions, Manage Messages");
        lines[5].ShouldMatch($@"^✓ Docker engine `local` at {Regex.Escape(TestEngines.Primary.ToString())} answers: Docker [^,]+, API 1\.\d+, 1 server discovered \(discovery: label {Regex.Escape(setup.Sandbox.Label)}\)$");
        lines[6].ShouldMatch($@"^✓ the SQLite database {Regex.Escape(_work.FullName)}/data/serverstatus\.db answers: \d+ migrations applied, none pending$");
        lines[7].ShouldMatch($@"^✓ the backup directory {Regex.Escape(_work.FullName)}/backups does not exist yet; the bot creates it in {Regex.Escape(_work.FullName)}, which is writable, [\d.]+ [KMGT]?i?B free$");
        lines[8].ShouldBe("✓ the dashboard at /hangfire has no login and is served read-only to this machine only (the listener is loopback only)");
        exitCode.ShouldBe(0);
        setup.Discord.Gateway.Connections.ShouldBeEmpty(); // REST only: the bot was not started
    }

    [Fact]
    public async Task SaysSoAndSkipsTheOtherDiscordChecks_WhenDiscordRefusesTheToken()
    {
        var (exitCode, lines) = await RunDoctorAsync(s => s["Discord:Token"] = "not-the-token-the-fake-accepts");

        lines[1..5].ShouldBe(
        [
            "✗ Discord refused the token (401 Unauthorized): copy the bot's token from the Developer Portal (your application → Bot → Reset Token) into Discord:Token.",
            "✗ the Message Content intent: skipped: the token was refused",
            "✗ the guild: skipped: the token was refused",
            "✗ the notification channel: skipped: the token was refused",
        ]);
        lines[5].ShouldStartWith("✓ Docker engine `local`");
        exitCode.ShouldBe(1);
        string.Join('\n', lines).ShouldNotContain("not-the-token-the-fake-accepts");
    }

    [Fact]
    public async Task NamesThePortalSwitch_WhenTheApplicationLacksTheMessageContentIntent()
    {
        Discord.ApplicationFlags = 1 << 15; // GATEWAY_GUILD_MEMBERS_LIMITED only

        var (exitCode, lines) = await RunDoctorAsync();

        lines[2].ShouldBe("✗ the Message Content intent is not enabled for this application: switch on Message Content Intent in the Developer Portal (your application → Bot → Privileged Gateway Intents).");
        lines.Where(line => line.StartsWith('✗')).ShouldHaveSingleItem();
        exitCode.ShouldBe(1);
    }

    [Fact]
    public async Task NamesTheMissingPermissions_WhenTheChannelsOverwritesDenyThem()
    {
        // @everyone may not post here, and the bot's role may not manage messages: its guild-wide role grants no longer help.
        Discord.AddChannel(
            NotificationChannel,
            FakeDiscordServer.GuildId,
            "backups",
            new FakeOverwrite(FakeDiscordServer.GuildId, Allow: 0, Deny: SendMessages),
            new FakeOverwrite(BotRole, Allow: 0, Deny: ManageMessages));

        var (exitCode, lines) = await RunDoctorAsync();

        lines[4].ShouldBe(
            $"✗ in notification channel #backups ({NotificationChannel}) the bot lacks Send Messages, Manage Messages: allow them for the bot's role in that channel (Edit Channel → Permissions) or in Server Settings → Roles.");
        lines.Where(line => line.StartsWith('✗')).ShouldHaveSingleItem();
        exitCode.ShouldBe(1);
    }

    [Fact]
    public async Task NamesTheEngine_WhenOneIsDown()
    {
        var socket = Path.Combine(_work.FullName, "nothing-listens.sock");

        var (exitCode, lines) = await RunDoctorAsync(s =>
        {
            s["Docker:Engines:1:Name"] = "down";
            s["Docker:Engines:1:Endpoint"] = $"unix://{socket}";
        });

        lines[5].ShouldStartWith("✓ Docker engine `local`");
        lines[6].ShouldBe($"✗ Docker engine `down` is not reachable at unix://{socket} (nothing listens there): start Docker or fix Docker:Engines.");
        lines.Where(line => line.StartsWith('✗')).ShouldHaveSingleItem();
        exitCode.ShouldBe(1);
    }

    [Fact]
    public async Task SkipsWhatNeedsTheSetting_WhenTheConfigurationIsInvalid()
    {
        var (exitCode, lines) = await RunDoctorAsync(s => s.Remove("Discord:Token"));

        lines[0].ShouldBe("✗ configuration: Discord:Token is missing: set the Discord__Token environment variable or Discord:Token in appsettings.json (with dotnet run, also `dotnet user-secrets set Discord:Token <token>`).");
        lines[1..5].ShouldBe(
        [
            "✗ the Discord token: skipped: its settings are not valid (see the configuration lines)",
            "✗ the Message Content intent: skipped: its settings are not valid (see the configuration lines)",
            "✗ the guild: skipped: its settings are not valid (see the configuration lines)",
            "✗ the notification channel: skipped: its settings are not valid (see the configuration lines)",
        ]);
        lines[5].ShouldStartWith("✓ Docker engine `local`");
        exitCode.ShouldBe(1);
    }

    /// <summary>The bot's database, as a bot that ran before left it: created by our migrations.</summary>
    private async Task MigrateDatabaseAsync()
    {
        var (host, _) = TestApp.Build(Settings());
        using (host)
        {
            (await host.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None)).ShouldBeNull();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = BotUnderTest.Settings(setup.Sandbox, setup.Discord, Path.Combine(_work.FullName, "data"));
        settings["Backups:Directory"] = Path.Combine(_work.FullName, "backups");
        settings["Logging:File:Path"] = Path.Combine(_work.FullName, "logs", "latest.log");
        settings["Notifications:ChannelId"] = NotificationChannel.ToString(CultureInfo.InvariantCulture);
        return settings;
    }

    /// <summary>Runs <c>doctor</c> in the test's working directory with <see cref="Settings"/> as environment variables.</summary>
    private async Task<(int ExitCode, string[] Lines)> RunDoctorAsync(Action<Dictionary<string, string?>>? change = null)
    {
        var settings = Settings();
        change?.Invoke(settings);
        var start = BotProcess.StartInfo(settings, _work.FullName, "doctor");
        var before = Entries();
        var (exitCode, printed, errors) = await ChildProcess.RunAsync(start, TimeSpan.FromSeconds(60));

        output.WriteLine($"exit code {exitCode}:\n{printed}");
        errors.ShouldBeEmpty();
        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldNotContain(line => line.Contains(FakeDiscordRest.DefaultToken, StringComparison.Ordinal));
        Entries().ShouldBe(before, "doctor creates nothing (no database, backup or log directory, no leftover probe)");
        return (exitCode, lines);
    }

    // SQLite's own -wal and -shm files come and go with its connections (reading a WAL database makes them for a while).
    private string[] Entries() =>
    [
        .. _work.EnumerateFileSystemInfos("*", SearchOption.AllDirectories)
            .Select(e => Path.GetRelativePath(_work.FullName, e.FullName))
            .Where(path => !path.EndsWith("-wal", StringComparison.Ordinal) && !path.EndsWith("-shm", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal),
    ];
}
