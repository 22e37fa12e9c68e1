using Microsoft.Extensions.Options;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Doctor;

/// <summary>
/// Runs every check of <c>doctor</c> and writes one line each, in a fixed order: configuration, Discord (token,
/// Message Content intent, guild, notification channel), Docker engines, database, backup directory, dashboard.
/// The checks run concurrently and are reported in that order. A check whose settings are not valid says it was
/// skipped; an unexpected error becomes its ✗ line, never a crash.
/// </summary>
public sealed class DoctorReport(IServiceProvider services)
{
    /// <summary>Writes the report; true when every line passed.</summary>
    public async Task<bool> RunAsync(TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        var configuration = Configuration();
        var settingsValid = configuration.All(line => line.Passed);
        Task<IReadOnlyList<DoctorLine>>[] checks =
        [
            Task.FromResult(configuration),
            GuardAsync(settingsValid, DiscordChecks.Checks, () => services.GetRequiredService<DiscordChecks>().RunAsync(ct)),
            GuardAsync(settingsValid, ["the Docker engines"], () => services.GetRequiredService<EngineChecks>().RunAsync(ct)),
            GuardAsync(settingsValid, ["the database"], async () => [await services.GetRequiredService<DatabaseCheck>().RunAsync(ct)]),
            GuardAsync(settingsValid, ["the backup directory"], () => Task.FromResult<IReadOnlyList<DoctorLine>>([services.GetRequiredService<BackupDirectoryCheck>().Run()])),
            GuardAsync(settingsValid, ["the dashboard"], () => Task.FromResult<IReadOnlyList<DoctorLine>>([services.GetRequiredService<DashboardCheck>().Run()])),
        ];

        var passed = true;
        foreach (var check in checks)
        {
            foreach (var line in await check)
            {
                await output.WriteLineAsync(line.ToString());
                passed &= line.Passed;
            }
        }

        return passed;
    }

    private IReadOnlyList<DoctorLine> Configuration()
    {
        var problems = SettingsCheck.Validate(services.GetRequiredService<IConfiguration>());
        return problems.Count == 0 ? [DoctorLine.Pass("the configuration is valid")] : [.. problems.Select(p => DoctorLine.Fail("configuration", p))];
    }

    /// <summary>Runs one group of checks; when its settings are not valid, each of <paramref name="checks"/> says it was skipped.</summary>
    private static async Task<IReadOnlyList<DoctorLine>> GuardAsync(bool settingsValid, IReadOnlyList<string> checks, Func<Task<IReadOnlyList<DoctorLine>>> run)
    {
        try
        {
            return await Task.Run(run);
        }
        catch (Exception ex) when (ex is OptionsValidationException || (!settingsValid && ex is InvalidOperationException))
        {
            // InvalidOperationException: the binder met a value of the wrong type, which the configuration lines name.
            return [.. checks.Select(what => DoctorLine.Skipped(what, "its settings are not valid (see the configuration lines)"))];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [DoctorLine.Fail($"{checks[0]} could not be checked ({ex.GetType().Name}: {ex.Message.TrimEnd('.')})", "fix what the message names; if it names nothing you configured, report it as a bug.")];
        }
    }
}
