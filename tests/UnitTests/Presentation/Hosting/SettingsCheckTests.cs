using System.Reflection;
using Microsoft.Extensions.Configuration;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.UnitTests.Presentation.Hosting;

/// <summary>Every setting is read and checked before the host is built: one sentence per problem, naming the key and the value (never a secret's).</summary>
public sealed class SettingsCheckTests
{
    private const string Token = "MTIz.secret-token-value";

    [Theory]
    [InlineData("Bot:ConfirmationSeconds", "abc", "Bot:ConfirmationSeconds must be a whole number between 1 and 300, not \"abc\".")]
    [InlineData("Bot:ConfirmationSeconds", "0", "Bot:ConfirmationSeconds must be between 1 and 300, not \"0\".")]
    [InlineData("Bot:ProgressEditSeconds", "fast", "Bot:ProgressEditSeconds must be a number between 0.01 and 600, not \"fast\".")]
    [InlineData("Bot:Prefix", "", "Bot:Prefix must not be empty: set a value or remove the setting.")]
    [InlineData("Bot:Prefix", "!!!!!!", "Bot:Prefix must be 1 to 5 characters, not \"!!!!!!\".")]
    [InlineData("Docker:Discovery:Mode", "Labels", "Docker:Discovery:Mode must be All, Label or AllowList, not \"Labels\".")]
    [InlineData("Docker:Discovery:Mode", "7", "Docker:Discovery:Mode must be All, Label or AllowList, not \"7\".")]
    [InlineData("Docker:Engines:0:Name", "-eu", "Docker:Engines:0:Name must start with a letter or digit and use only letters, digits, '_' or '-' (at most 32), not \"-eu\".")]
    [InlineData("Docker:RequestTimeoutSeconds", "", "Docker:RequestTimeoutSeconds must be a whole number between 1 and 300, not \"\".")]
    [InlineData("Discord:GatewayCompression", "yes", "Discord:GatewayCompression must be true or false, not \"yes\".")]
    [InlineData("Discord:ApiBaseUrl", "discord.com/api/v10", "Discord:ApiBaseUrl must be an http(s) URL without query, such as https://discord.com/api/v10/, not \"discord.com/api/v10\".")]
    [InlineData("Permissions:Admins:0", "alice", "Permissions:Admins:0 must be a Discord id (digits only; with Developer Mode on, right-click the user, channel or server → Copy ID), not \"alice\".")]
    [InlineData("Permissions:Admins:0", "1000", "Permissions:Admins:0 must be a Discord user id (17 to 20 digits; with Developer Mode on, right-click the user → Copy User ID), not \"1000\".")]
    [InlineData("Permissions:Admins", "123456789012345678", "Permissions:Admins is a list: set its entries as Permissions:Admins:0, Permissions:Admins:1, … (environment variables Permissions__Admins__0, …), not one value.")]
    [InlineData("Docker:Discovery", "Label", "Docker:Discovery is a group of settings, not a value: set the keys under it (Docker:Discovery:…) instead.")]
    [InlineData("Notifications:ChannelId", "#general", "Notifications:ChannelId must be a Discord id (digits only; with Developer Mode on, right-click the user, channel or server → Copy ID), not \"#general\".")]
    [InlineData("Database:Provider", "Postgres", "Database:Provider must be Sqlite or SqlServer, not \"Postgres\".")]
    [InlineData("Database:Provider", "SqlServer", "Database:Provider is SqlServer but ConnectionStrings:ServerStatus is not set: set it to the SQL Server connection string.")]
    [InlineData("Backups:Codec", "lz4", "Backups:Codec must be zstd or gzip, not \"lz4\".")]
    [InlineData("Audit:RetentionDays", "-1", "Audit:RetentionDays must be between 1 and 36500 days, not \"-1\".")]
    [InlineData("Console:ExecTimeoutSeconds", "1e3", "Console:ExecTimeoutSeconds must be a whole number between 1 and 3600, not \"1e3\".")]
    [InlineData("Alerts:CrashLoopRestarts", "1", "Alerts:CrashLoopRestarts must be between 2 and 1000, not \"1\".")]
    [InlineData("Alerts:ChannelId", "#alerts", "Alerts:ChannelId must be a Discord id (digits only; with Developer Mode on, right-click the user, channel or server → Copy ID), not \"#alerts\".")]
    [InlineData("Metrics:SampleSeconds", "2", "Metrics:SampleSeconds must be between 5 and 3600 seconds, not \"2\".")]
    [InlineData("Metrics:RetentionDays", "0", "Metrics:RetentionDays must be between 1 and 3650 days, not \"0\".")]
    [InlineData("Board:RefreshCooldownSeconds", "0", "Board:RefreshCooldownSeconds must be between 1 and 3600, not \"0\".")]
    [InlineData("Metrics:Enabled", "yes", "Metrics:Enabled must be true or false, not \"yes\".")]
    [InlineData("Updates:AutoWindow", "every night", "Updates:AutoWindow `every night` is not a cron expression (five fields, UTC, e.g. `0 4 * * *`).")]
    [InlineData("Updates:ProbationSeconds", "0", "Updates:ProbationSeconds must be between 1 and 3600, not \"0\".")]
    [InlineData("Jobs:DownsampleMetricsCron", "", "Jobs:DownsampleMetricsCron must be a cron expression, e.g. \"5 * * * *\".")]
    [InlineData("Jobs:EndMaintenanceCron", "", "Jobs:EndMaintenanceCron must be a cron expression, e.g. \"* * * * *\".")]
    [InlineData("Jobs:TrimLogsCron", " ", "Jobs:TrimLogsCron must be a cron expression, e.g. \"0 * * * *\".")]
    [InlineData("Logging:MinimumLevel", "Verbos", "Logging:MinimumLevel must be Verbose, Debug, Information, Warning, Error or Fatal, not \"Verbos\".")]
    [InlineData("Logging:File:SizeLimitKb", "10MB", "Logging:File:SizeLimitKb must be a whole number between 1 and 10485760, not \"10MB\".")]
    [InlineData("Dashboard:Enabled", "on", "Dashboard:Enabled must be true or false, not \"on\".")]
    [InlineData("Dashboard:Username", "admin", "Dashboard:Username and Dashboard:PasswordHash go together: set both, or neither.")]
    [InlineData("Bot:Cooldowns:restart", "soon", "Bot:Cooldowns:restart must be a whole number, not \"soon\".")]
    [InlineData("Bot:Cooldowns:restart", "0", "Bot:Cooldowns:restart must be a number of seconds from 1 to 86400, not 0.")]
    [InlineData("Bot:Cooldowns:restat", "60", "Bot:Cooldowns:restat names no command: did you mean restart?")]
    [InlineData("Bot:Cooldowns:send", "60", "Bot:Cooldowns:send names an alias: write Bot:Cooldowns:cmd.")]
    public void NamesTheKeyAndTheValue_WhenASettingCannotBeUsed(string key, string value, string sentence)
    {
        var problems = Check((key, value));

        problems.ShouldBe([sentence]);
    }

