namespace CorsKit.Cli.Browser;

/// <summary>The bits of HTTP grammar the browser model needs: tokens and header-list splitting.</summary>
internal static class HttpSyntax
{
    /// <summary>True for a non-empty RFC 9110 token (tchar only).</summary>
    public static bool IsToken(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!IsTokenChar(c))
            {
                return false;
            }
        }

        return true;
    }

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

            if (!IsToken(item))
            {
                return null;
            }

            items.Add(item);
        }

        return items;
    }

    private static bool IsTokenChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
        || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}
