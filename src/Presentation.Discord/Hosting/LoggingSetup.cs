using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using ServerStatus.Application.Logging;
using ServerStatus.Infrastructure.Logging;

namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>
/// Serilog: console plus the rolling file of <c>Logging:File</c>, minimum level <c>Logging:MinimumLevel</c>; every
/// event passes <see cref="RedactingSink"/> first, so configured secrets never reach a sink. Logger providers added
/// to the builder (tests capture logs this way) receive the same redacted events.
/// </summary>
public static class LoggingSetup
{
    public const string MinimumLevelKey = "Logging:MinimumLevel";

    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";
    private const string FileTemplate = "{Timestamp:yyyy-MM-ddTHH:mm:ss.fffzzz} [{Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    public static IServiceCollection AddServerStatusLogging(this IServiceCollection services) =>
        services.AddSerilog((sp, logger) => Configure(sp, logger), preserveStaticLogger: true);

    public static LogEventLevel ParseLevel(string? text) =>
        TryParseLevel(text, out var level) ? level : throw new InvalidOperationException(LevelProblem(text));

    public static IEnumerable<string> LevelProblems(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration[MinimumLevelKey];
        return TryParseLevel(text, out _) ? [] : [LevelProblem(text)];
    }

    private static bool TryParseLevel(string? text, out LogEventLevel level)
    {
        level = LogEventLevel.Information;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        switch (text.Trim().ToUpperInvariant())
        {
            case "TRACE":
                level = LogEventLevel.Verbose;
                return true;
            case "CRITICAL":
                level = LogEventLevel.Fatal;
                return true;
            default:
                return Enum.TryParse(text, ignoreCase: true, out level) && Enum.IsDefined(level) && !text.Trim().All(char.IsDigit);
        }
    }

    private static string LevelProblem(string? text) =>
        $"{MinimumLevelKey} must be Verbose, Debug, Information, Warning, Error or Fatal, not \"{text}\".";

    private static void Configure(IServiceProvider services, LoggerConfiguration logger)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var file = services.GetRequiredService<IOptions<LogFileOptions>>().Value;
        var providers = services.GetServices<ILoggerProvider>().ToList();

        var sinks = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.GetFullPath(file.Path),
                outputTemplate: FileTemplate,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture,
                fileSizeLimitBytes: file.SizeLimitKb * 1024,
                rollOnFileSizeLimit: true,
                retainedFileCountLimit: file.RetainedFiles)
            .WriteTo.Sink(new LoggerProviderSink(providers))
            .CreateLogger();

        logger.MinimumLevel.Is(ParseLevel(configuration[MinimumLevelKey]))
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .MinimumLevel.Override("Hangfire", LogEventLevel.Warning)
            .Enrich.FromLogContext()

            // The host logs a listener it cannot open with the stack trace; BotHost says it in one sentence instead.
            .Filter.ByExcluding(e => e.Exception is IOException { InnerException: AddressInUseException })
            .WriteTo.Sink(new RedactingSink(sinks, SecretRedactor.FromConfiguration(configuration)));
    }
}
