namespace CorsKit.Tests.Properties;

/// <summary>
/// A deliberately naive origin matcher, written from the rules and not from the engine: a linear scan with string
/// operations. The engine's hash-based matcher must agree with it.
/// </summary>
internal static class ReferenceMatcher
{
    public static bool Accepts(IEnumerable<string> configured, string? origin) =>
        origin is not null && configured.Any(pattern => Matches(pattern, origin));

    private static bool Matches(string pattern, string origin)
    {
        if (pattern == origin)
        {
            return true;
        }

        var (patternScheme, patternHost, patternPort) = Split(pattern);
        var (scheme, host, port) = Split(origin);
        if (patternScheme != scheme || host.Length == 0 || host.Any(char.IsUpper))
        {
            return false;
        }

        // Browsers never send a default port, port 0 or a leading zero; such an origin is not a serialized origin.
        if ((scheme == "https" && port == "443") || (scheme == "http" && port == "80") || port.StartsWith('0'))
        {
            return false;
        }

        var portMatches = patternPort == "*" || patternPort == port;
        var hostMatches = patternHost.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(patternHost[1..], StringComparison.Ordinal) && host.Length > patternHost.Length - 1
            : host == patternHost;
        return portMatches && hostMatches;
    }

    private static (string Scheme, string Host, string Port) Split(string origin)
    {
        var schemeEnd = origin.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            return ("", "", "");
        }

        var authority = origin[(schemeEnd + 3)..];
        if (authority.Contains('/', StringComparison.Ordinal))
        {
            return ("", "", "");
        }

        var portStart = authority.LastIndexOf(':');
        if (portStart >= 0 && authority.IndexOf(']', StringComparison.Ordinal) < portStart)
        {
            return (origin[..schemeEnd], authority[..portStart], authority[(portStart + 1)..]);
        }

        return (origin[..schemeEnd], authority, "");
    }
}
