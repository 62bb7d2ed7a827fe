namespace CorsKit.Origins;

/// <summary>
/// A request's <c>Origin</c> header split into scheme, host and port without copying. Only the serialized form a browser
/// sends is accepted (lower case, no default port, no path): anything else did not come from a browser's CORS fetch.
/// </summary>
internal readonly ref struct RequestOrigin
{
    /// <summary>Longer values are refused before any parsing: a host name has at most 253 characters.</summary>
    public const int MaxLength = 512;

    // What a serialized (lower-case, ASCII) host name may contain; checked in one vectorized pass.
    private static readonly System.Buffers.SearchValues<char> LowerHostNameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-_.");

    private RequestOrigin(ReadOnlySpan<char> scheme, ReadOnlySpan<char> host, int port)
    {
        Scheme = scheme;
        Host = host;
        Port = port;
    }

    public ReadOnlySpan<char> Scheme { get; }

    public ReadOnlySpan<char> Host { get; }

    /// <summary>The explicit port, or <see cref="OriginPattern.NoPort"/>.</summary>
    public int Port { get; }

    /// <summary>Splits a serialized origin; false when <paramref name="value"/> is not one.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out RequestOrigin origin)
    {
        origin = default;
        if (value.Length > MaxLength)
        {
            return false;
        }

        var schemeEnd = SchemeEnd(value);
        if (schemeEnd <= 0)
        {
            return false;
        }

        var scheme = value[..schemeEnd];
        var authority = value[(schemeEnd + 3)..];
        ReadOnlySpan<char> host;
        ReadOnlySpan<char> portText;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 2 || !IsIPv6Literal(authority[1..close]))
            {
                return false;
            }

            host = authority[..(close + 1)];
            var rest = authority[(close + 1)..];
            if (!rest.IsEmpty && rest[0] != ':')
            {
                return false;
            }

            portText = rest.IsEmpty ? [] : rest[1..];
            if (!rest.IsEmpty && portText.IsEmpty)
            {
                return false;
            }
        }
        else
        {
            var colon = authority.IndexOf(':');
            host = colon < 0 ? authority : authority[..colon];
            portText = colon < 0 ? [] : authority[(colon + 1)..];
            if (!IsLowerHostName(host) || (colon >= 0 && portText.IsEmpty))
            {
                return false;
            }
        }

        var port = OriginPattern.NoPort;
        if (!portText.IsEmpty && (!TryParseCanonicalPort(portText, out port) || port == OriginSpecParser.DefaultPort(scheme)))
        {
            return false;
        }

        origin = new RequestOrigin(scheme, host, port);
        return true;
    }

    /// <summary>
    /// True when this origin is the target's own (https://html.spec.whatwg.org/multipage/browsers.html#same-origin):
    /// the same scheme, host and port as <paramref name="scheme"/> and <paramref name="host"/>, which are the request's
    /// as the server sees them (<c>https</c>, <c>api.example.com:8443</c>). The host compares without case, as a
    /// <c>Host</c> header may be written; a default port, written or not, is the same port.
    /// </summary>
    public bool IsSameOrigin(ReadOnlySpan<char> scheme, ReadOnlySpan<char> host)
    {
        if (!Scheme.Equals(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // A bracketed IPv6 address holds colons; the port, if any, follows the bracket.
        var portStart = host.StartsWith('[') ? host.IndexOf("]:", StringComparison.Ordinal) + 1 : host.LastIndexOf(':');
        var name = portStart > 0 ? host[..portStart] : host;
        var port = OriginPattern.NoPort;
        if (portStart > 0 && (!int.TryParse(host[(portStart + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port) || port > 65535))
        {
            return false;
        }

        if (port == OriginSpecParser.DefaultPort(Scheme))
        {
            port = OriginPattern.NoPort;
        }

        return port == Port && name.Equals(Host, StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsLowerScheme(ReadOnlySpan<char> scheme)
    {
        if (!char.IsAsciiLetterLower(scheme[0]))
        {
            return false;
        }

        foreach (var c in scheme)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '+' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // Where a valid lower-case scheme ends, or -1. Browsers send https and http origins; recognizing them first spares
    // a substring search for "://" and the scheme's character check.
    private static int SchemeEnd(ReadOnlySpan<char> value)
    {
        if (value.StartsWith("https://", StringComparison.Ordinal))
        {
            return 5;
        }

        if (value.StartsWith("http://", StringComparison.Ordinal))
        {
            return 4;
        }

        var end = value.IndexOf("://", StringComparison.Ordinal);
        return end > 0 && IsLowerScheme(value[..end]) ? end : -1;
    }

    private static bool IsLowerHostName(ReadOnlySpan<char> host) =>
        !host.IsEmpty
        && host[0] != '.'
        && host[^1] != '.'
        && !host.ContainsAnyExcept(LowerHostNameChars)
        && !host.Contains("..", StringComparison.Ordinal);

    private static bool IsIPv6Literal(ReadOnlySpan<char> address)
    {
        foreach (var c in address)
        {
            if (!(char.IsAsciiHexDigitLower(c) || char.IsAsciiDigit(c) || c is ':' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParseCanonicalPort(ReadOnlySpan<char> text, out int port)
    {
        port = 0;
        if (text.Length > 5 || text[0] == '0')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            port = (port * 10) + (c - '0');
        }

        return port <= 65535;
    }
}
