using DiscordApi.Rest;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Doctor;

/// <summary>
/// <c>ServerStatus doctor</c>: checks the set-up without starting the bot (no gateway connection, no jobs, no
/// listener, no migrations, no legacy import) and prints one ✓/✗ line per check. Exit code 0 when all pass, else 1.
/// </summary>
public static class DoctorCommand
{
    public const string Name = "doctor";

    /// <summary>Builds the bot's composition from the same configuration sources (<paramref name="args"/> after <c>doctor</c> included) and runs the checks.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        WebApplicationBuilder builder;
        try
        {
            builder = BotConfiguration.CreateBuilder(args);
        }
        catch (InvalidSettingsException ex)
        {
            // appsettings.json (or another settings file) is not valid JSON: nothing else can be read.
            await output.WriteLineAsync(DoctorLine.Fail("configuration", ex.Message).ToString());
            return 1;
        }

        // The report is the only output: no log lines in between (and no log file written).
        builder.Logging.ClearProviders();

        // Registered first, so AddDiscordRest keeps it: one quick retry, not a minute of patience with a dead network.
        builder.Services.AddSingleton(new DiscordRestSettings { MaxServerErrorRetries = 1, ServerErrorBackoff = TimeSpan.FromMilliseconds(500), RequestTimeout = TimeSpan.FromSeconds(10), MaxQueueWait = TimeSpan.FromSeconds(10) });
        builder.Services.AddServerStatus();
        builder.Services.AddServerStatusWeb();
        builder.Services.AddSingleton<DoctorReport>();
        builder.Services.AddSingleton<DiscordChecks>();
        builder.Services.AddSingleton<EngineChecks>();
        builder.Services.AddSingleton<DatabaseCheck>();
        builder.Services.AddSingleton<BackupDirectoryCheck>();
        builder.Services.AddSingleton<DashboardCheck>();

        // Built, never started: hosted services (gateway, Hangfire server, listener) stay off.
        await using var app = builder.Build();
        return await app.Services.GetRequiredService<DoctorReport>().RunAsync(output, ct) ? 0 : 1;
    }
}
