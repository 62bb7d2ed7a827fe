namespace CorsKit.Fetch;

/// <summary>
/// The <c>token</c> production of RFC 9110 (https://www.rfc-editor.org/rfc/rfc9110#name-tokens), which methods and
/// header names must match (Fetch "method" and "header name").
/// </summary>
public static class HttpToken
{
    // tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
    private static readonly System.Buffers.SearchValues<char> TokenChars = System.Buffers.SearchValues.Create(
        "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>True when <paramref name="value"/> is a non-empty token.</summary>
    public static bool IsToken(ReadOnlySpan<char> value) =>
        !value.IsEmpty && !value.ContainsAnyExcept(TokenChars);

    /// <summary>The length of the token that starts <paramref name="value"/>: the index of the first non-token character.</summary>
    public static int LeadingTokenLength(ReadOnlySpan<char> value)
    {
        var end = value.IndexOfAnyExcept(TokenChars);
        return end < 0 ? value.Length : end;
    }
}
