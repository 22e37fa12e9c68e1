using System.Net.Http.Headers;
using System.Text;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ServerStatus.Presentation.Discord.Dashboard;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>The whole bot with dashboard credentials (a login and a token), and one headless Chromium for the class.</summary>
public class DashboardFixture : BotFixture
{
    public const string User = "operator";
    public const string Password = "dashboard-pass-123";
    public const string Token = "dashboard-token-0123456789";

    private (IPlaywright Playwright, IBrowser Browser)? _chromium;

    public static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));

    public async Task<IBrowser> BrowserAsync() => (_chromium ??= await HeadlessChromium.LaunchAsync()).Browser;

    /// <summary>A browser context that answers the dashboard's login prompt with <paramref name="password"/> (the right one by default).</summary>
    public async Task<IBrowserContext> LoggedInContextAsync(string password = Password, IEnumerable<KeyValuePair<string, string>>? headers = null) =>
        await (await BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            HttpCredentials = new HttpCredentials { Username = User, Password = password },
            ExtraHTTPHeaders = headers,
        });

    /// <summary>Opens the recurring jobs page once start-up has registered its jobs, and returns its content.</summary>
    public Task<string> OpenRecurringPageAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var url = new Uri(Bot.BaseAddress, "/hangfire/recurring").ToString();
        return Eventually.ValueAsync(
            async () =>
            {
                var response = await page.GotoAsync(url);
                response.ShouldNotBeNull().Status.ShouldBe(200);
                return await page.ContentAsync();
            },
            content => content.Contains("trim-logs", StringComparison.Ordinal) && content.Contains("prune-backups", StringComparison.Ordinal),
            "the recurring jobs page lists trim-logs and prune-backups");
    }

    /// <summary>The id of the background job the recurring job <paramref name="id"/> made last (changes each time it is triggered).</summary>
    public string? LastJobOf(string id)
    {
        using var connection = Bot.App.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([id]).Single().LastJobId;
    }

    protected override void Configure(Dictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings["Dashboard:Username"] = User;
        settings["Dashboard:PasswordHash"] = DashboardPasswordHash.Create(Password, iterations: 1000);
        settings["Dashboard:Token"] = Token;
    }

    protected override async Task CleanUpAsync()
    {
        if (_chromium is { } chromium)
        {
            await chromium.Browser.DisposeAsync();
            chromium.Playwright.Dispose();
        }
    }
}
