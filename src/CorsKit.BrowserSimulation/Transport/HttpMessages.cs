namespace CorsKit.BrowserSimulation.Transport;

/// <summary>One header line as it went over the wire.</summary>
/// <param name="Name">The header name.</param>
/// <param name="Value">The header value.</param>
internal sealed record HeaderLine(string Name, string Value);

/// <summary>A request exactly as the simulated browser sends it.</summary>
/// <param name="Method">The method, byte for byte.</param>
/// <param name="Url">The absolute URL.</param>
/// <param name="Headers">The headers, in sending order.</param>
/// <param name="Body">The body, if any.</param>
internal sealed record SentRequest(string Method, Uri Url, IReadOnlyList<HeaderLine> Headers, string? Body = null);

/// <summary>A response as received: status and every header line (several lines may share a name).</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Headers">The header lines, in order.</param>
/// <param name="ProblemBody">The body when it is a small <c>application/problem+json</c> document (RFC 9457), which
/// explains a refusal; otherwise <see langword="null"/>: no other body is read.</param>
internal sealed record ReceivedResponse(int Status, IReadOnlyList<HeaderLine> Headers, string? ProblemBody = null)
{
    /// <summary>
    /// The Fetch standard's "get": every line with that name (case-insensitive) joined by ", ", or
    /// <see langword="null"/> when there is none. Two <c>Access-Control-Allow-Origin</c> lines therefore become one
    /// value with a comma, which never equals an origin.
    /// </summary>
    public string? Get(string name)
    {
        string? combined = null;
        foreach (var line in Headers)
        {
            if (string.Equals(line.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                combined = combined is null ? line.Value : combined + ", " + line.Value;
            }
        }

        return combined;
    }

    /// <summary>True when the status is a redirect the fetch algorithm follows (301, 302, 303, 307, 308).</summary>
    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308;

    /// <summary>True for an ok status (200–299).</summary>
    public bool IsOk => Status is >= 200 and <= 299;

    /// <summary>The distinct header names, in first-seen order.</summary>
    public IReadOnlyList<string> Names() =>
        Headers.Select(line => line.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
