using Microsoft.AspNetCore.Cors.Infrastructure;

namespace CorsKit.AspNetCore.Endpoints;

/// <summary>
/// Endpoint metadata that tells CorsKit how to treat an endpoint. It derives from ASP.NET Core's
/// <see cref="ICorsMetadata"/> marker on purpose: routing then matches a preflight (<c>OPTIONS</c>) to the endpoint
/// of the method it announces, so a GET-only endpoint's preflight reaches CorsKit with its metadata instead of a 405.
/// </summary>
public interface ICorsKitMetadata : ICorsMetadata
{
}
