using CorsKit.Evaluation;
using CorsKit.Headers;
using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Middleware;

/// <summary>
/// The engine's header writer over an ASP.NET Core response: each header through its typed
/// <see cref="IHeaderDictionary"/> property, which Kestrel's response headers implement as a field, so no name is
/// hashed or compared. A struct, so <see cref="CorsDecision.WriteHeaders{TWriter}(ref TWriter)"/> calls it unboxed.
/// </summary>
internal readonly struct ResponseHeaderWriter(IHeaderDictionary headers) : ICorsResponseHeaderWriter
{
    public void AppendVaryOrigin() => ResponseHeaders.AppendVary(headers, CorsHeaderNames.Origin);

    // Someone already answered (Microsoft's CORS middleware, the application): keep their answer whole; Vary is all
    // caches need.
    public bool TrySetAllowOrigin(string value)
    {
        if (headers.AccessControlAllowOrigin.Count > 0)
        {
            return false;
        }

        headers.AccessControlAllowOrigin = value;
        return true;
    }

    public void SetAllowCredentials() => headers.AccessControlAllowCredentials = "true";

    public void SetAllowMethods(string value) => headers.AccessControlAllowMethods = value;

    public void SetAllowHeaders(string value) => headers.AccessControlAllowHeaders = value;

    public void SetMaxAge(string value) => headers.AccessControlMaxAge = value;

    public void SetExposeHeaders(string value) => headers.AccessControlExposeHeaders = value;
}
