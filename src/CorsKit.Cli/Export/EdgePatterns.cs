using System.Text;
using CorsKit.Fetch;
using CorsKit.Origins;

namespace CorsKit.Cli.Export;

/// <summary>
/// The regular expressions edge configurations match with, generated from the parsed policy and the engine's Fetch
/// rules. They use only what PCRE (nginx, HAProxy) and RE2 (Caddy) share: no look-around, no back-references, no
/// repetition counts. Where that is narrower than the engine (a header name with a quote), the edge refuses what the
/// engine would allow, never the other way round.
/// </summary>
internal static class EdgePatterns
{
    // The method names a registry of HTTP methods holds; which of them are safe, safelisted or forbidden is the
    // engine's to say (FetchMethods), not this list's.
    private static readonly string[] KnownMethods = ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "TRACK", "PATCH", "QUERY"];

    /// <summary>
    /// One token character, as a class: the engine's token grammar less <c>'</c> and <c>`</c>, which quote strings in
    /// the engines' configuration languages. No browser sends a method or header name with either.
    /// </summary>
    public static string TokenCharacter(bool withStar = true)
    {
        var others = new StringBuilder();
        for (var c = (char)0x21; c < 0x7F; c++)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '\'' or '`' || (c == '*' && !withStar) || !HttpToken.IsToken([c]))
            {
                continue;
            }

            others.Append(c is '^' or '-' or ']' or '\\' ? "\\" + c : c.ToString());
        }

        return $"[A-Za-z0-9{others}]";
    }

    /// <summary>The methods that never write (the engine's <see cref="FetchMethods.IsSafe"/>).</summary>
    public static IReadOnlyList<string> SafeMethodNames() => [.. KnownMethods.Where(FetchMethods.IsSafe)];

    /// <summary>The methods no page can send (<see cref="FetchMethods.IsForbidden"/>), in any case.</summary>
    public static string ForbiddenMethods() => "(?i)" + Alternation(KnownMethods.Where(FetchMethods.IsForbidden));

    /// <summary>The methods a preflight may ask for: the configured ones and the safelisted ones, exactly as sent.</summary>
    public static string Methods(IEnumerable<string> configured) =>
        Alternation(configured.Concat(KnownMethods.Where(FetchMethods.IsSafelisted)).Distinct(StringComparer.Ordinal));

    /// <summary>Any method name: for a <c>*</c> policy, refused for the forbidden ones apart; with credentials, not <c>*</c> itself.</summary>
    public static string AnyMethod(bool withStar) => $"^{TokenCharacter(withStar)}+$";

    /// <summary>
    /// An <c>Access-Control-Request-Headers</c> value made only of <paramref name="names"/> (or, for <see langword="null"/>,
    /// of any name), comma-separated with optional white space, without case. Browsers send lower-case names joined by
    /// commas; empty elements are refused.
    /// </summary>
    public static string HeaderList(IReadOnlyCollection<string>? names, bool withStar)
    {
        var name = names is null ? TokenCharacter(withStar) + "+" : Group(names);
        return $"(?i)^[ \\t]*{name}(?:[ \\t]*,[ \\t]*{name})*[ \\t]*$";
    }

    /// <summary>A header list that names <c>Authorization</c>, which <c>*</c> never covers (<see cref="FetchRequestHeaders.IsNonWildcardName"/>).</summary>
    public static string NamesAuthorization() => "(?i)(?:^|,)[ \\t]*authorization[ \\t]*(?:,|$)";

    /// <summary>An origin the pattern matches, unanchored: the engines anchor it as their syntax needs.</summary>
    public static string Origin(OriginPattern pattern)
    {
        var subdomain = pattern.AnySubdomain ? "(?:[a-z0-9_-]+\\.)+" : string.Empty;
        var port = pattern.AnyPort ? "(?::[0-9]+)?" : pattern.Port == OriginPattern.NoPort ? string.Empty : ":" + pattern.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{Escape(pattern.Scheme)}://{subdomain}{Escape(pattern.Host)}{port}";
    }

    /// <summary><paramref name="text"/> with every character that is not a letter, a digit or a hyphen escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            escaped.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c.ToString() : "\\" + c);
        }

        return escaped.ToString();
    }

    private static string Alternation(IEnumerable<string> values) => "^" + Group(values) + "$";

    private static string Group(IEnumerable<string> values) => "(?:" + string.Join('|', values.Select(Escape)) + ")";
}
