using CorsKit.AspNetCore.Dashboard;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps CorsKit's decisions page.</summary>
public static class CorsKitDashboardEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves the decisions page at <paramref name="pattern"/>: the policies in force and where their settings came
    /// from, the last reload, the last decisions live (200 are kept) with the reason and the fix of each refusal, and a
    /// "try it" form that runs corskit's browser model against the policy without sending any request.
    /// </summary>
    /// <remarks>
    /// It is on in Development only (<see cref="CorsKitDashboardOptions.AllowOutsideDevelopment"/> overrides that, with a
    /// warning), and answers 404 to any client but a browser on this machine addressing it as <c>localhost</c> or a
    /// loopback address. It never shows a cookie, an <c>Authorization</c> value or a query string. Decisions are
    /// recorded only while the page is on.
    /// </remarks>
    /// <param name="endpoints">The application.</param>
    /// <param name="pattern">Where the page is served.</param>
    /// <param name="configure">Changes the options.</param>
    /// <returns>The endpoints' group, for further conventions.</returns>
    public static IEndpointConventionBuilder MapCorsKitDashboard(this IEndpointRouteBuilder endpoints, string pattern = CorsKitDashboardOptions.DefaultPath, Action<CorsKitDashboardOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var options = new CorsKitDashboardOptions();
        configure?.Invoke(options);
        return DashboardEndpoints.Map(endpoints, pattern, options);
    }
}
