using CorsKit.AspNetCore.Middleware;
using CorsKit.AspNetCore.Policies;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds CorsKit to the request pipeline.</summary>
public static class CorsKitApplicationBuilderExtensions
{
    /// <summary>
    /// Adds the CorsKit middleware. Place it after <c>UseRouting()</c> (implicit in minimal API apps) so endpoint policies
    /// apply, and before authentication, authorization and the endpoints, so preflights are answered before any of them.
    /// </summary>
    public static IApplicationBuilder UseCorsKit(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.ApplicationServices.GetService(typeof(CorsPolicyRegistry)) is null)
        {
            throw new InvalidOperationException("UseCorsKit() needs CorsKit's services: call builder.Services.AddCorsKit(...) when configuring services.");
        }

        return app.UseMiddleware<CorsKitMiddleware>();
    }
}
