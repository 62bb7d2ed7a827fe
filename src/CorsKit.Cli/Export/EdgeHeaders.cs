using CorsKit.Headers;

namespace CorsKit.Cli.Export;

/// <summary>The response headers of the CORS protocol: the ones each export removes from the upstream's answers.</summary>
internal static class EdgeHeaders
{
    public static IReadOnlyList<string> CorsResponseHeaders { get; } =
    [
        CorsHeaderNames.AccessControlAllowOrigin, CorsHeaderNames.AccessControlAllowCredentials, CorsHeaderNames.AccessControlAllowMethods,
        CorsHeaderNames.AccessControlAllowHeaders, CorsHeaderNames.AccessControlMaxAge, CorsHeaderNames.AccessControlExposeHeaders,
    ];
}
