using CorsKit.Cli.Audit;

namespace CorsKit.Cli.Tests.Audit;

public class AuditProbesTests
{
    [Fact]
    public void Probes_are_built_from_the_trusted_origin()
    {
        var probes = AuditProbes.For(new Uri("https://api.example.com/me"), new Uri("https://www.example.com")).ToLookup(p => p.Kind, p => p.Origin);

        Assert.Equal(["https://www.example.com"], probes[ProbeKind.Trusted]);
        Assert.Equal(["null"], probes[ProbeKind.NullOrigin]);
        Assert.Equal(["https://www.example.com.evil-corskit.example", "https://www.example.comevil-corskit.example"], probes[ProbeKind.PrefixMatch]);
        Assert.Equal(["https://evilexample.com"], probes[ProbeKind.SuffixMatch]);
        Assert.Equal(["https://evilwww.example.com"], probes[ProbeKind.HostSuffixMatch]);
        Assert.Equal(["https://xample.com"], probes[ProbeKind.IncludeMatch]);
        Assert.Equal(["https://wwwxexample.com", "https://www.exampleacom", "https://wwwaexampleacom"], probes[ProbeKind.UnescapedDot]);
        Assert.Equal(["https://localhost.evil-corskit.example", "http://localhost.evil-corskit.example"], probes[ProbeKind.LocalhostPrefix]);
        Assert.Equal(["https://corskit-probe.example.com"], probes[ProbeKind.AnySubdomain]);
        Assert.Equal(["http://www.example.com", "http://corskit-probe.example.com"], probes[ProbeKind.InsecureScheme]);
        Assert.Equal(AuditProbes.SpecialCharacters.Count + AuditProbes.LabelCharacters.Count, probes[ProbeKind.SpecialCharacter].Count());
        Assert.Contains("https://www.example.com%60.evil-corskit.example", probes[ProbeKind.SpecialCharacter]);
        Assert.Contains("https://www.example.com.$.evil-corskit.example", probes[ProbeKind.SpecialCharacter]);
        Assert.Contains("https://corskit-probe.github.io", probes[ProbeKind.ThirdPartyHost]);
    }

    // Look-alikes come from the registrable domain by the Public Suffix List, not the last two labels ("co.uk").
    [Fact]
    public void Probes_are_built_from_the_registrable_domain()
    {
        var probes = AuditProbes.For(new Uri("https://www.shop.example.co.uk/"), null).ToLookup(p => p.Kind, p => p.Origin);

        Assert.Equal(["https://evilexample.co.uk"], probes[ProbeKind.SuffixMatch]);
        Assert.Equal(["https://xample.co.uk"], probes[ProbeKind.IncludeMatch]);
        Assert.Equal("https://www.shopxexample.co.uk", probes[ProbeKind.UnescapedDot].First());
        Assert.Equal(["https://corskit-probe.example.co.uk", "https://corskit-probe.shop.example.co.uk"], probes[ProbeKind.AnySubdomain]);
    }

    // Corsy's pre-domain probe (evil + the host) is a subdomain of the host's parent; a sibling explains it.
    [Fact]
    public void The_host_suffix_probe_names_the_sibling_that_explains_it()
    {
        var probe = Assert.Single(AuditProbes.For(new Uri("https://eu.app.example.com/"), null), p => p.Kind == ProbeKind.HostSuffixMatch);

        Assert.Equal("https://evileu.app.example.com", probe.Origin);
        Assert.Equal("https://corskit-probe.app.example.com", probe.ExplainedBy);
    }

    [Fact]
    public void An_ip_address_target_gets_no_dot_or_subdomain_probes()
    {
        var kinds = AuditProbes.For(new Uri("http://127.0.0.1:5000/"), null).Select(p => p.Kind).ToHashSet();
        Assert.DoesNotContain(ProbeKind.UnescapedDot, kinds);
        Assert.DoesNotContain(ProbeKind.AnySubdomain, kinds);
        Assert.DoesNotContain(ProbeKind.InsecureScheme, kinds);
        Assert.DoesNotContain(ProbeKind.HostSuffixMatch, kinds);
        Assert.DoesNotContain(ProbeKind.IncludeMatch, kinds);
        Assert.Contains(ProbeKind.ArbitraryOrigin, kinds);
    }
}
