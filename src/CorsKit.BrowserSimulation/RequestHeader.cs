using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation;

/// <summary>One request header as the page sets it.</summary>
/// <param name="Name">The name, in the case the page wrote it.</param>
/// <param name="Value">The value.</param>
internal sealed record RequestHeader(string Name, string Value)
{
    /// <summary>Parses <c>"Name: value"</c> as curl writes it; <see langword="null"/> when there is no colon or no name.</summary>
    public static RequestHeader? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var name = text[..colon].Trim();
        var value = text[(colon + 1)..].Trim(' ', '\t');
        return HttpToken.IsToken(name) ? new RequestHeader(name, value) : null;
    }
}
