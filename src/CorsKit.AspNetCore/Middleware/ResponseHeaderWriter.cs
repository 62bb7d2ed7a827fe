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

    // The typed properties are fields on Kestrel's response headers; the string indexer is a hash lookup there.
    public void SetHeader(string name, string value)
    {
        switch (name)
        {
            case CorsHeaderNames.AccessControlAllowOrigin:
                _headers.AccessControlAllowOrigin = value;
                break;
            case CorsHeaderNames.AccessControlAllowCredentials:
                _headers.AccessControlAllowCredentials = value;
                break;
            case CorsHeaderNames.AccessControlAllowMethods:
                _headers.AccessControlAllowMethods = value;
                break;
            case CorsHeaderNames.AccessControlAllowHeaders:
                _headers.AccessControlAllowHeaders = value;
                break;
            case CorsHeaderNames.AccessControlMaxAge:
                _headers.AccessControlMaxAge = value;
                break;
            case CorsHeaderNames.AccessControlExposeHeaders:
                _headers.AccessControlExposeHeaders = value;
                break;
            default:
                _headers[name] = value;
                break;
        }
    }

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
