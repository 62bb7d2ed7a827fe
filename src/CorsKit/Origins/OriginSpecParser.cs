using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using CorsKit.Origins.Idna;
using CorsKit.Policy;

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
            return Problem(ConfigurationProblemKind.EmptyValue, value, "is empty.", "Remove the empty entry.");
        }

        if (ContainsWhiteSpace(value))
        {
            return Problem(ConfigurationProblemKind.NotAnOrigin, value, "contains white space; browsers never send it in an Origin.", $"Write \"{new string(value.Where(c => !char.IsWhiteSpace(c)).ToArray())}\".");
        }

        if (value.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return Problem(ConfigurationProblemKind.NullOrigin, value, "is the origin of sandboxed iframes, data: URLs and some redirects, which any attacker's page can produce, so trusting it trusts everyone.",
                "Remove \"null\"; serve the page from a real origin and list that origin.");
        }

        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return Problem(ConfigurationProblemKind.NotAnOrigin, value, "has no scheme; an origin is scheme://host[:port].", $"Write \"https://{value.TrimEnd('/')}\" (or http:// for a local development server).");
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
            return Problem(ConfigurationProblemKind.NotAnOrigin, value, $"has an invalid scheme \"{value[..schemeEnd]}\".", "Use a scheme such as https or http.");
        }

        // A file: page's origin is opaque: browsers send "null" for it, never the file URL.
        if (scheme == "file")
        {
            return Problem(ConfigurationProblemKind.OpaqueOrigin, value, "is a file: URL; pages opened from files have an opaque origin, and browsers send \"null\" for them.",
                "Serve the page over http://localhost during development and list that origin.");
        }

        // ws: and wss: name a WebSocket server, never a page: a handshake sends the Origin of the http(s) page that
        // opened it, as a fetch does. No browser opens ftp: pages any more. Such an entry could never match.
        if (scheme is "ws" or "wss" or "ftp")
        {
            var pageScheme = scheme == "ws" ? "http" : "https";
            return Problem(ConfigurationProblemKind.NotAnOrigin, value, $"is a {scheme}: URL, and no page has such an origin: browsers send the origin of the http(s) page that makes the request, WebSocket handshakes included.",
                $"List the page's origin, such as \"{pageScheme}://{value[(schemeEnd + 3)..].Split('/', '?', '#')[0]}\".");
        }

        var authority = value[(schemeEnd + 3)..];
        var pathStart = authority.AsSpan().IndexOfAny('/', '?', '#');
        if (pathStart >= 0)
        {
            var origin = $"{scheme}://{authority[..pathStart]}";
            var reason = authority[pathStart..] == "/"
                ? "ends with a slash; browsers send the origin without one, so it would never match."
                : "has a path, query or fragment; an origin is only scheme://host[:port].";
            return Problem(ConfigurationProblemKind.NotAnOrigin, value, reason, $"Write \"{origin}\".");
        }

        if (authority.Contains('@', StringComparison.Ordinal))
        {
            return Problem(ConfigurationProblemKind.NotAnOrigin, value, "contains user information (user@host); an origin never does.", "Remove everything up to and including the '@'.");
        }

        if (!SplitHostAndPort(authority, out var hostText, out var portText))
        {
            return Problem(ConfigurationProblemKind.InvalidHost, value, "has a malformed IPv6 address; write it in brackets.", "Write it like \"http://[::1]:5173\".");
        }

        var anyPort = portText == "*";
        var port = OriginPattern.NoPort;
        if (portText is not null && !anyPort && !TryParsePort(portText, out port))
        {
            return Problem(ConfigurationProblemKind.NotAnOrigin, value, $"has an invalid port \"{portText}\"; a port is a number from 1 to 65535, or * for any port.", "Correct the port.");
        }

        if (port == DefaultPort(scheme))
        {
            port = OriginPattern.NoPort;
        }

        var anySubdomain = hostText.StartsWith("*.", StringComparison.Ordinal);
        var baseHost = anySubdomain ? hostText[2..] : hostText;
        if (baseHost.Contains('*', StringComparison.Ordinal) || hostText == "*")
        {
            return Problem(ConfigurationProblemKind.MisplacedWildcard, value, "has a wildcard in a place it cannot be; '*' is only allowed as the whole leading label (https://*.example.com) or as the port (http://localhost:*).",
                "Use one of those two forms, or list each origin.");
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
            return Problem(ConfigurationProblemKind.TooLong, value, $"is {serialized.Length} characters long; requests whose Origin is over {RequestOrigin.MaxLength} characters are refused unread, so it would never match.",
                "Remove it, or correct it if it was pasted wrongly.");
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
            return Problem(ConfigurationProblemKind.NotAnOrigin, value, "has no host.", "Write the host, as in https://app.example.com.");
        }

        if (hostText.StartsWith('['))
        {
            // A zone identifier (fe80::1%eth2) names an interface of one machine; the URL parser rejects it, so no
            // browser sends it, and IPAddress would silently drop it.
            if (hostText.Contains('%', StringComparison.Ordinal))
            {
                return Problem(ConfigurationProblemKind.InvalidHost, value, $"has a zone identifier in the IPv6 address \"{hostText}\"; browsers reject such a URL, so no Origin carries one.",
                    "Remove the %zone part, or use the machine's name or global address.");
            }

            if (!IPAddress.TryParse(hostText.AsSpan(1, hostText.Length - 2), out var v6) || v6.AddressFamily != AddressFamily.InterNetworkV6)
            {
                return Problem(ConfigurationProblemKind.InvalidHost, value, $"has an invalid IPv6 address \"{hostText}\".", "Write a valid address in brackets, as in http://[::1]:5173.");
            }

            host = UrlHost.SerializeIPv6(v6.GetAddressBytes());
            return anySubdomain ? WildcardOnAddress(value) : null;
        }

        if (hostText.EndsWith('.'))
        {
            return Problem(ConfigurationProblemKind.InvalidHost, value, "ends the host with a dot; browsers treat that as a different origin.", $"Write \"{WithHost(value, hostStart, hostText, hostText.TrimEnd('.'))}\".");
        }

        if (hostText.Contains('%', StringComparison.Ordinal))
        {
            return Problem(ConfigurationProblemKind.InvalidHost, value, $"has percent-encoding in the host \"{hostText}\"; browsers decode it before they send the origin.",
                "Write the host with the characters themselves, as in https://app.example.com.");
        }

        // The browser's own mapping (case folding, width, normalization, ignored characters), the same in every
        // globalization mode; IdnMapping skips most of it where globalization is invariant.
        if (!DomainToAscii.TryConvert(hostText, out var ascii, out var idnaError))
        {
            return Problem(ConfigurationProblemKind.InvalidHost, value, $"has an invalid host name \"{hostText}\": it {idnaError}.", "Use letters, digits, hyphens and dots, as in app.example.com.");
        }

        if (ascii.EndsWith('.'))
        {
            return Problem(ConfigurationProblemKind.InvalidHost, value, "ends the host with a dot; browsers treat that as a different origin.", $"Write the host without its last dot, as in https://{ascii.TrimEnd('.')}.");
        }

        if (UrlHost.EndsInANumber(ascii))
        {
            return CanonicalIPv4(value, hostStart, hostText, ascii, anySubdomain, out host);
        }

        if (!IsHostName(ascii))
        {
            return Problem(ConfigurationProblemKind.InvalidHost, value, $"has an invalid host name \"{hostText}\".", "Use letters, digits, hyphens and dots, as in app.example.com.");
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
            return Problem(ConfigurationProblemKind.InvalidHost, value, $"has an invalid IPv4 address \"{hostText}\": its last label is a number, so browsers read the host as an address, and reject it.",
                "Write four numbers from 0 to 255, as in http://127.0.0.1:8080, or a host name whose last label is not a number.");
        }

        if (anySubdomain)
        {
            return WildcardOnAddress(value);
        }

        var serialized = UrlHost.SerializeIPv4(address);
        if (serialized != ascii)
        {
            return Problem(ConfigurationProblemKind.NonCanonicalAddress, value, $"writes the IPv4 address {serialized} in a form (\"{hostText}\") that browsers never send in an Origin.",
                $"Write \"{WithHost(value, hostStart, hostText, serialized)}\".");
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
        Problem(ConfigurationProblemKind.MisplacedWildcard, value, "puts a subdomain wildcard on an IP address, which has no subdomains.", "List the address itself, optionally with :* for any port.");

    // Every reason and fix here quotes what the user wrote and names no other setting.
    private static ConfigurationProblem Problem(ConfigurationProblemKind kind, string value, string reason, string fix) =>
        new(kind, Setting, value, ConfigurationProblem.Literal(reason), ConfigurationProblem.Literal(fix));
}
