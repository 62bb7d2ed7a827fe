using System.Globalization;
using System.Reflection;

namespace CorsKit.Origins;

/// <summary>
/// The Public Suffix List (publicsuffix.org), from the snapshot embedded in this assembly. It tells whether a domain is
/// one under which anybody can register a name (<c>com</c>, <c>co.uk</c>, <c>github.io</c>): a pattern such as
/// <c>https://*.github.io</c> trusts every stranger who registers there.
/// </summary>
internal sealed class PublicSuffixList
{
    private static readonly Lazy<PublicSuffixList> Embedded = new(LoadEmbedded);

    private readonly HashSet<string> _rules;
    private readonly HashSet<string> _wildcardParents;
    private readonly HashSet<string> _exceptions;

    private PublicSuffixList(HashSet<string> rules, HashSet<string> wildcardParents, HashSet<string> exceptions)
    {
        _rules = rules;
        _wildcardParents = wildcardParents;
        _exceptions = exceptions;
    }

    /// <summary>The list shipped with CorsKit.</summary>
    public static PublicSuffixList Default => Embedded.Value;

    /// <summary>Parses the list's text format: one rule a line, <c>//</c> comments, <c>*.</c> wildcards, <c>!</c> exceptions.</summary>
    public static PublicSuffixList Parse(TextReader reader)
    {
        var idn = new IdnMapping();
        var rules = new HashSet<string>(StringComparer.Ordinal);
        var wildcardParents = new HashSet<string>(StringComparer.Ordinal);
        var exceptions = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var rule = line.Trim();
            if (rule.Length == 0 || rule.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (rule.StartsWith('!'))
            {
                exceptions.Add(ToAscii(idn, rule[1..]));
            }
            else if (rule.StartsWith("*.", StringComparison.Ordinal))
            {
                wildcardParents.Add(ToAscii(idn, rule[2..]));
            }
            else
            {
                rules.Add(ToAscii(idn, rule));
            }
        }

        return new PublicSuffixList(rules, wildcardParents, exceptions);
    }

    /// <summary>
    /// True when <paramref name="domain"/> (lower-case ASCII) is itself a public suffix, by the list's algorithm:
    /// an exception rule says no; a rule or a wildcard over its parent says yes; an unlisted top-level domain is one too.
    /// </summary>
    public bool IsPublicSuffix(string domain)
    {
        if (_exceptions.Contains(domain))
        {
            return false;
        }

        if (_rules.Contains(domain))
        {
            return true;
        }

        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || _wildcardParents.Contains(domain[(dot + 1)..]);
    }

    private static string ToAscii(IdnMapping idn, string rule)
    {
        var ascii = rule.All(char.IsAscii) ? rule : idn.GetAscii(rule);
        return ascii.ToLowerInvariant();
    }

    private static PublicSuffixList LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CorsKit.public_suffix_list.dat")
            ?? throw new InvalidOperationException("The embedded Public Suffix List is missing from the CorsKit assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
