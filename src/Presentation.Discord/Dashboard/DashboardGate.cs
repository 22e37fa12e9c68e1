using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>
/// Guards <c>/hangfire</c> (pages, assets and AJAX calls) before Hangfire sees the request: Basic auth against the
/// configured user name and password hash, or a bearer token; constant-time comparisons; 401 with a challenge
/// otherwise; 429 while the client (see <see cref="DashboardClient"/>) or every client is locked out. With no
/// credentials configured, only loopback requests that no proxy relayed pass, and they see the dashboard read-only.
/// </summary>
public sealed partial class DashboardGate(IOptions<DashboardAccessOptions> options, DashboardLockout lockout, ILogger<DashboardGate> logger) : IMiddleware
{
    public const string PassedKey = "ServerStatus.Dashboard.Passed";
    public const string ReadOnlyKey = "ServerStatus.Dashboard.ReadOnly";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var settings = options.Value;
        var client = DashboardClient.KeyOf(context);
        if (!settings.HasCredentials)
        {
            if (!IsLocal(context))
            {
                LogRefusedRemote(client);
                await DashboardRefusal.WriteAsync(context, StatusCodes.Status403Forbidden, "The dashboard is served only to local requests until Dashboard credentials are configured.");
                return;
            }

            context.Items[PassedKey] = true;
            context.Items[ReadOnlyKey] = true;
            await next(context);
            return;
        }

        if (lockout.LockedFor(client) is { } left)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(left.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await DashboardRefusal.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many failed logins; try again later.");
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        if (header.Length > 0 && Authenticate(header, settings))
        {
            lockout.RecordSuccess(client);
            context.Items[PassedKey] = true;
            await next(context);
            return;
        }

        if (header.Length > 0)
        {
            lockout.RecordFailure(client);
            LogFailedLogin(client);
        }

        context.Response.Headers.WWWAuthenticate = "Basic realm=\"ServerStatus dashboard\", charset=\"UTF-8\"";
        await DashboardRefusal.WriteAsync(context, StatusCodes.Status401Unauthorized, "Log in to see the dashboard.");
    }

    /// <summary>A loopback connection that no proxy relayed (a local reverse proxy would make every request look local).</summary>
    public static bool IsLocal(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is { } remote
            && IPAddress.IsLoopback(remote)
            && !DashboardClient.IsRelayed(context.Request);
    }

    private static bool Authenticate(string header, DashboardAccessOptions settings)
    {
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return !string.IsNullOrEmpty(settings.Token) && FixedTimeEquals(header["Bearer ".Length..].Trim(), settings.Token);
        }

        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase) || !settings.HasPassword)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return false;
        }

        // Both checks always run, so the time taken does not tell which one failed.
        var userMatches = FixedTimeEquals(decoded[..colon], settings.Username ?? "");
        var passwordMatches = DashboardPasswordHash.Verify(decoded[(colon + 1)..], settings.PasswordHash ?? "");
        return userMatches & passwordMatches;
    }

    /// <summary>Compares hashes of both values, so neither content nor length leaks through timing.</summary>
    private static bool FixedTimeEquals(string actual, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(actual)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Dashboard request from {Client} refused: no Dashboard credentials are configured and the request is not local.")]
    private partial void LogRefusedRemote(string client);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Failed dashboard login from {Client}.")]
    private partial void LogFailedLogin(string client);
}
