using CorsKit.BrowserSimulation.Transport;
using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation;

/// <summary>Which response headers a page can read from a CORS response (<c>response.headers.get</c>).</summary>
internal static class ExposedHeaders
{
    /// <summary>Splits the response's header names into those the page can read and those it cannot.</summary>
    public static (IReadOnlyList<string> Readable, IReadOnlyList<string> Hidden) Split(ReceivedResponse response, CredentialsMode credentials)
    {
        // An unparsable list exposes nothing extra, like a missing one.
        var exposed = HttpSyntax.ParseTokenList(response.Get("Access-Control-Expose-Headers")) ?? [];
        var readable = new List<string>();
        var hidden = new List<string>();
        foreach (var name in response.Names())
        {
            (FetchResponseHeaders.IsExposed(name, exposed, credentials == CredentialsMode.Include) ? readable : hidden).Add(name);
        }

        return (readable, hidden);
    }
}
