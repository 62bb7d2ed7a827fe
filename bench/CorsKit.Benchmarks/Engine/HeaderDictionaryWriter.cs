using CorsKit.Evaluation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CorsKit.Benchmarks.Engine;

/// <summary>The plainest host writer: set each header by name, add to <c>Vary</c>. A struct, so the generic call is not boxed.</summary>
internal readonly struct HeaderDictionaryWriter(IHeaderDictionary headers) : ICorsResponseHeaderWriter
{
    public void AppendVaryOrigin()
    {
        var existing = headers.Vary;
        headers.Vary = existing.Count == 0 ? new StringValues("Origin") : StringValues.Concat(existing, "Origin");
    }

    public bool TrySetAllowOrigin(string value)
    {
        Set("Access-Control-Allow-Origin", value);
        return true;
    }

    public void SetAllowCredentials() => Set("Access-Control-Allow-Credentials", "true");

    public void SetAllowMethods(string value) => Set("Access-Control-Allow-Methods", value);

    public void SetAllowHeaders(string value) => Set("Access-Control-Allow-Headers", value);

    public void SetMaxAge(string value) => Set("Access-Control-Max-Age", value);

    public void SetExposeHeaders(string value) => Set("Access-Control-Expose-Headers", value);

    private void Set(string name, string value) => headers[name] = value;
}
