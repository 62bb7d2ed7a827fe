using System.Text;

namespace CorsKit.Fetch;

/// <summary>
/// The Fetch standard's request-header rules: which headers a page may set, and which of them make a request need a
/// preflight (https://fetch.spec.whatwg.org/#terminology-headers).
/// </summary>
public static class FetchRequestHeaders
{
    /// <summary>
    /// Whether a browser adds <c>Origin</c> to a request (https://fetch.spec.whatwg.org/#append-a-request-origin-header):
    /// always in CORS mode (a cross-origin fetch), and on a same-origin one for every method but GET and HEAD. Write
    /// protection relies on it: a same-origin POST carries its own origin.
    /// </summary>
    /// <param name="crossOrigin">True when the request is cross-origin (its response tainting is <c>cors</c>).</param>
    /// <param name="method">The normalized method.</param>
    public static bool IncludesOrigin(bool crossOrigin, string method) =>
        crossOrigin || method is not ("GET" or "HEAD");

    /// <summary>A CORS-safelisted request-header's value is at most this many bytes.</summary>
    public const int MaxSafelistedValueBytes = 128;

    /// <summary>When the safelisted values together exceed this many bytes, their names need a preflight too.</summary>
    public const int MaxSafelistedTotalBytes = 1024;

    private static readonly HashSet<string> ForbiddenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept-Charset", "Accept-Encoding", "Access-Control-Request-Headers", "Access-Control-Request-Method",
        "Connection", "Content-Length", "Cookie", "Cookie2", "Date", "DNT", "Expect", "Host", "Keep-Alive", "Origin",
        "Referer", "Set-Cookie", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Via",
    };

    private static readonly HashSet<string> MethodOverrideNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-HTTP-Method", "X-HTTP-Method-Override", "X-Method-Override",
    };

    private static readonly string[] SafelistedContentTypes =
        ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    /// <summary>
    /// The name part of Fetch "forbidden request-header" (https://fetch.spec.whatwg.org/#forbidden-request-header):
    /// names a page can never set whatever the value, including every <c>Proxy-</c> and <c>Sec-</c> name. Allowing
    /// one in a policy is meaningless.
    /// </summary>
    public static bool IsForbiddenName(string name) =>
        ForbiddenNames.Contains(name)
        || name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Sec-", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Fetch "forbidden request-header" for a (name, value) pair: a forbidden name, or a method-override header
    /// (<c>X-HTTP-Method</c>, <c>X-HTTP-Method-Override</c>, <c>X-Method-Override</c>) naming a forbidden method. The
    /// browser silently leaves such a header out of the request.
    /// </summary>
    public static bool IsForbidden(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (IsForbiddenName(name))
        {
            return true;
        }

        if (!MethodOverrideNames.Contains(name))
        {
            return false;
        }

        foreach (var method in value.Split(','))
        {
            if (FetchMethods.IsForbidden(method.Trim(' ', '\t')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Fetch "CORS non-wildcard request-header name" (https://fetch.spec.whatwg.org/#cors-non-wildcard-request-header-name):
    /// <c>Authorization</c>, which <c>Access-Control-Allow-Headers: *</c> never covers; it must be listed by name.
    /// </summary>
    public static bool IsNonWildcardName(ReadOnlySpan<char> name) => name.Equals("Authorization", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Fetch "CORS-safelisted request-header" (https://fetch.spec.whatwg.org/#cors-safelisted-request-header) for one
    /// (name, value) pair: <c>Accept</c>, <c>Accept-Language</c>, <c>Content-Language</c>, <c>Content-Type</c> and
    /// <c>Range</c> with the values each allows, at most <see cref="MaxSafelistedValueBytes"/> bytes.
    /// </summary>
    public static bool IsSafelisted(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (Encoding.UTF8.GetByteCount(value) > MaxSafelistedValueBytes)
        {
            return false;
        }

        return name.ToUpperInvariant() switch
        {
            "ACCEPT" => !ContainsUnsafeByte(value),
            "ACCEPT-LANGUAGE" or "CONTENT-LANGUAGE" => IsLanguageValue(value),
            "CONTENT-TYPE" => IsSafelistedContentType(value),
            "RANGE" => IsSimpleRange(value),
            _ => false,
        };
    }

    /// <summary>
    /// Fetch "CORS-unsafe request-header names" (https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names): the
    /// names that are not safelisted, and the safelisted ones too when their values together exceed
    /// <see cref="MaxSafelistedTotalBytes"/>; lower-cased, sorted, without duplicates, exactly as a preflight's
    /// <c>Access-Control-Request-Headers</c> lists them.
    /// </summary>
    public static IReadOnlyList<string> UnsafeNames(IEnumerable<KeyValuePair<string, string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var unsafeNames = new SortedSet<string>(StringComparer.Ordinal);
        var safelisted = new List<string>();
        var safelistedBytes = 0;
        foreach (var (name, value) in headers)
        {
            if (IsSafelisted(name, value))
            {
                safelisted.Add(name.ToLowerInvariant());
                safelistedBytes += Encoding.UTF8.GetByteCount(value);
            }
            else
            {
                unsafeNames.Add(name.ToLowerInvariant());
            }
        }

        if (safelistedBytes > MaxSafelistedTotalBytes)
        {
            unsafeNames.UnionWith(safelisted);
        }

        return [.. unsafeNames];
    }

    /// <summary>
    /// Fetch "CORS-unsafe request-header byte" (https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte): below
    /// 0x20 except tab, <c>" ( ) : &lt; &gt; ? @ [ \ ] { }</c> and 0x7F.
    /// </summary>
    public static bool IsUnsafeByte(char c) =>
        (c < 0x20 && c != '\t') || c == 0x7F
        || c is '"' or '(' or ')' or ':' or '<' or '>' or '?' or '@' or '[' or '\\' or ']' or '{' or '}';

    private static bool ContainsUnsafeByte(string value)
    {
        foreach (var c in value)
        {
            if (IsUnsafeByte(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLanguageValue(string value)
    {
        foreach (var c in value)
        {
            var allowed = c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z'
                || c is ' ' or '*' or ',' or '-' or '.' or ';' or '=';
            if (!allowed)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSafelistedContentType(string value)
    {
        if (ContainsUnsafeByte(value))
        {
            return false;
        }

        var essence = MimeEssence(value);
        return essence is not null && SafelistedContentTypes.Contains(essence, StringComparer.Ordinal);
    }

    // The lower-cased type/subtype of a MIME type (https://mimesniff.spec.whatwg.org/#mime-type-essence), or null when
    // it does not parse.
    private static string? MimeEssence(string value)
    {
        var trimmed = value.Trim(' ', '\t', '\r', '\n');
        var semicolon = trimmed.IndexOf(';', StringComparison.Ordinal);
        var essence = (semicolon < 0 ? trimmed : trimmed[..semicolon]).TrimEnd(' ', '\t', '\r', '\n');
        var slash = essence.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == essence.Length - 1)
        {
            return null;
        }

        return HttpToken.IsToken(essence.AsSpan(0, slash)) && HttpToken.IsToken(essence.AsSpan(slash + 1))
            ? essence.ToLowerInvariant()
            : null;
    }

    // bytes=N- or bytes=N-M with N <= M: the only range a page may send without a preflight.
    private static bool IsSimpleRange(string value)
    {
        if (!value.StartsWith("bytes=", StringComparison.Ordinal))
        {
            return false;
        }

        var range = value.AsSpan("bytes=".Length);
        var dash = range.IndexOf('-');
        if (dash <= 0 || !AllDigits(range[..dash]))
        {
            return false;
        }

        var end = range[(dash + 1)..];
        if (end.IsEmpty)
        {
            return true;
        }

        if (!AllDigits(end))
        {
            return false;
        }

        // Compare as digit strings so huge numbers never overflow.
        var start = range[..dash].TrimStart('0');
        var stop = end.TrimStart('0');
        return start.Length != stop.Length ? start.Length < stop.Length : start.SequenceCompareTo(stop) <= 0;
    }

    private static bool AllDigits(ReadOnlySpan<char> value) => !value.IsEmpty && !value.ContainsAnyExceptInRange('0', '9');
}
