using CorsKit.AspNetCore.Configuration;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Endpoints;
using CorsKit.AspNetCore.Middleware;
using CorsKit.AspNetCore.Policies;
using CorsKit.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CorsKit.AspNetCore.DependencyInjection;

/// <summary>
/// Compiles every policy while the application starts, before the server accepts a request, so an invalid
/// configuration stops the start with the full list of problems instead of failing on the first request. The same
/// goes for an endpoint that names a policy no configuration defines.
/// </summary>
internal sealed class CorsKitStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var services = app.ApplicationServices;
        var registry = services.GetRequiredService<CorsPolicyRegistry>();
        var options = services.GetRequiredService<IOptions<CorsKitOptions>>().Value;
        DevelopmentModeGuard.Verify(options, services.GetRequiredService<IHostEnvironment>());
        if (options.IncludeDenialReasonHeader)
        {
            CorsKitLog.DenialReasonHeaderEnabled(services.GetRequiredService<ILogger<CorsKitMiddleware>>());
        }

        next(app);

        // After the application's own configuration, which maps the endpoints.
        if (services.GetService<EndpointDataSource>() is { } endpoints
            && EndpointPolicyNames.FindUndefined(endpoints.Endpoints, registry.Current) is { Count: > 0 } undefined)
        {
            throw new CorsConfigurationException(undefined);
        }
    };
}
