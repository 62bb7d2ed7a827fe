using CorsKit.AspNetCore.Configuration;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Middleware;
using CorsKit.AspNetCore.Policies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CorsKit.AspNetCore.DependencyInjection;

/// <summary>
/// Compiles every policy while the application starts, before the server accepts a request, so an invalid
/// configuration stops the start with the full list of problems instead of failing on the first request.
/// </summary>
internal sealed class CorsKitStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var services = app.ApplicationServices;
        _ = services.GetRequiredService<CorsPolicyRegistry>();
        var options = services.GetRequiredService<IOptions<CorsKitOptions>>().Value;
        DevelopmentModeGuard.Verify(options, services.GetRequiredService<IHostEnvironment>());
        if (options.IncludeDenialReasonHeader)
        {
            CorsKitLog.DenialReasonHeaderEnabled(services.GetRequiredService<ILogger<CorsKitMiddleware>>());
        }

        next(app);
    };
}
