using System.Net;
using Microsoft.Extensions.Options;
using ServerStatus.Presentation.Discord.Dashboard;
using ServerStatus.Presentation.Discord.Hosting;

namespace ServerStatus.Presentation.Discord.Doctor;

/// <summary>
/// The dashboard at <c>/hangfire</c>: a login is configured, or it runs in its loopback-only mode (no credentials: it
/// answers only local requests) on a listener that is loopback only. Without a login on a listener reachable from
/// elsewhere, every remote request gets 403: that is reported.
/// </summary>
public sealed class DashboardCheck(IServiceProvider services, IConfiguration configuration)
{
    public DoctorLine Run()
    {
        var problems = SettingsCheck.ValidateSection(configuration, DashboardAccessOptions.Section);
        if (problems.Count > 0)
        {
            return DoctorLine.Fail("the dashboard's settings are not valid", string.Join(" ", problems));
        }

        var settings = services.GetRequiredService<IOptions<DashboardAccessOptions>>().Value;
        if (!settings.Enabled)
        {
            return DoctorLine.Pass("the dashboard is switched off (Dashboard:Enabled is false)");
        }

        if (settings.HasCredentials)
        {
            var login = (settings.HasPassword, string.IsNullOrEmpty(settings.Token)) switch
            {
                (true, true) => "user name and password",
                (true, false) => "user name and password, or bearer token",
                _ => "bearer token",
            };
            return DoctorLine.Pass($"the dashboard at {DashboardEndpoints.Path} asks for a login ({login})");
        }

        var exposed = ListenerUrls(configuration).Where(url => !IsLoopback(url)).ToList();
        return exposed.Count == 0
            ? DoctorLine.Pass($"the dashboard at {DashboardEndpoints.Path} has no login and is served read-only to this machine only (the listener is loopback only)")
            : DoctorLine.Fail(
                $"the dashboard has no login while the listener is reachable from other machines ({string.Join(", ", exposed)}), which it answers with 403",
                "set Dashboard:Username and Dashboard:PasswordHash (made by `hash-password`) or Dashboard:Token, or set Dashboard:Enabled to false.");
    }

    /// <summary>The addresses the web host listens on: <c>Urls</c>, else <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c> (every interface), else ASP.NET Core's default.</summary>
    internal static IReadOnlyList<string> ListenerUrls(IConfiguration configuration)
    {
        static string[] Split(string? value) => value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var urls = Split(configuration["urls"]);
        if (urls.Length > 0)
        {
            return urls;
        }

        var ports = Split(configuration["http_ports"]).Select(p => $"http://*:{p}").Concat(Split(configuration["https_ports"]).Select(p => $"https://*:{p}")).ToList();
        return ports.Count > 0 ? ports : ["http://localhost:5000"];
    }

    /// <summary>Only <c>localhost</c> and loopback addresses; <c>*</c>, <c>+</c>, <c>0.0.0.0</c> and host names reach further.</summary>
    internal static bool IsLoopback(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 0 ? scheme + 3 : 0;
        var rest = url[start..];
        var host = rest.StartsWith('[') ? rest[1..Math.Max(1, rest.IndexOf(']', StringComparison.Ordinal))] : rest.Split(':', '/')[0];
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
