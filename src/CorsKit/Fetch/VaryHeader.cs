namespace CorsKit.Fetch;

/// <summary>
/// The <c>Vary</c> response header (https://www.rfc-editor.org/rfc/rfc9110#name-vary), which tells shared caches
/// that a response depends on <c>Origin</c> (Fetch: https://fetch.spec.whatwg.org/#cors-protocol-and-http-caches).
/// </summary>
public static class VaryHeader
{
    /// <summary>
    /// True when <paramref name="value"/>, a comma-separated <c>Vary</c> line, already names <paramref name="token"/>
    /// (in any case) or is <c>*</c>, which varies on everything.
    /// </summary>
    public static bool Covers(ReadOnlySpan<char> value, ReadOnlySpan<char> token)
    {
        foreach (var range in value.Split(','))
        {
            var item = value[range].Trim(" \t");
            if (item.Equals(token, StringComparison.OrdinalIgnoreCase) || item.SequenceEqual("*"))
            {
                return true;
            }
        }

        return false;
    }
}
