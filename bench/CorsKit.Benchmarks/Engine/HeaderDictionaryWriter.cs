using CorsKit.Evaluation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CorsKit.Benchmarks.Engine;

/// <summary>The plainest host writer: set each header, add to <c>Vary</c>. A struct, so the generic call is not boxed.</summary>
internal readonly struct HeaderDictionaryWriter(IHeaderDictionary headers) : ICorsResponseHeaderWriter
{
    public void SetHeader(string name, string value) => headers[name] = value;

    public void AppendVary(string value)
    {
        var existing = headers.Vary;
        headers.Vary = existing.Count == 0 ? new StringValues(value) : StringValues.Concat(existing, value);
    }
}
