using DiscordApi.Gateway;
using Microsoft.AspNetCore.Connections;
using ServerStatus.Infrastructure.Instances;
using ServerStatus.Presentation.Discord.Dashboard;
using ServerStatus.Presentation.Discord.Health;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>Builds and runs the bot's host; <c>Program</c> and the end-to-end tests share it.</summary>
public static class BotHost
{
    /// <summary>
    /// The host on these arguments, its settings read and checked before anything is built from them. Throws
    /// <see cref="InvalidSettingsException"/> with one sentence per problem.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = BotConfiguration.CreateBuilder(args, builder =>
        {
            // Serilog writes console and file; providers added by configure (tests) get the same redacted events.
            builder.Logging.ClearProviders();
            configure?.Invoke(builder);
        });
        if (SettingsCheck.Validate(builder.Configuration) is { Count: > 0 } problems)
        {
            throw new InvalidSettingsException(problems);
        }

        builder.Services.AddServerStatus();
        builder.Services.AddServerStatusWeb();
        builder.Services.AddServerStatusLogging();
        var app = builder.Build();
        app.MapHealthEndpoints();
        return app;
    }

    /// <summary>
    /// Runs the start-up checks; when they pass, serves the dashboard. Its job storage is made only then, so that an
    /// unreachable SQL Server is the checks' sentence, not Hangfire's retries with their stack traces.
    /// </summary>
    public static async Task<IReadOnlyList<string>> PrepareAsync(WebApplication app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var problems = await app.Services.GetRequiredService<StartupChecks>().RunAsync(ct);
        if (problems.Count == 0)
        {
            app.UseServerStatusDashboard();
        }

        return problems;
    }

    /// <summary>What <c>Program</c> runs: builds the host and runs it; a setting that cannot be used is one line on <paramref name="errors"/> each and exit code 1.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        WebApplication app;
        try
        {
            app = Build(args);
        }
        catch (InvalidSettingsException ex)
        {
            return await FailAsync(errors, ex.Problems);
        }

        await using (app)
        {
            return await RunAsync(app, errors);
        }
    }

    /// <summary>Runs the start-up checks, imports legacy permissions, then the bot until it is stopped. Returns the process exit code.</summary>
    public static async Task<int> RunAsync(WebApplication app, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(errors);
        var problems = await PrepareAsync(app, app.Lifetime.ApplicationStopping);
        if (problems.Count > 0)
        {
            return await FailAsync(errors, problems);
        }

        // Never stops the bot: problems are logged, and the bot runs with the permissions it has.
        await app.Services.GetRequiredService<LegacyPermissionsStartup>().RunAsync(app.Lifetime.ApplicationStopping);

        // Resolved before running: RunAsync disposes the app's services when it returns.
        var gateway = app.Services.GetRequiredService<IDiscordGateway>();
        var lease = app.Services.GetRequiredService<ActiveInstanceLease>();
        var listenerInUse = ListenerProblem.AddressInUse(app.Configuration);
        try
        {
            await app.RunAsync();
        }
        catch (IOException ex) when (ex.InnerException is AddressInUseException)
        {
            return await FailAsync(errors, [listenerInUse]);
        }

        if (lease.Lost)
        {
            await errors.WriteLineAsync("Another instance took over as the active one (this instance lost its lease): stopped so that only one answers; started again, it stands by.");
            return 3;
        }

        // Discord refused the bot for good (bad token, missing intent): a service manager should not restart it blindly.
        if (gateway.State != GatewayState.Fatal)
        {
            return 0;
        }

        await errors.WriteLineAsync(gateway.Completion.Exception?.InnerException is GatewayFatalException refused
            ? refused.Message
            : "The Discord gateway stopped unexpectedly: the log says why.");
        return 2;
    }

    private static async Task<int> FailAsync(TextWriter errors, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            await errors.WriteLineAsync(problem);
        }

        return 1;
    }
}
