using System.Diagnostics.CodeAnalysis;
using CorsKit.Origins;
using CorsKit.Policy;
using CorsKit.Policy.Problems;

namespace CorsKit.Fetch;

/// <summary>
/// Origins as browsers serialize them (https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin):
/// lower-case scheme, the host as the URL standard serializes it (international names as punycode by UTS #46, IPv6
/// compressed with IPv4-mapped addresses in hex), and no default port. It is the rule configured origins are stored
/// by, for tools that must compare with what a browser sends; it gives the same answer in every globalization mode.
/// </summary>
public static class OriginSerializer
{
    /// <summary>
    /// Serializes one origin written as <c>scheme://host[:port]</c>, in any case, width or Unicode form.
    /// </summary>
    /// <param name="text">The origin, such as <c>https://BÜCHER.Example:443</c>.</param>
    /// <param name="origin">On success, what a browser sends, such as <c>https://xn--bcher-kva.example</c>.</param>
    /// <param name="problem">
    /// On failure, why no browser sends it and what to write instead; patterns (<c>*.</c>, <c>:*</c>) and
    /// <c>null</c> are refused too, since they are not one origin.
    /// </param>
    public static bool TrySerialize(string text, [NotNullWhen(true)] out string? origin, [NotNullWhen(false)] out ConfigurationProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        origin = null;
        if (!OriginSpecParser.TryParse(text, out var pattern, out problem))
        {
            return false;
        }

        if (!pattern.IsExact)
        {
            problem = OriginProblems.Pattern.Create(nameof(CorsPolicyOptions.Origins), text, expected: $"{pattern.Scheme}://app.example.com");
            return false;
        }

        origin = pattern.ToString();
        return true;
    }
}
