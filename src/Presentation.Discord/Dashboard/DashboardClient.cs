using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Primitives;

namespace ServerStatus.Presentation.Discord.Dashboard;

/// <summary>
/// Who a dashboard request comes from, as the lock-out counts failed logins: its remote address, except that every
/// loopback address is this one machine, an IPv6 address counts with its /64 (a host or a home gets a whole /64), and
/// a request that a local reverse proxy relayed comes from the address the proxy names — the last entry of
/// <c>X-Forwarded-For</c>, else of <c>Forwarded</c>, else <c>X-Real-IP</c>; the last entry is the one the nearest
/// proxy added, the earlier ones are whatever the client sent. Proxy headers on a connection from another machine
/// are ignored, as anyone could send them.
/// </summary>
public static class DashboardClient
{
    public const string ThisMachine = "this machine";

    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP"];

    /// <summary>Whether the request carries a header that a reverse proxy adds when it relays a request.</summary>
    public static bool IsRelayed(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ProxyHeaders.Any(request.Headers.ContainsKey);
    }

    public static string KeyOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Connection.RemoteIpAddress is not { } remote)
        {
            return "unknown";
        }

        return KeyOf(IPAddress.IsLoopback(remote) && ForwardedAddress(context.Request) is { } forwarded ? forwarded : remote);
    }

    private static string KeyOf(IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (IPAddress.IsLoopback(plain))
        {
            return ThisMachine;
        }

        if (plain.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return plain.ToString();
        }

        var prefix = plain.GetAddressBytes();
        Array.Clear(prefix, 8, 8);
        return new IPAddress(prefix) + "/64";
    }

    private static IPAddress? ForwardedAddress(HttpRequest request)
    {
        var headers = request.Headers;
        var value = LastEntry(headers["X-Forwarded-For"])
            ?? ForParameter(LastEntry(headers["Forwarded"]))
            ?? LastEntry(headers["X-Real-IP"]);
        return value is not null && IPEndPoint.TryParse(value.Trim('"'), out var endpoint) ? endpoint.Address : null;
    }

    /// <summary>The last entry of a comma-separated header, over all its lines; null when there is none.</summary>
    private static string? LastEntry(StringValues values) => values.ToString().Split(',')[^1].Trim() is { Length: > 0 } last ? last : null;

    /// <summary>The <c>for</c> parameter of one <c>Forwarded</c> element (RFC 7239), e.g. <c>for="[2001:db8::17]:4711";proto=https</c>.</summary>
    private static string? ForParameter(string? element) =>
        element?.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("for=", StringComparison.OrdinalIgnoreCase))?["for=".Length..];
}
