using System.Reflection;
using CorsKit.Origins.Idna;

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

    // For every domain that has a public suffix somewhere below it, the shortest such suffix (the first listed among
    // equals), so the question "does any name under this domain belong to strangers" is one lookup.
    private readonly Dictionary<string, string> _suffixBelow;

    private PublicSuffixList(HashSet<string> rules, HashSet<string> wildcardParents, HashSet<string> exceptions, Dictionary<string, string> suffixBelow)
    {
        _rules = rules;
        _wildcardParents = wildcardParents;
        _exceptions = exceptions;
        _suffixBelow = suffixBelow;
    }

    /// <summary>The list shipped with CorsKit.</summary>
    public static PublicSuffixList Default => Embedded.Value;

    /// <summary>Parses the list's text format: one rule a line, <c>//</c> comments, <c>*.</c> wildcards, <c>!</c> exceptions.</summary>
    public static PublicSuffixList Parse(TextReader reader)
    {
        var rules = new HashSet<string>(StringComparer.Ordinal);
        var wildcardParents = new HashSet<string>(StringComparer.Ordinal);
        var exceptions = new HashSet<string>(StringComparer.Ordinal);
        var suffixBelow = new Dictionary<string, (string Suffix, int Labels)>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var rule = line.Trim();
            if (rule.Length == 0 || rule.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (rule.StartsWith('!'))
            {
                exceptions.Add(ToAscii(rule[1..]));
            }
            else if (rule.StartsWith("*.", StringComparison.Ordinal))
            {
                var parent = ToAscii(rule[2..]);
                wildcardParents.Add(parent);

                // Every name directly under the parent is a suffix, so the parent itself has suffixes below it.
                NoteSuffixBelow(suffixBelow, "*." + parent, parent);
            }
            else
            {
                var suffix = ToAscii(rule);
                rules.Add(suffix);
                var dot = suffix.IndexOf('.', StringComparison.Ordinal);
                if (dot >= 0)
                {
                    NoteSuffixBelow(suffixBelow, suffix, suffix[(dot + 1)..]);
                }
            }
        }

        return new PublicSuffixList(rules, wildcardParents, exceptions, suffixBelow.ToDictionary(entry => entry.Key, entry => entry.Value.Suffix, StringComparer.Ordinal));
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

    /// <summary>
    /// The public suffix that makes "every subdomain of <paramref name="domain"/>" include names anybody can register,
    /// or <see langword="null"/> when every name under it belongs to the domain's owner. That is the domain itself when
    /// it is a public suffix (<c>github.io</c>), or else the shortest suffix listed below it: <c>amazonaws.com</c> is
    /// Amazon's, but <c>s3.amazonaws.com</c> below it is a suffix, so <c>*.amazonaws.com</c> covers strangers' buckets.
    /// A wildcard rule is named as written, <c>*.compute.amazonaws.com</c>.
    /// </summary>
    /// <param name="domain">A lower-case ASCII domain.</param>
    public string? FindSuffixAtOrBelow(string domain) =>
        IsPublicSuffix(domain) ? domain : _suffixBelow.GetValueOrDefault(domain);

    /// <summary>
    /// The registrable domain of <paramref name="domain"/> (https://url.spec.whatwg.org/#host-registrable-domain): its
    /// public suffix and one more label, <c>example.co.uk</c> for <c>www.example.co.uk</c>; <see langword="null"/>
    /// when the domain is itself a public suffix. The longest suffix wins, and an exception rule names a registrable
    /// domain itself (<c>city.kawasaki.jp</c> under <c>*.kawasaki.jp</c>).
    /// </summary>
    /// <param name="domain">A lower-case ASCII domain.</param>
    public string? RegistrableDomainOf(string domain)
    {
        string? registrable = null;
        for (var candidate = domain; ; )
        {
            if (_exceptions.Contains(candidate))
            {
                return candidate;
            }

            if (IsPublicSuffix(candidate))
            {
                return registrable;
            }

            registrable = candidate;
            var dot = candidate.IndexOf('.', StringComparison.Ordinal);
            candidate = candidate[(dot + 1)..];
        }
    }

    private static void NoteSuffixBelow(Dictionary<string, (string Suffix, int Labels)> suffixBelow, string suffix, string ancestor)
    {
        var labels = suffix.Count(c => c == '.') + 1;
        while (true)
        {
            if (!suffixBelow.TryGetValue(ancestor, out var known) || labels < known.Labels)
            {
                suffixBelow[ancestor] = (suffix, labels);
            }

            var dot = ancestor.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                return;
            }

            ancestor = ancestor[(dot + 1)..];
        }
    }

    // The list writes internationalized suffixes in Unicode; browsers compare their ASCII form.
    private static string ToAscii(string rule) =>
        DomainToAscii.TryConvert(rule, out var ascii, out var error) ? ascii
        : throw new InvalidDataException($"The Public Suffix List rule \"{rule}\" is not a domain: it {error}.");

    private static PublicSuffixList LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CorsKit.public_suffix_list.dat")
            ?? throw new InvalidOperationException("The embedded Public Suffix List is missing from the CorsKit assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
