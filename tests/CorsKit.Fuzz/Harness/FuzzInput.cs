using System.Text;

namespace CorsKit.Fuzz.Harness;

/// <summary>
/// The three header values one fuzz input stands for. The bytes are <c>Origin</c>, <c>Access-Control-Request-Method</c>
/// and <c>Access-Control-Request-Headers</c> separated by 0x00 (a header value can never carry NUL on the wire, so
/// nothing real is lost); a missing part is an absent header. Corpus files stay readable in any editor this way.
/// </summary>
internal readonly record struct FuzzInput(string? Origin, string? RequestMethod, string? RequestHeaders)
{
    public const byte Separator = 0x00;

    /// <summary>
    /// Both ways a server may turn header bytes into text: Latin-1 (one char per byte, what Kestrel does for
    /// non-ASCII when allowed) and UTF-8 (multi-byte characters, replacement characters for broken sequences).
    /// </summary>
    public static IEnumerable<FuzzInput> Decode(ReadOnlySpan<byte> bytes)
    {
        var latin1 = Split(bytes, Encoding.Latin1);
        var utf8 = Split(bytes, Encoding.UTF8);
        return latin1 == utf8 ? [latin1] : [latin1, utf8];
    }

    private static FuzzInput Split(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var parts = new string?[3];
        var part = 0;
        while (part < parts.Length)
        {
            var end = part == parts.Length - 1 ? -1 : bytes.IndexOf(Separator);
            parts[part++] = encoding.GetString(end < 0 ? bytes : bytes[..end]);
            if (end < 0)
            {
                break;
            }

            bytes = bytes[(end + 1)..];
        }

        return new FuzzInput(parts[0], parts[1], parts[2]);
    }

    /// <summary>The inverse of the split: what a corpus file for these values contains.</summary>
    public static byte[] Encode(string origin, string? requestMethod = null, string? requestHeaders = null)
    {
        var text = requestMethod is null ? origin : requestHeaders is null ? $"{origin}\0{requestMethod}" : $"{origin}\0{requestMethod}\0{requestHeaders}";
        return Encoding.UTF8.GetBytes(text);
    }
}
