using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.BrowserSimulation;

/// <summary>Builds the requests exactly as a browser puts them on the wire (the CORS-relevant parts).</summary>
internal static class BrowserRequests
{
    /// <summary>
    /// The CORS-preflight request: OPTIONS, <c>Accept: */*</c>, the origin, the method and the unsafe header names
    /// joined by "," without spaces. Never cookies or the page's own headers.
    /// </summary>
    public static SentRequest Preflight(Uri url, string origin, string method, IReadOnlyList<string> unsafeHeaderNames, IReadOnlyList<HeaderLine> fetchMetadata)
    {
        var headers = new List<HeaderLine>
        {
            new("Accept", "*/*"),
            new("Origin", origin),
            new("Access-Control-Request-Method", method),
        };
        if (unsafeHeaderNames.Count > 0)
        {
            headers.Add(new HeaderLine("Access-Control-Request-Headers", string.Join(',', unsafeHeaderNames)));
        }

        headers.AddRange(fetchMetadata);

        return new SentRequest("OPTIONS", url, headers);
    }

    /// <summary>
    /// The actual request: the page's headers, <c>Accept: */*</c> when it set none, <c>Origin</c> when cross-origin (or
    /// for any method but GET and HEAD, as browsers send it then), and the Fetch Metadata headers.
    /// </summary>
    public static SentRequest Actual(Uri url, string? origin, string method, IReadOnlyList<RequestHeader> headers, string? body, IReadOnlyList<HeaderLine> fetchMetadata)
    {
        var lines = new List<HeaderLine>();
        if (!headers.Any(h => string.Equals(h.Name, "Accept", StringComparison.OrdinalIgnoreCase)))
        {
            lines.Add(new HeaderLine("Accept", "*/*"));
        }

        lines.AddRange(headers.Select(h => new HeaderLine(h.Name, h.Value)));
        if (origin is not null)
        {
            lines.Add(new HeaderLine("Origin", origin));
        }

        lines.AddRange(fetchMetadata);
        return new SentRequest(method, url, lines, body);
    }
}
