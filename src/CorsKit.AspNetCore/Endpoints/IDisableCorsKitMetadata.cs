namespace CorsKit.AspNetCore.Endpoints;

/// <summary>Turns CorsKit off for an endpoint: no CORS headers, and its preflights are not answered.</summary>
public interface IDisableCorsKitMetadata : ICorsKitMetadata
{
}
