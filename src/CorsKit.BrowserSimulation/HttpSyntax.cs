using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation;

/// <summary>How the browser reads the header lists of a CORS response (Fetch "extract header list values").</summary>
internal static class HttpSyntax
{
    /// <summary>
    /// Parses a comma-separated list of tokens, such as <c>Access-Control-Allow-Methods</c>, the way browsers do:
    /// whitespace around items is ignored, empty items are skipped, and any item that is not a token makes the whole
    /// header unparsable (<see langword="null"/>), which the Fetch standard turns into a network error.
    /// </summary>
    public static IReadOnlyList<string>? ParseTokenList(string? combinedValue)
    {
        if (combinedValue is null)
        {
            return [];
        }

        var items = new List<string>();
        foreach (var raw in combinedValue.Split(','))
        {
            var item = raw.Trim(' ', '\t');
            if (item.Length == 0)
            {
                continue;
            }

            if (!HttpToken.IsToken(item))
            {
                return null;
            }

            items.Add(item);
        }

        return items;
    }
}
