using Microsoft.Extensions.Options;
using ServerStatus.Infrastructure.Docker;
using ServerStatus.Infrastructure.Persistence;
using ServerStatus.Presentation.Discord.DiscordApi;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// What must hold before the bot starts: valid configuration, a usable database (migrated), and
/// reachable Docker engines. Each problem is one sentence saying what to set.
/// </summary>
public sealed class StartupChecks(IServiceProvider services, DatabaseInitializer database, EngineHealthCheck engines)
{
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        problems.AddRange(ValidateOptions<DiscordApiOptions>());
        problems.AddRange(ValidateOptions<DockerOptions>());
        problems.AddRange(ValidateOptions<DatabaseOptions>());
        problems.AddRange(ValidateOptions<Bot.BotOptions>());
        if (problems.Count > 0)
        {
            return problems;
        }

        if (await database.InitializeAsync(ct) is { } databaseProblem)
        {
            problems.Add(databaseProblem);
        }

        problems.AddRange((await engines.FindUnreachableAsync(ct)).Select(p => $"{p.TrimEnd('.')}: start Docker or fix Docker:Engines."));
        return problems;
    }

    private IEnumerable<string> ValidateOptions<TOptions>()
        where TOptions : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<TOptions>>().Value;
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return ex.Failures.Select(f => f.Contains("DataAnnotation validation failed", StringComparison.Ordinal) ? Simplify(f) : f);
        }
    }

    // "DataAnnotation validation failed for 'X' members: 'Token' with the error: 'sentence'." → "sentence"
    private static string Simplify(string failure)
    {
        const string marker = "with the error: '";
        var start = failure.IndexOf(marker, StringComparison.Ordinal);
        return start < 0 ? failure : failure[(start + marker.Length)..].TrimEnd('.', '\'') + ".";
    }
}
