using System.Net;
using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Dashboard;

/// <summary>Who may open the decisions page: a browser on this machine, addressing it by a loopback name.</summary>
internal static class DashboardAccess
{
    /// <summary>
    /// True for a direct loopback connection whose Host is a loopback name. A proxied request (one that carries
    /// <c>Forwarded</c> or <c>X-Forwarded-For</c>) is refused even from loopback: a proxy on this machine forwards other
    /// machines' requests. The Host check stops DNS rebinding: a page of another site whose name an attacker points at
    /// 127.0.0.1 reaches this server under that name, never as <c>localhost</c>.
    /// </summary>
    public static bool Allows(HttpContext context)
    {
        var request = context.Request;
        return context.Connection.RemoteIpAddress is { } address
            && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)
            && request.Headers["Forwarded"].Count == 0
            && request.Headers["X-Forwarded-For"].Count == 0
            && IsLoopbackName(request.Host.Host);
    }

    private static bool IsLoopbackName(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
