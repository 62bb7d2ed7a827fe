using System.Globalization;
using CorsKit.Policy;
using CsCheck;

namespace CorsKit.Tests.Properties;

// A subdomain pattern with credentials is refused exactly when some name it matches is a public suffix or sits
// directly under one. The reference reads the embedded list naively and scans every rule for each question.
public class PublicSuffixPatternTests
{
    private static readonly long Iterations = PropertyIterations.OrDefault(2_000);
    private static readonly ReferenceList Reference = ReferenceList.Load();

    [Fact]
    public void Every_listed_name_and_parent_is_decided_as_a_scan_of_the_whole_list_decides()
    {
        var disagreements = Reference.Domains
            .Where(domain => domain != "localhost")
            .Where(domain => IsRefused(domain) != Reference.HasSuffixAtOrBelow(domain))
            .Take(5)
            .ToList();
        Assert.True(disagreements.Count == 0, "decided unlike the list: " + string.Join(", ", disagreements.Select(d => "https://*." + d)));
        Assert.True(IsRefused("amazonaws.com") && IsRefused("compute.amazonaws.com") && !IsRefused("city.kawasaki.jp"));
    }

    [Fact]
    public void The_engine_and_a_scan_of_the_whole_list_agree_on_any_domain_near_a_listed_one()
    {
        var near = Gen.Select(Gen.OneOf(Reference.Domains.ToArray()), Gen.OneOf("", "a.", "app.", "x.y.", "city."), (domain, label) => label + domain)
            .Where(domain => domain != "localhost");
        near.Sample(domain => Assert.True(IsRefused(domain) == Reference.HasSuffixAtOrBelow(domain), $"https://*.{domain}: engine refuses {IsRefused(domain)}"),
            iter: Iterations);
    }

    private static bool IsRefused(string domain)
    {
        var options = new CorsPolicyOptions { Credentials = true };
        options.Origins.Add("https://*." + domain);
        return !CorsKitPolicy.TryCompile(options).Succeeded;
    }

    private sealed class ReferenceList
    {
        private readonly List<string> _rules = [];
        private readonly List<string> _wildcardParents = [];
        private readonly List<string> _exceptions = [];

        // Every listed name and every parent of one: the domains whose patterns the list has something to say about.
        public SortedSet<string> Domains { get; } = new(StringComparer.Ordinal);

        public static ReferenceList Load()
        {
            var idn = new IdnMapping();
            using var stream = typeof(CorsKitPolicy).Assembly.GetManifestResourceStream("CorsKit.public_suffix_list.dat")!;
            using var reader = new StreamReader(stream);
            var list = new ReferenceList();
            while (reader.ReadLine() is { } line)
            {
                var rule = line.Trim();
                if (rule.Length == 0 || rule.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var (target, name) = rule[0] == '!' ? (list._exceptions, rule[1..]) : rule.StartsWith("*.", StringComparison.Ordinal) ? (list._wildcardParents, rule[2..]) : (list._rules, rule);
                name = idn.GetAscii(name).ToLowerInvariant();
                target.Add(name);
                for (var domain = name; ; domain = domain[(domain.IndexOf('.', StringComparison.Ordinal) + 1)..])
                {
                    list.Domains.Add(domain);
                    if (!domain.Contains('.', StringComparison.Ordinal))
                    {
                        break;
                    }
                }
            }

            return list;
        }

        public bool HasSuffixAtOrBelow(string domain) =>
            IsPublicSuffix(domain)
            || _rules.Any(rule => rule.EndsWith("." + domain, StringComparison.Ordinal))
            || _wildcardParents.Any(parent => parent == domain || parent.EndsWith("." + domain, StringComparison.Ordinal));

        private bool IsPublicSuffix(string domain)
        {
            if (_exceptions.Contains(domain))
            {
                return false;
            }

            var dot = domain.IndexOf('.', StringComparison.Ordinal);
            return _rules.Contains(domain) || dot < 0 || _wildcardParents.Contains(domain[(dot + 1)..]);
        }
    }
}
