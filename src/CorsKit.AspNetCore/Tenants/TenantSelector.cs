using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Tenants;

/// <summary>
/// Tells which tenant a request belongs to, so that the middleware applies that tenant's policy from the
/// <see cref="TenantPolicyStore"/>. Runs on every request: the built-in selectors read the request without allocating.
/// </summary>
public abstract class TenantSelector
{
    /// <summary>
    /// The request's tenant as a key of the store, or false when the request names none (it is then an unknown
    /// tenant's, see <see cref="UnknownTenant"/>).
    /// </summary>
    public abstract bool TrySelect(HttpContext context, out ReadOnlySpan<char> tenant);

    /// <summary>
    /// The request's host, as the <c>Host</c> header sends it, without its port: <c>tenant1.myapp.com</c>, or a
    /// customer's own domain. Store each tenant under its host (compared without case).
    /// </summary>
    public static TenantSelector ByHost() => HostSelector.Instance;

    /// <summary>
    /// The route value <paramref name="name"/>, such as <c>tenant</c> in <c>/{tenant}/orders</c>. Routing must run
    /// before CorsKit, as <c>UseRouting()</c> before <c>UseCorsKit()</c> or the default pipeline of a minimal API does.
    /// </summary>
    public static TenantSelector ByRouteValue(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new RouteValueSelector(name);
    }

    /// <summary>Any rule over the request, such as a claim or a header; <see langword="null"/> names no tenant.</summary>
    public static TenantSelector From(Func<HttpContext, string?> select)
    {
        ArgumentNullException.ThrowIfNull(select);
        return new DelegateSelector(select);
    }

    private sealed class HostSelector : TenantSelector
    {
        public static readonly HostSelector Instance = new();

        public override bool TrySelect(HttpContext context, out ReadOnlySpan<char> tenant)
        {
            var hostHeader = context.Request.Headers.Host;
            tenant = hostHeader.Count == 1 ? WithoutPort(hostHeader[0]) : default;
            return !tenant.IsEmpty;
        }

        // "host:port", "[v6]:port" or either without the port; the host keeps its brackets.
        private static ReadOnlySpan<char> WithoutPort(string? host)
        {
            var text = host.AsSpan();
            var colon = text.LastIndexOf(':');
            return colon >= 0 && text.LastIndexOf(']') < colon ? text[..colon] : text;
        }
    }

    private sealed class RouteValueSelector(string name) : TenantSelector
    {
        public override bool TrySelect(HttpContext context, out ReadOnlySpan<char> tenant)
        {
            tenant = context.Request.RouteValues.TryGetValue(name, out var value) && value is string text ? text : default;
            return !tenant.IsEmpty;
        }
    }

    private sealed class DelegateSelector(Func<HttpContext, string?> select) : TenantSelector
    {
        public override bool TrySelect(HttpContext context, out ReadOnlySpan<char> tenant)
        {
            tenant = select(context);
            return !tenant.IsEmpty;
        }
    }
}
