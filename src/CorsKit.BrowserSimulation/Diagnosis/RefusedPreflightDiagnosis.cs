using CorsKit.BrowserSimulation.Transport;
using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation.Diagnosis;

/// <summary>
/// Finds what a refused preflight refused. A server that refuses a preflight sends no CORS headers at all (CorsKit does
/// so by design), so the browser's message always reads as if the origin were unknown. When the preflight asked
/// about a method or headers, this asks again, one question per preflight: the origin with a safelisted method, then
/// the method alone, then each header alone. These are not requests a browser sends, and the report says so.
/// </summary>
internal static class RefusedPreflightDiagnosis
{
    /// <summary>What the narrower preflights found.</summary>
    /// <param name="Method">The method the preflight asked about.</param>
    /// <param name="OriginAllowed">A preflight for the origin alone (GET, no headers) was allowed.</param>
    /// <param name="MethodRefused">A preflight for the method alone was refused.</param>
    /// <param name="RefusedHeaders">The headers whose preflight, alone, was refused.</param>
    /// <param name="Sent">How many preflights were sent to find this.</param>
    public sealed record Finding(string Method, bool OriginAllowed, bool MethodRefused, IReadOnlyList<string> RefusedHeaders, int Sent)
    {
        /// <summary>The fix, when the origin is allowed and something narrower is refused.</summary>
        public string? Fix =>
            !OriginAllowed || (!MethodRefused && RefusedHeaders.Count == 0)
                ? null
                : string.Join(" ", Causes());

        /// <summary>One line for the report: what was sent and what each answer said.</summary>
        public string Note(string origin) =>
            $"corskit sent {Sent} more preflight(s), one question each, to find the cause (a browser sends none of them): "
            + (OriginAllowed ? $"{origin} alone is allowed" : $"{origin} alone is refused")
            + (OriginAllowed && MethodRefused ? $"; {Method} is refused" : "")
            + (OriginAllowed && RefusedHeaders.Count > 0 ? $"; {string.Join(", ", RefusedHeaders)} {(RefusedHeaders.Count == 1 ? "is" : "are")} refused" : "")
            + ".";

        private IEnumerable<string> Causes()
        {
            yield return "The origin is allowed; the server refused the preflight for what it asked.";
            if (MethodRefused)
            {
                yield return $"Allow {Method} in Access-Control-Allow-Methods (CorsKit: add it to Methods / CORS_METHODS), or send GET, HEAD or POST instead.";
            }

            if (RefusedHeaders.Count > 0)
            {
                yield return $"Allow {string.Join(", ", RefusedHeaders)} in Access-Control-Allow-Headers (CorsKit: add {(RefusedHeaders.Count == 1 ? "it" : "them")} to Headers / CORS_HEADERS), or stop sending {(RefusedHeaders.Count == 1 ? "it" : "them")} from the page.";
            }
        }
    }

    /// <summary>
    /// Asks the narrower questions when there is any to ask (a method beyond the safelisted ones, or a header);
    /// <see langword="null"/> otherwise, when the origin is the only thing the preflight asked about.
    /// </summary>
    public static async Task<Finding?> RunAsync(IHttpTransport transport, Uri url, string origin, string method, IReadOnlyList<string> headers, IReadOnlyList<HeaderLine> metadata, CancellationToken cancellationToken)
    {
        var askedMethod = !FetchMethods.IsSafelisted(method);
        if (!askedMethod && headers.Count == 0)
        {
            return null;
        }

        var sent = 0;
        async Task<bool> AllowsAsync(string askMethod, IReadOnlyList<string> askHeaders)
        {
            sent++;
            var response = await transport.SendAsync(BrowserRequests.Preflight(url, origin, askMethod, askHeaders, metadata), cancellationToken).ConfigureAwait(false);
            return response.IsOk && response.Get("Access-Control-Allow-Origin") is { } allowed && (allowed == origin || allowed == "*");
        }

        if (!await AllowsAsync("GET", []).ConfigureAwait(false))
        {
            return new Finding(method, false, false, [], sent);
        }

        var methodRefused = askedMethod && !await AllowsAsync(method, []).ConfigureAwait(false);
        var refusedHeaders = new List<string>();
        foreach (var header in headers)
        {
            if (!await AllowsAsync("GET", [header]).ConfigureAwait(false))
            {
                refusedHeaders.Add(header);
            }
        }

        return new Finding(method, true, methodRefused, refusedHeaders, sent);
    }
}
