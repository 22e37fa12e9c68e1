using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>
/// The bot's process is killed (SIGKILL) while a restore replaces a server's files on a real bind mount; started again
/// on the same database, it puts the files back exactly as they were before the restore, starts the server again,
/// says so in the notification channel and in the audit log.
/// </summary>
public sealed partial class InterruptedRestoreTests(DiscordAndSandbox setup, ITestOutputHelper output)
    : IClassFixture<DiscordAndSandbox>, IDisposable
{
    private const ulong NotificationChannel = 820_000_000_000_000_002;
    private const int Files = 6000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("serverstatus-killed-");

    private FakeDiscordServer Discord => setup.Discord;

    [Fact]
    public async Task PutsTheFilesBackAsTheyWere_AndStartsTheServer_WhenTheBotWasKilledHalfWayThroughARestore()
    {
        var data = setup.Sandbox.CreateBindDirectory();
        Fill(data, "old");
        var server = await setup.Sandbox.CreateServerAsync("world", binds: [$"{data}:/data"]);
        await using (var first = await StartBotAsync())
        {
            await AnsweredAsync("$backup world old", "Backed up **world**");
            Fill(data, "current");
            File.WriteAllText(Path.Combine(data, "made-since.txt"), "a file the old backup does not have");
            var current = Checksum(data);

            var restoring = await Discord.WaitForReplyAsync(await Discord.SayAsync(TestApp.AdminId, "$restore world old --yes"), Patience);
            await Eventually.HoldsAsync(
                () => restoring.Edits.Any(edit => BytesRestored().IsMatch(FakeDiscordServer.Text(edit))),
                "the restore is replacing files",
                Patience);
            await first.KillAsync();
            output.WriteLine(first.Output);

            Checksum(data).ShouldNotBe(current, "the kill left the files half-restored");
            (await setup.Sandbox.StateAsync(server)).Running.ShouldBeFalse();

            await using var second = await StartBotAsync();
            var told = await Eventually.ValueAsync(
                () => Discord.Rest.MessagesIn(NotificationChannel).FirstOrDefault(m => m.Content?.Contains("restoring", StringComparison.Ordinal) == true),
                "the notification channel is told",
                Patience);
            output.WriteLine(second.Output);

            told.Content.ShouldStartWith("♻️ The bot was stopped while restoring `old` on **world**: its files were put back from the pre-restore backup `pre-restore-");
            told.Content.ShouldContain("It runs again.");
            Checksum(data).ShouldBe(current);
            (await setup.Sandbox.StateAsync(server)).Running.ShouldBeTrue();
            var audit = await AnsweredAsync("$audit world", "restore recovery");
            audit.Split('\n').ShouldContain(line => line.Contains("restore recovery", StringComparison.Ordinal) && line.Contains("✅ ok", StringComparison.Ordinal), audit);
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Delete(recursive: true);
    }

    /// <summary>Many small files: replacing them takes long enough to be killed half-way.</summary>
    private static void Fill(string directory, string generation)
    {
        foreach (var file in Directory.EnumerateFiles(directory))
        {
            File.Delete(file);
        }

        var bytes = new byte[16 * 1024];
        for (var i = 0; i < Files; i++)
        {
            Random.Shared.NextBytes(bytes);
            File.WriteAllBytes(Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{generation}-{i:D5}.bin")), bytes);
        }
    }

    /// <summary>Every file's name and content, in order.</summary>
    private static string Checksum(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private Task<BotProcess> StartBotAsync()
    {
        var settings = BotUnderTest.Settings(setup.Sandbox, Discord, _work.FullName);
        settings["Backups:Directory"] = Path.Combine(_work.FullName, "backups");
        settings["Backups:MinFreeSpaceMegabytes"] = "0";
        settings["Backups:ProgressIntervalMilliseconds"] = "10";
        settings["Bot:ProgressEditSeconds"] = "0.02";
        settings["Notifications:ChannelId"] = NotificationChannel.ToString(CultureInfo.InvariantCulture);
        return BotProcess.StartConnectedAsync(settings, _work.FullName, Discord, Patience);
    }

    private async Task<string> AnsweredAsync(string command, string expected)
    {
        var reply = await Discord.WaitForReplyAsync(await Discord.SayAsync(TestApp.AdminId, command), Patience);
        await Eventually.HoldsAsync(() => FakeDiscordServer.Text(reply).Contains(expected, StringComparison.Ordinal), $"`{command}` is answered", Patience);
        return FakeDiscordServer.Text(reply);
    }

    // "♻️ Restoring `old` on **world**… 40 MiB restored (3 s)".
    [GeneratedRegex(@"Restoring `old` on \*\*world\*\*… [1-9][0-9.]* (KiB|MiB|GiB) restored")]
    private static partial Regex BytesRestored();
}
