namespace CorsKit.AspNetCore.Endpoints;

/// <summary>
/// Endpoint metadata that tells CorsKit how to treat an endpoint. Endpoints that carry it also accept CORS
/// preflights in routing (see <see cref="PreflightRouting"/>), so a GET-only endpoint's preflight reaches CorsKit
/// with this metadata instead of becoming a 404 or 405.
/// </summary>
public interface ICorsKitMetadata
{
}
