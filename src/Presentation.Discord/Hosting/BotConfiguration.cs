using Microsoft.Extensions.Configuration.Json;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// The bot's settings sources, the same for running the bot, <c>doctor</c> and <c>healthcheck</c>. Lowest precedence
/// first: <c>appsettings.json</c> (and <c>appsettings.{Environment}.json</c>) beside the program, the same files in the
/// working directory, user secrets (Development only: <c>dotnet run</c>'s launch profile), environment variables, the
/// command line; then <see cref="DataDirectory"/>'s places for what no setting places.
/// </summary>
public static class BotConfiguration
{
    /// <summary>
    /// The builder with every source; <paramref name="configure"/> may add more (tests do) before the data directory's
    /// places are settled. Throws <see cref="InvalidSettingsException"/> when a settings file is not valid JSON.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        try
        {
            // Slim: no IIS integration, no HTTP/3 (QUIC), no hosting start-up assemblies; none of it serves a bot, and each costs memory.
            var builder = WebApplication.CreateSlimBuilder(args);
            AddSettingsBesideTheProgram(builder.Configuration, builder.Environment);
            configure?.Invoke(builder);
            DataDirectory.ApplyDefaults(builder.Configuration, builder.Environment.ContentRootPath);
            return builder;
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidSettingsException($"{ex.Message.TrimEnd('.')} ({ex.InnerException?.Message.TrimEnd('.')}): fix the file.");
        }
    }

    /// <summary>
    /// A published bot started from another directory still finds the settings shipped beside it; the working
    /// directory's files, read by default, come after them and win.
    /// </summary>
    private static void AddSettingsBesideTheProgram(ConfigurationManager configuration, IHostEnvironment environment)
    {
        var programDirectory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(AppContext.BaseDirectory));
        if (programDirectory == Path.TrimEndingDirectorySeparator(Path.GetFullPath(environment.ContentRootPath)))
        {
            return;
        }

        var sources = configuration.Sources;
        var workingDirectoryFiles = sources.TakeWhile(source => source is not JsonConfigurationSource).Count();
        sources.Insert(workingDirectoryFiles, Json(Path.Combine(programDirectory, $"appsettings.{environment.EnvironmentName}.json")));
        sources.Insert(workingDirectoryFiles, Json(Path.Combine(programDirectory, "appsettings.json")));
    }

    private static JsonConfigurationSource Json(string path)
    {
        var source = new JsonConfigurationSource { Path = path, Optional = true, ReloadOnChange = false };
        source.ResolveFileProvider();
        return source;
    }
}
