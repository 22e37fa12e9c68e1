using System.Text.RegularExpressions;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Health;

/// <summary>
/// <c>healthcheck</c>: asks the running bot's <c>/healthz</c> on its own listener (the first of <c>Urls</c>) and exits
/// 0 when it answers 200, else 1 with one sentence — a container's <c>HEALTHCHECK</c>, since runtime images have no curl.
/// </summary>
public static partial class HealthCheckCommand
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Reads the bot's settings as the bot does (<paramref name="args"/> after <c>healthcheck</c> included) and asks.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(errors);
        IConfiguration configuration;
        try
        {
            configuration = BotConfiguration.CreateBuilder(args).Configuration;
        }
        catch (InvalidSettingsException ex)
        {
            await errors.WriteLineAsync(ex.Message);
            return 1;
        }

        return await RunAsync(configuration, errors, ct);
    }

    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(errors);
        var urls = configuration["urls"];
        if (ProbeUrl(urls) is not { } url)
        {
            await errors.WriteLineAsync($"Cannot tell where the bot listens from Urls `{urls}`: set Urls to an http address with a fixed port, e.g. http://127.0.0.1:5080.");
            return 1;
        }

        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(url, ct);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await errors.WriteLineAsync($"{url} answered {(int)response.StatusCode}.");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await errors.WriteLineAsync($"{url} did not answer ({ex.Message.TrimEnd('.')}).");
        }

        return 1;
    }

    /// <summary>
    /// Where to ask: <c>/healthz</c> on the first listener of <paramref name="urls"/>, a wildcard host (<c>*</c>, <c>+</c>,
    /// <c>0.0.0.0</c>, <c>[::]</c>) asked on loopback; null when there is no listener or its port is chosen at start (0).
    /// </summary>
    public static Uri? ProbeUrl(string? urls)
    {
        var first = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null || Listener().Match(first) is not { Success: true } match)
        {
            return null;
        }

        var scheme = match.Groups["scheme"].Value.ToLowerInvariant();
        var port = match.Groups["port"].Success ? int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture) : scheme == "https" ? 443 : 80;
        var host = match.Groups["host"].Value switch
        {
            "*" or "+" or "0.0.0.0" => "127.0.0.1",
            "[::]" => "[::1]",
            var named => named,
        };
        return port is > 0 and <= 65535 ? new Uri($"{scheme}://{host}:{port}/healthz") : null;
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>\[[^\]]*\]|[^:/\[]+)(?::(?<port>\d{1,5}))?(?:/.*)?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Listener();
}
