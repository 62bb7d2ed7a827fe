using System.Text;

namespace CorsKit.Cli.Browser;

/// <summary>
/// Which request headers a page may set and which of them make a request need a preflight (the Fetch standard's
/// "CORS-safelisted request-header" and "CORS-unsafe request-header names").
/// </summary>
internal static class RequestHeaderRules
{
    /// <summary>A safelisted header's value is at most this many bytes.</summary>
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

    /// <summary>True when a page cannot set this header: the browser silently leaves it out of the request.</summary>
    public static bool IsForbidden(string name, string value)
    {
        if (ForbiddenNames.Contains(name)
            || name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Sec-", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!MethodOverrideNames.Contains(name))
        {
            return false;
        }

        // The override headers are forbidden only when one of the methods they name is forbidden.
        foreach (var method in value.Split(','))
        {
            if (FetchMethods.IsForbidden(method.Trim(' ', '\t')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The CORS-safelisted request-header test for one (name, value) pair.</summary>
    public static bool IsSafelisted(string name, string value)
    {
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
    /// The CORS-unsafe request-header names of a request: lower-cased, sorted, without duplicates, exactly as the
    /// preflight's <c>Access-Control-Request-Headers</c> lists them.
    /// </summary>
    public static IReadOnlyList<string> UnsafeNames(IReadOnlyList<RequestHeader> headers)
    {
        var unsafeNames = new SortedSet<string>(StringComparer.Ordinal);
        var safelisted = new List<string>();
        var safelistedBytes = 0;
        foreach (var header in headers)
        {
            if (IsSafelisted(header.Name, header.Value))
            {
                safelisted.Add(header.Name.ToLowerInvariant());
                safelistedBytes += Encoding.UTF8.GetByteCount(header.Value);
            }
            else
            {
                unsafeNames.Add(header.Name.ToLowerInvariant());
            }
        }

        if (safelistedBytes > MaxSafelistedTotalBytes)
        {
            unsafeNames.UnionWith(safelisted);
        }

        return [.. unsafeNames];
    }

    /// <summary>Bytes below 0x20 except tab, <c>" ( ) : &lt; &gt; ? @ [ \ ] { }</c> and 0x7F.</summary>
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
        if (essence is null)
        {
            return false;
        }

        foreach (var safe in SafelistedContentTypes)
        {
            if (essence == safe)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The lower-cased <c>type/subtype</c> of a MIME type, or <see langword="null"/> when it does not parse.</summary>
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

        var type = essence[..slash];
        var subtype = essence[(slash + 1)..];
        return HttpSyntax.IsToken(type) && HttpSyntax.IsToken(subtype) ? essence.ToLowerInvariant() : null;
    }

    /// <summary><c>bytes=N-</c> or <c>bytes=N-M</c> with N ≤ M: the only range a page may send without a preflight.</summary>
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

    private static bool AllDigits(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return !value.IsEmpty;
    }
}
