using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CorsKit.Origins.Idna;
using CorsKit.Policy;
using CorsKit.Policy.Problems;

namespace CorsKit.Origins;

/// <summary>
/// Parses one configured origin (<c>https://app.example.com</c>, <c>https://*.example.com</c>, <c>http://localhost:*</c>)
/// into its serialized form, or explains precisely why it is not an origin.
/// </summary>
internal static class OriginSpecParser
{
    private const string Setting = "Origins";

    // Parsing a million configured origins must not allocate per character: sets, not LINQ over strings.
    private static readonly SearchValues<char> SchemeCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789+-.");
    private static readonly SearchValues<char> HostNameCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    /// <summary>Parses <paramref name="value"/>; on failure <paramref name="problem"/> says why and how to fix it.</summary>
    public static bool TryParse(string value, [NotNullWhen(true)] out OriginPattern? pattern, [NotNullWhen(false)] out ConfigurationProblem? problem)
    {
        pattern = null;
        problem = Check(value, ref pattern);
        return problem is null;
    }

    private static ConfigurationProblem? Check(string value, ref OriginPattern? pattern)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Problem(OriginProblems.Empty, value);
        }

        if (ContainsWhiteSpace(value))
        {
            return Problem(OriginProblems.WhiteSpace, value, expected: new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray()));
        }

        if (value.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(OriginProblems.Null, value);
        }

        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return Problem(OriginProblems.NoScheme, value, expected: "https://" + value.TrimEnd('/'));
        }

        // The two schemes nearly every origin has, as literals: no string per configured origin.
        var scheme = value.AsSpan(0, schemeEnd) switch
        {
            "https" => "https",
            "http" => "http",
            var other => other.ToString().ToLowerInvariant(),
        };
        if (!IsScheme(scheme))
        {
            return Problem(OriginProblems.InvalidScheme, value, detail: value[..schemeEnd]);
        }

        // A file: page's origin is opaque: browsers send "null" for it, never the file URL.
        if (scheme == "file")
        {
            return Problem(OriginProblems.FileUrl, value);
        }

        // ws: and wss: name a WebSocket server, never a page: a handshake sends the Origin of the http(s) page that
        // opened it, as a fetch does. No browser opens ftp: pages any more. Such an entry could never match.
        if (scheme is "ws" or "wss" or "ftp")
        {
            var pageScheme = scheme == "ws" ? "http" : "https";
            return Problem(OriginProblems.NotAPageScheme, value, detail: scheme, expected: $"{pageScheme}://{value[(schemeEnd + 3)..].Split('/', '?', '#')[0]}");
        }

        var authority = value[(schemeEnd + 3)..];
        var pathStart = authority.AsSpan().IndexOfAny('/', '?', '#');
        if (pathStart >= 0)
        {
            var origin = $"{scheme}://{authority[..pathStart]}";
            return Problem(authority[pathStart..] == "/" ? OriginProblems.TrailingSlash : OriginProblems.Path, value, expected: origin);
        }

        if (authority.Contains('@', StringComparison.Ordinal))
        {
            return Problem(OriginProblems.UserInformation, value);
        }

        if (!SplitHostAndPort(authority, out var hostText, out var portText))
        {
            return Problem(OriginProblems.UnbracketedIPv6, value);
        }

        var anyPort = portText == "*";
        var port = OriginPattern.NoPort;
        if (portText is not null && !anyPort && !TryParsePort(portText, out port))
        {
            return Problem(OriginProblems.InvalidPort, value, detail: portText);
        }

        if (port == DefaultPort(scheme))
        {
            port = OriginPattern.NoPort;
        }

        var anySubdomain = hostText.StartsWith("*.", StringComparison.Ordinal);
        var baseHost = anySubdomain ? hostText[2..] : hostText;
        if (baseHost.Contains('*', StringComparison.Ordinal) || hostText == "*")
        {
            return Problem(OriginProblems.MisplacedWildcard, value);
        }

        var hostProblem = CanonicalHost(value, schemeEnd + 3 + (anySubdomain ? 2 : 0), baseHost, anySubdomain, out var host);
        if (hostProblem is not null)
        {
            return hostProblem;
        }

        var parsed = new OriginPattern(scheme, host, port, anyPort, anySubdomain).Sharing(value);
        var serialized = parsed.ToString();
        if (serialized.Length > RequestOrigin.MaxLength)
        {
            return Problem(OriginProblems.TooLong, value, detail: serialized.Length.ToString(CultureInfo.InvariantCulture));
        }

        pattern = parsed;
        return null;
    }

    // hostStart: where hostText stands in value, so a fix can rewrite the host and nothing else.
    private static ConfigurationProblem? CanonicalHost(string value, int hostStart, string hostText, bool anySubdomain, out string host)
    {
        host = "";
        if (hostText.Length == 0)
        {
            return Problem(OriginProblems.NoHost, value);
        }

        if (hostText.StartsWith('['))
        {
            // A zone identifier (fe80::1%eth2) names an interface of one machine; the URL parser rejects it, so no
            // browser sends it, and IPAddress would silently drop it.
            if (hostText.Contains('%', StringComparison.Ordinal))
            {
                return Problem(OriginProblems.ZoneIdentifier, value, detail: hostText);
            }

            if (!IPAddress.TryParse(hostText.AsSpan(1, hostText.Length - 2), out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return Problem(OriginProblems.InvalidIPv6, value, detail: hostText);
            }

            host = UrlHost.SerializeIPv6(v6.GetAddressBytes());
            return anySubdomain ? WildcardOnAddress(value) : null;
        }

        if (hostText.EndsWith('.'))
        {
            return Problem(OriginProblems.TrailingDot, value, expected: WithHost(value, hostStart, hostText, hostText.TrimEnd('.')));
        }

        if (hostText.Contains('%', StringComparison.Ordinal))
        {
            return Problem(OriginProblems.PercentEncodedHost, value, detail: hostText);
        }

        // The browser's own mapping (case folding, width, normalization, ignored characters), the same in every
        // globalization mode; IdnMapping skips most of it where globalization is invariant.
        if (!DomainToAscii.TryConvert(hostText, out var ascii, out var idnaError))
        {
            return Problem(OriginProblems.UnmappableHostName, value, detail: idnaError);
        }

        if (ascii.EndsWith('.'))
        {
            return Problem(OriginProblems.TrailingDot, value, expected: WithHost(value, hostStart, hostText, ascii.TrimEnd('.')));
        }

        if (UrlHost.EndsInANumber(ascii))
        {
            return CanonicalIPv4(value, hostStart, hostText, ascii, anySubdomain, out host);
        }

        if (!IsHostName(ascii))
        {
            return Problem(OriginProblems.InvalidHostName, value, detail: hostText);
        }

        host = ascii;
        return null;
    }

    // A host whose last label is a number is an IPv4 address to the browser, in any of the forms the URL standard
    // reads; only the dotted-decimal form it sends is kept, and any other form is refused with that form as the fix.
    private static ConfigurationProblem? CanonicalIPv4(string value, int hostStart, string hostText, string ascii, bool anySubdomain, out string host)
    {
        host = "";
        if (!UrlHost.TryParseIPv4(ascii, out var address))
        {
            return Problem(OriginProblems.InvalidIPv4, value, detail: hostText);
        }

        if (anySubdomain)
        {
            return WildcardOnAddress(value);
        }

        var serialized = UrlHost.SerializeIPv4(address);
        if (serialized != ascii)
        {
            return Problem(OriginProblems.NonCanonicalIPv4, value, detail: hostText, expected: WithHost(value, hostStart, hostText, serialized));
        }

        host = serialized;
        return null;
    }

    private static string WithHost(string value, int hostStart, string hostText, string replacement) =>
        string.Concat(value.AsSpan(0, hostStart), replacement, value.AsSpan(hostStart + hostText.Length));

    private static bool SplitHostAndPort(string authority, out string host, out string? port)
    {
        port = null;
        host = authority;
        // An IPv6 literal has colons of its own: the port separator is the one after the closing bracket.
        if (authority.Contains('[', StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            host = authority[..(close + 1)];
            var rest = authority[(close + 1)..];
            if (rest.Length == 0)
            {
                return true;
            }

            if (!rest.StartsWith(':'))
            {
                return false;
            }

            port = rest[1..];
            return true;
        }

        var colon = authority.LastIndexOf(':');
        if (colon >= 0)
        {
            host = authority[..colon];
            port = authority[(colon + 1)..];
        }

        return true;
    }

    private static bool TryParsePort(string text, out int port)
    {
        port = 0;
        return text.Length is > 0 and <= 5
            && !text.AsSpan().ContainsAnyExceptInRange('0', '9')
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port)
            && port is >= 1 and <= 65535;
    }

    /// <summary>The port a browser drops when it serializes an origin of this scheme, or <see cref="OriginPattern.NoPort"/>.</summary>
    public static int DefaultPort(ReadOnlySpan<char> scheme) => scheme switch
    {
        "http" or "ws" => 80,
        "https" or "wss" => 443,
        _ => -1,
    };

    private static bool IsScheme(string scheme) =>
        scheme.Length > 0 && char.IsAsciiLetterLower(scheme[0])
        && !scheme.AsSpan().ContainsAnyExcept(SchemeCharacters);

    // Labels of letters, digits, hyphens and underscores, none empty.
    private static bool IsHostName(string host)
    {
        foreach (var label in host.AsSpan().Split('.'))
        {
            var text = host.AsSpan()[label];
            if (text.IsEmpty || text.ContainsAnyExcept(HostNameCharacters))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsWhiteSpace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static ConfigurationProblem WildcardOnAddress(string value) =>
        Problem(OriginProblems.WildcardOnAddress, value);

    private static ConfigurationProblem Problem(ConfigurationProblemTemplate problem, string value, string? detail = null, string? expected = null) =>
        problem.Create(Setting, value, detail, expected);
}
