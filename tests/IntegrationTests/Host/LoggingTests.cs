using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ServerStatus.IntegrationTests.Host;

/// <summary>The host's Serilog file: minimum level from configuration, secrets masked in every line.</summary>
public sealed partial class LoggingTests(LoggingTests.Setup fixture) : BotTests<LoggingTests.Setup>(fixture)
{
    [Fact]
    public async Task SuppressesInformationLines_WhenTheMinimumLevelIsWarning()
    {
        LogLevelProbe(Logger());

        var text = await LogTextAsync("A warning for the level test");

        text.ShouldNotContain("[INF]");
        Bot.Logs.Entries.ShouldNotContain(e => e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task MasksTheToken_InMessagesPropertiesAndExceptions()
    {
        var token = Discord.Rest.Token;
        var logger = Logger();

        logger.Log(LogLevel.Warning, default, "Template with " + token + " inside", null, (text, _) => text);
        LogProperty(logger, "value " + token);
        LogException(logger, new InvalidOperationException("failed with " + token));

        var text = await LogTextAsync("Exception test done");

        text.ShouldNotContain(token);
        text.ShouldContain("Template with *** inside");
        text.ShouldContain("value ***");
        text.ShouldContain("failed with ***");
        Bot.Logs.Entries.ShouldNotContain(e => e.Text.Contains(token, StringComparison.Ordinal));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "A warning for the level test")]
    private static partial void LogLevelProbe(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Property {Value}")]
    private static partial void LogProperty(ILogger logger, string value);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Exception test done")]
    private static partial void LogException(ILogger logger, Exception ex);

    private ILogger Logger() => Bot.App.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ServerStatus.Tests.Logging");

    private async Task<string> LogTextAsync(string until)
    {
        var path = Path.Combine(Bot.LogDirectory, "latest.log");
        var text = "";
        await Eventually.HoldsAsync(
            () =>
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                text = reader.ReadToEnd();
                return text.Contains(until, StringComparison.Ordinal);
            },
            "the log file has the line");
        return text;
    }

    public sealed class Setup : BotFixture
    {
        protected override void Configure(Dictionary<string, string?> settings) => settings["Logging:MinimumLevel"] = "Warning";

        // Nothing to put back (the tests only log), and the captured lines must keep the bot's whole life, start-up included.
        protected override Task ResetAsync() => Task.CompletedTask;
    }
}
