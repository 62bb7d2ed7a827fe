using System.Net;
using CorsKit.Fetch;

namespace CorsKit.Cli.Audit;

/// <summary>The origins a CORS scanner tries against a target, derived from its host (or the trusted origin's).</summary>
internal static class AuditProbes
{
    /// <summary>The attacker's domain; <c>.example</c> is reserved and never resolves.</summary>
    public const string AttackerDomain = "evil-corskit.example";

    /// <summary>Characters that sloppy origin parsers treat as the end of the host (from CORS scanners' lists).</summary>
    public static readonly IReadOnlyList<string> SpecialCharacters =
        ["_", "-", "\"", "{", "}", "+", "^", "%60", "!", "~", ";", "|", "&", "'", "(", ")", "*", ",", "$", "="];

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
        if (trustedOrigin is not null)
        {
            probes.Add(new AuditProbe(ProbeKind.Trusted, BrowserSimulation.WebOrigin.Of(trustedOrigin)));
        }

        probes.Add(new AuditProbe(ProbeKind.ArbitraryOrigin, $"https://{AttackerDomain}"));
        probes.Add(new AuditProbe(ProbeKind.NullOrigin, "null"));
        probes.Add(new AuditProbe(ProbeKind.PrefixMatch, $"https://{host}.{AttackerDomain}"));
        probes.Add(new AuditProbe(ProbeKind.SuffixMatch, $"https://evil{domain}"));
        if (isName && host.Count(c => c == '.') >= 2)
        {
            var dot = host.Length - domain.Length - 1;
            probes.Add(new AuditProbe(ProbeKind.UnescapedDot, $"https://{host[..dot]}x{host[(dot + 1)..]}"));
        }

        probes.AddRange(SpecialCharacters.Select(c => new AuditProbe(ProbeKind.SpecialCharacter, $"https://{host}{c}.{AttackerDomain}")));
        if (isName && domain.Contains('.', StringComparison.Ordinal))
        {
            probes.Add(new AuditProbe(ProbeKind.AnySubdomain, $"https://corskit-probe.{domain}"));
        }

        if (reference.Scheme == Uri.UriSchemeHttps)
        {
            probes.Add(new AuditProbe(ProbeKind.InsecureScheme, $"http://{host}"));
        }

        probes.AddRange(ThirdPartyOrigins.Select(origin => new AuditProbe(ProbeKind.ThirdPartyHost, origin)));
        return probes;
    }
}