    [Theory]
    [InlineData("Discord:Token", "Bot " + Token, "Discord:Token starts with \"Bot \": set the token alone, without the prefix (the bot adds it).")]
    [InlineData("Discord:Token", Token + "\n", "Discord:Token contains spaces or line breaks: set the token alone, exactly as the Developer Portal shows it.")]
    [InlineData("Dashboard:Token", "", "Dashboard:Token must be at least 16 characters long.")]
    [InlineData("Dashboard:Token", "short-secret", "Dashboard:Token must be at least 16 characters long.")]
    [InlineData("Dashboard:PasswordHash", "plain-secret", "Dashboard:Username and Dashboard:PasswordHash go together: set both, or neither.")]
    [InlineData("ConnectionStrings:ServerStatus", "Data Source=bot.db;Password=plain-secret;Colour=blue", "ConnectionStrings:ServerStatus is not a valid SQLite connection string (Connection string keyword 'colour' is not supported. For a possible alternative, see https://go.microsoft.com/fwlink/?linkid=2142181).")]
    public void NeverQuotesTheSecret_WhenASecretCannotBeUsed(string key, string value, string sentence)
    {
        var problems = Check((key, value));

        problems.ShouldBe([sentence]);
        problems[0].ShouldNotContain("secret");
    }

    [Fact]
    public void AsksForTheToken_WhenItIsMissing()
    {
        var problems = SettingsCheck.Validate(new ConfigurationBuilder().Build());

        problems.ShouldBe(["Discord:Token is missing: set the Discord__Token environment variable or Discord:Token in appsettings.json (with dotnet run, also `dotnet user-secrets set Discord:Token <token>`)."]);
    }

    [Fact]
    public void ReportsEveryProblem_NotOnlyTheFirst()
    {
        var problems = Check(("Bot:ConfirmationSeconds", "abc"), ("Bot:TypingAfterMilliseconds", "soon"), ("Docker:Discovery:Mode", "Labels"));

        problems.Count.ShouldBe(3);
    }

    [Fact]
    public void Passes_WithTheShippedSettingsAndAToken()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .AddInMemoryCollection([new("Discord:Token", Token)])
            .Build();

        SettingsCheck.Validate(configuration).ShouldBeEmpty();
    }

    [Fact]
    public void ChecksEveryOptionsSection_OfTheBot()
    {
        var assemblies = new[] { typeof(SettingsCheck), typeof(ServerStatus.Infrastructure.DependencyInjection), typeof(ServerStatus.Application.DependencyInjection), typeof(global::DiscordApi.DiscordApiOptions) }
            .Select(t => t.Assembly);
        var sections = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } && t.Name.EndsWith("Options", StringComparison.Ordinal))
            .ToList();

        sections.ShouldNotBeEmpty();
        SettingsCheck.Sections.Select(s => s.Type).ShouldBe(sections, ignoreOrder: true);
    }

    private static IReadOnlyList<string> Check(params (string Key, string? Value)[] settings)
    {
        var values = new Dictionary<string, string?> { ["Discord:Token"] = Token };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        return SettingsCheck.Validate(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
    }
}
