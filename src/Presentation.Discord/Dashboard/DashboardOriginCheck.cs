namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>
/// Refuses (403) a state-changing dashboard request — any method but GET, HEAD, OPTIONS and TRACE — unless its
/// <c>Origin</c>, or its <c>Referer</c> when there is no <c>Origin</c>, names the host the request was sent to. Browsers
/// set both headers themselves, so a page on another site cannot pass, even though the browser resends the dashboard
/// login with its request; the antiforgery token Hangfire checks after the gate is the second, independent guard.
/// The scheme is not compared: a reverse proxy that ends TLS passes an https origin to an http listener.
/// </summary>
public sealed partial class DashboardOriginCheck(ILogger<DashboardOriginCheck> logger) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.Request;
        var source = request.Headers.Origin.ToString() is { Length: > 0 } origin ? origin : request.Headers.Referer.ToString();
        if (IsSafe(request.Method) || IsSameHost(source, request.Host))
        {
            await next(context);
            return;
        }

        LogRefused(request.Method, request.Path, source);
        await DashboardRefusal.WriteAsync(context, StatusCodes.Status403Forbidden, "Changes to the dashboard are accepted only from the dashboard's own pages.");
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool IsSameHost(string source, HostString host) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.Equals(uri.Host, host.Host, StringComparison.OrdinalIgnoreCase)
        && (host.Port is { } port ? uri.Port == port : uri.IsDefaultPort);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Dashboard {Method} {Path} refused: it came from '{Source}', not from the dashboard's own pages.")]
    private partial void LogRefused(string method, string path, string source);
}
