using System.Net;
using CorsKit.Fetch;

namespace CorsKit.Cli.Audit;

/// <summary>
/// The origins a CORS scanner tries against a target, derived from its host (or the trusted origin's) and its
/// registrable domain by the Public Suffix List. Every probe class of Corsy, CORScanner, nuclei's
/// <c>cors-misconfig</c> template and PortSwigger's research is here; docs/cli.md maps theirs to ours.
/// </summary>
internal static class AuditProbes
{
    /// <summary>The attacker's domain; <c>.example</c> is reserved and never resolves.</summary>
    public const string AttackerDomain = "evil-corskit.example";

    /// <summary>The label of made-up subdomains.</summary>
    public const string SubdomainLabel = "corskit-probe";

    /// <summary>Characters that sloppy origin parsers treat as the end of the host (from CORS scanners' lists).</summary>
    public static readonly IReadOnlyList<string> SpecialCharacters =
        ["_", "-", "\"", "{", "}", "+", "^", "%60", "!", "~", ";", "|", "&", "'", "(", ")", "*", ",", "$", "="];

    /// <summary>Characters some browsers accept as a whole label (<c>app.example.com.$.evil.com</c>), after nuclei's list.</summary>
    public static readonly IReadOnlyList<string> LabelCharacters =
        ["$", "~", "=", "+", "&", "*", ")", "(", "'", "!", ";", ",", "-", "_"];

    /// <summary>Hosts where anyone can publish a page, hence an origin an attacker controls.</summary>
    public static readonly IReadOnlyList<string> ThirdPartyOrigins =
    [
        "https://corskit-probe.github.io", "https://corskit-probe.herokuapp.com", "https://codepen.io", "https://cdpn.io",
        "https://jsfiddle.net", "https://fiddle.jshell.net", "https://corskit-probe.netlify.app", "https://corskit-probe.vercel.app",
        "https://corskit-probe.pages.dev", "https://corskit-probe.web.app", "https://corskit-probe.glitch.me",
        "https://corskit-probe.azurewebsites.net", "https://corskit-probe.s3.amazonaws.com", "https://corskit-probe.ngrok.io",
    ];

    /// <summary>Every probe for <paramref name="target"/>, with <paramref name="trustedOrigin"/> as the baseline when given.</summary>
    public static IReadOnlyList<AuditProbe> For(Uri target, Uri? trustedOrigin)
    {
        var reference = trustedOrigin ?? target;
        var host = BrowserSimulation.WebOrigin.HostOf(reference);
        var isName = reference.HostNameType == UriHostNameType.Dns && !IPAddress.TryParse(host, out _);
        var domain = isName ? RegistrableDomain.Of(host) ?? host : host;
        var probes = new List<AuditProbe>();
        void Add(ProbeKind kind, string origin, string? explainedBy = null)
        {
            if (!probes.Exists(probe => probe.Origin == origin))
            {
                probes.Add(new AuditProbe(kind, origin, explainedBy));
            }
        }

        if (trustedOrigin is not null)
        {
            Add(ProbeKind.Trusted, BrowserSimulation.WebOrigin.Of(trustedOrigin));
        }

        Add(ProbeKind.ArbitraryOrigin, $"https://{AttackerDomain}");
        Add(ProbeKind.NullOrigin, "null");
        Add(ProbeKind.PrefixMatch, $"https://{host}.{AttackerDomain}");
        Add(ProbeKind.PrefixMatch, $"https://{host}{AttackerDomain}");
        Add(ProbeKind.SuffixMatch, $"https://evil{domain}");
        if (isName && host != domain)
        {
            // evilapp.example.com is a subdomain of example.com: a sibling of the host explains it when trusted too.
            Add(ProbeKind.HostSuffixMatch, $"https://evil{host}", $"https://{SubdomainLabel}.{Parent(host)}");
        }

        if (isName && domain.IndexOf('.', StringComparison.Ordinal) > 1)
        {
            Add(ProbeKind.IncludeMatch, $"https://{domain[1..]}");
        }

        if (isName && host.Count(c => c == '.') >= 2)
        {
            var dot = host.Length - domain.Length - 1;
            Add(ProbeKind.UnescapedDot, $"https://{host[..dot]}x{host[(dot + 1)..]}");
        }

        if (isName && host.Contains('.', StringComparison.Ordinal))
        {
            var last = host.LastIndexOf('.');
            Add(ProbeKind.UnescapedDot, $"https://{host[..last]}a{host[(last + 1)..]}");
            Add(ProbeKind.UnescapedDot, $"https://{host.Replace('.', 'a')}");
        }

        foreach (var character in SpecialCharacters)
        {
            Add(ProbeKind.SpecialCharacter, $"https://{host}{character}.{AttackerDomain}");
        }

        foreach (var character in LabelCharacters)
        {
            Add(ProbeKind.SpecialCharacter, $"https://{host}.{character}.{AttackerDomain}");
        }

        Add(ProbeKind.LocalhostPrefix, $"https://localhost.{AttackerDomain}");
        Add(ProbeKind.LocalhostPrefix, $"http://localhost.{AttackerDomain}");
        if (isName && domain.Contains('.', StringComparison.Ordinal))
        {
            Add(ProbeKind.AnySubdomain, $"https://{SubdomainLabel}.{domain}");
            if (Parent(host) is { } parent && parent.Length > domain.Length)
            {
                Add(ProbeKind.AnySubdomain, $"https://{SubdomainLabel}.{parent}");
            }
        }

        if (reference.Scheme == Uri.UriSchemeHttps)
        {
            Add(ProbeKind.InsecureScheme, $"http://{host}");
            if (isName && domain.Contains('.', StringComparison.Ordinal))
            {
                Add(ProbeKind.InsecureScheme, $"http://{SubdomainLabel}.{domain}");
            }
        }

        foreach (var origin in ThirdPartyOrigins)
        {
            Add(ProbeKind.ThirdPartyHost, origin);
        }

        return probes;
    }

    // The host without its first label: app.example.com for www.app.example.com.
    private static string Parent(string host) => host[(host.IndexOf('.', StringComparison.Ordinal) + 1)..];
}
