using CorsKit.Evaluation;
using CorsKit.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CorsKit.AspNetCore.Middleware;

/// <summary>Writes a decision's headers to an ASP.NET Core response, without boxing and without allocating on the common path.</summary>
internal readonly struct ResponseHeaderWriter : ICorsResponseHeaderWriter
{
    private readonly IHeaderDictionary _headers;

    public ResponseHeaderWriter(IHeaderDictionary headers) => _headers = headers;

    public void SetHeader(string name, string value) => _headers[name] = value;

    // Adds to the application's Vary rather than replacing it; allocates only when both have a value to combine.
    public void AppendVary(string value)
    {
        var existing = _headers.Vary;
        if (existing.Count == 0)
        {
            _headers.Vary = value;
            return;
        }

        if (!ContainsToken(existing, value))
        {
            _headers.Vary = StringValues.Concat(existing, value);
        }
    }

    private static bool ContainsToken(StringValues values, string token)
    {
        foreach (var line in values)
        {
            var span = line.AsSpan();
            foreach (var range in span.Split(','))
            {
                var item = span[range].Trim();
                if (item.Equals(token, StringComparison.OrdinalIgnoreCase) || item.SequenceEqual("*"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
