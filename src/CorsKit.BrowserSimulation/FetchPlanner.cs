using System.Text;
using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation;

/// <summary>Turns a page's request into a <see cref="FetchPlan"/>: normalization, forbidden headers, preflight decision.</summary>
internal static class FetchPlanner
{
    /// <summary>Plans <paramref name="method"/> with <paramref name="headers"/> (and a body when <paramref name="hasBody"/>).</summary>
    public static FetchPlan Plan(string method, IReadOnlyList<RequestHeader> headers, bool hasBody)
    {
        var normalized = FetchMethods.Normalize(method);
        var sent = headers.Where(h => !FetchRequestHeaders.IsForbidden(h.Name, h.Value)).ToList();
        var dropped = headers.Where(h => FetchRequestHeaders.IsForbidden(h.Name, h.Value)).ToList();
        var rejection = Rejection(method, normalized, hasBody);
        var unsafeNames = FetchRequestHeaders.UnsafeNames(sent.Select(h => KeyValuePair.Create(h.Name, h.Value)));
        var reasons = new List<string>();
        if (!FetchMethods.IsSafelisted(normalized))
        {
            reasons.Add($"the method {normalized} is not GET, HEAD or POST");
        }

        foreach (var name in unsafeNames)
        {
            reasons.Add(ExplainUnsafe(name, sent));
        }

        return new FetchPlan(normalized, sent, dropped, unsafeNames, reasons, rejection);
    }

    private static string? Rejection(string method, string normalized, bool hasBody)
    {
        if (!HttpToken.IsToken(method))
        {
            return $"'{method}' is not a valid HTTP method.";
        }

        if (FetchMethods.IsForbidden(method))
        {
            return $"'{method}' HTTP method is unsupported.";
        }

        return hasBody && normalized is "GET" or "HEAD" ? "Request with GET/HEAD method cannot have body." : null;
    }

    private static string ExplainUnsafe(string lowerName, IReadOnlyList<RequestHeader> headers)
    {
        var header = headers.First(h => string.Equals(h.Name, lowerName, StringComparison.OrdinalIgnoreCase));
        if (FetchRequestHeaders.IsSafelisted(header.Name, header.Value))
        {
            return $"the header {lowerName} is safelisted, but the safelisted values total more than {FetchRequestHeaders.MaxSafelistedTotalBytes} bytes";
        }

        if (Encoding.UTF8.GetByteCount(header.Value) > FetchRequestHeaders.MaxSafelistedValueBytes)
        {
            return $"the header {lowerName} has a value longer than {FetchRequestHeaders.MaxSafelistedValueBytes} bytes";
        }

        return lowerName switch
        {
            "content-type" => $"the content-type '{header.Value}' is not application/x-www-form-urlencoded, multipart/form-data or text/plain",
            "accept" or "accept-language" or "content-language" => $"the header {lowerName} has a character not allowed in a safelisted value: '{header.Value}'",
            "range" => $"the range '{header.Value}' is not a single bytes=N- or bytes=N-M range",
            _ => $"the header {lowerName} is not a CORS-safelisted request header",
        };
    }
}
