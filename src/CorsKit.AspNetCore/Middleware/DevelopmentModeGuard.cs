using CorsKit.AspNetCore.Configuration;
using CorsKit.Policy;
using Microsoft.Extensions.Hosting;

namespace CorsKit.AspNetCore.Middleware;

/// <summary>Refuses development mode in Production unless it is explicitly forced.</summary>
internal static class DevelopmentModeGuard
{
    private static readonly ConfigurationProblemTemplate DenialHeaderInProduction = new(ConfigurationProblemKind.DevelopmentOnly,
        "is on in the Production environment: the " + CorsKitOptions.DenialReasonHeaderName + " header tells anyone probing the site what its CORS policy refuses.",
        "Turn it on only in Development (builder.Environment.IsDevelopment()), or also set " + nameof(CorsKitOptions.AllowDenialReasonHeaderInProduction) + " if you really mean it.");

    /// <exception cref="CorsConfigurationException">Development mode is on in Production without the second switch.</exception>
    public static void Verify(CorsKitOptions options, IHostEnvironment environment)
    {
        if (options.IncludeDenialReasonHeader && !options.AllowDenialReasonHeaderInProduction && environment.IsProduction())
        {
            throw new CorsConfigurationException([DenialHeaderInProduction.Create("CorsKitOptions:" + nameof(CorsKitOptions.IncludeDenialReasonHeader), "true")]);
        }
    }
}
