namespace CorsKit.Cli.Audit;

/// <summary>Turns the probe exchanges into findings. Pure: no HTTP, so every rule is testable with hand-made responses.</summary>
internal static class AuditAnalyzer
{
    private const string OriginAllowListFix =
        "Compare the Origin header with an exact allow-list (a set of full origins such as https://app.example.com), or with patterns parsed as URLs (scheme, then host labels), never with starts-with, ends-with, contains or an unescaped regular expression. Send Access-Control-Allow-Origin only for a match.";

    /// <summary>Every finding (severity Low and up) and every note (Info) the exchanges show.</summary>
    public static (IReadOnlyList<AuditFinding> Findings, IReadOnlyList<AuditFinding> Notes) Analyze(IReadOnlyList<ProbeExchange> allExchanges)
    {
        var all = new List<AuditFinding>();
        AddCrossSiteWrite(allExchanges, all);
        var exchanges = allExchanges.Where(e => e.Probe.Kind != ProbeKind.CrossSiteWrite).ToList();
        var reflectsAny = exchanges.FirstOrDefault(e => e.Probe.Kind == ProbeKind.ArbitraryOrigin && e.TrustsOrigin);
        if (reflectsAny is not null)
        {
            var count = exchanges.Where(e => e.TrustsOrigin && e.Probe.Kind != ProbeKind.Trusted).Select(e => e.Probe.Origin).Distinct().Count();
            all.Add(Trust(reflectsAny, "origin-reflected", "Any origin is trusted (the Origin header is reflected)",
                $"The server echoes whatever Origin it receives ({count} untrusted probe origins were accepted), so every web site can read these responses{CredentialsClause(reflectsAny)}."));
        }

        // A probe that a rightly trusted origin explains (a subdomain, when every subdomain is trusted) is no flaw.
        var trusted = exchanges.Where(e => e.TrustsOrigin).Select(e => e.Probe.Origin).ToHashSet(StringComparer.Ordinal);
        var unexplained = exchanges.Where(e => e.TrustsOrigin && e.Probe.Kind != ProbeKind.Trusted
            && (e.Probe.ExplainedBy is not { } explanation || !trusted.Contains(explanation)));
        foreach (var group in unexplained.GroupBy(e => e.Probe.Kind))
        {
            if (reflectsAny is not null && group.Key != ProbeKind.AnySubdomain)
            {
                continue; // already explained by the reflection finding
            }

            var finding = ForKind(group.Key, group.OrderBy(e => e.IsPreflight).ToList());
            if (finding is not null)
            {
                all.Add(finding);
            }
        }

        AddWildcardWithCredentials(exchanges, all);
        AddWildcardWithoutCredentials(exchanges, all);
        AddMissingVary(exchanges, all);
        AddPreflightLeak(exchanges, all);
        return ([.. all.Where(f => f.Severity > Severity.Info).OrderByDescending(f => f.Severity)], [.. all.Where(f => f.Severity == Severity.Info)]);
    }

    private static AuditFinding? ForKind(ProbeKind kind, List<ProbeExchange> accepted)
    {
        var first = accepted[0];
        var origins = string.Join(", ", accepted.Select(e => e.Probe.Origin).Distinct());
        return kind switch
        {
            ProbeKind.NullOrigin => Trust(first, "null-origin-trusted", "The 'null' origin is trusted",
                $"Sandboxed iframes, data: URLs and some redirects send Origin: null, and any attacker can produce them, so trusting 'null' trusts every site{CredentialsClause(first)}.",
                "Never allow the origin 'null': remove it from the allow-list."),
            ProbeKind.PrefixMatch => Trust(first, "prefix-match", "Origins that merely start with the trusted host are trusted",
                $"The check accepted {origins}: an attacker registers such a domain{CredentialsClause(first)}."),
            ProbeKind.SuffixMatch => Trust(first, "suffix-match", "Origins that merely end with the target's domain are trusted",
                $"The check accepted {origins}: an attacker registers such a domain{CredentialsClause(first)}."),
            ProbeKind.HostSuffixMatch => Trust(first, "host-suffix-match", "Origins that merely end with the trusted host are trusted",
                $"The check accepted {origins}, although another subdomain of the same parent was refused: the check tests the end of the origin, not its labels. Anyone who can create a subdomain of the registrable domain, or a check that is looser still, reaches this API{CredentialsClause(first)}."),
            ProbeKind.IncludeMatch => Trust(first, "include-match", "Domains that the trusted host merely contains are trusted",
                $"The check accepted {origins}: the trusted host contains it as text, and an attacker can register it{CredentialsClause(first)}."),
            ProbeKind.LocalhostPrefix => Trust(first, "localhost-prefix", "Origins that merely start with localhost are trusted",
                $"The check accepted {origins}: meant for local development, it lets any domain whose name starts with 'localhost.' read the responses{CredentialsClause(first)}.",
                "Match local development origins by host exactly (localhost, 127.0.0.1, [::1]) with any port, as CorsKit's http://localhost:* does, never by a prefix of the origin."),
            ProbeKind.UnescapedDot => Trust(first, "unescaped-dot", "A dot in the allow-list matches any character",
                $"The check accepted {origins}: a regular expression with an unescaped '.'{CredentialsClause(first)}."),
            ProbeKind.SpecialCharacter => Trust(first, "special-character", "Origins with special characters after the host are trusted",
                $"The check accepted {origins}: some browsers allow these characters in host names, so the attacker's domain follows them{CredentialsClause(first)}."),
            ProbeKind.ThirdPartyHost => Trust(first, "third-party-host", "Hosts where anyone can publish pages are trusted",
                $"The server accepted {origins}: anyone can host a page there{CredentialsClause(first)}.",
                "Remove shared hosting domains (github.io, herokuapp.com, codepen.io...) from the allow-list; list your own exact origins instead."),
            ProbeKind.InsecureScheme => new AuditFinding("insecure-origin-trusted", first.AllowsCredentials ? Severity.Medium : Severity.Low,
                "An http:// origin is trusted by an https site",
                $"The server accepted {origins}: anyone on the network path (public Wi-Fi) can inject a page on that origin and read the responses{CredentialsClause(first)}.",
                "Allow https:// origins only (CorsKit refuses non-local http:// origins with credentials unless AllowInsecureOrigins is set).",
                first.Request, first.Response),
            ProbeKind.AnySubdomain => new AuditFinding("any-subdomain-trusted", Severity.Info, "Any subdomain is trusted",
                $"The server accepted {origins}. That is fine when you control every subdomain; an XSS or takeover on any one of them then reaches this API{CredentialsClause(first)}.",
                "If not every subdomain is yours or equally secure, list the exact origins instead of a subdomain pattern.",
                first.Request, first.Response),
            _ => null,
        };
    }

    private static AuditFinding Trust(ProbeExchange exchange, string id, string title, string detail, string fix = OriginAllowListFix)
    {
        var severity = exchange.AllowsCredentials ? Severity.High : Severity.Low;
        var suffix = exchange.IsPreflight ? " (in preflight responses)" : "";
        return new AuditFinding(id, severity, title + suffix, detail, fix, exchange.Request, exchange.Response);
    }

    private static string CredentialsClause(ProbeExchange exchange) =>
        exchange.AllowsCredentials
            ? ", and with Access-Control-Allow-Credentials: true it reads them with the user's cookies"
            : "; without credentials only data the server gives to anyone is exposed";

    private static void AddWildcardWithCredentials(IReadOnlyList<ProbeExchange> exchanges, List<AuditFinding> findings)
    {
        var exchange = exchanges.FirstOrDefault(e => e.Response.Get("Access-Control-Allow-Origin") == "*" && e.AllowsCredentials);
        if (exchange is not null)
        {
            findings.Add(new AuditFinding("wildcard-with-credentials", Severity.Low, "Access-Control-Allow-Origin: * combined with credentials",
                "Browsers refuse '*' with Access-Control-Allow-Credentials: true, so credentialed requests fail; the combination usually means the server meant to trust everyone with cookies, or will start reflecting origins to make it work.",
                "Either keep '*' and drop Access-Control-Allow-Credentials, or list exact origins and reflect only those with credentials.",
                exchange.Request, exchange.Response));
        }
    }

    // A note: '*' without credentials is the right answer for a public API, and the wrong one for data behind a network
    // boundary (an intranet, a VPN): any page a user visits can read it through their browser.
    private static void AddWildcardWithoutCredentials(IReadOnlyList<ProbeExchange> exchanges, List<AuditFinding> findings)
    {
        var exchange = exchanges.FirstOrDefault(e => !e.IsPreflight && e.Response.Get("Access-Control-Allow-Origin") == "*" && !e.AllowsCredentials);
        if (exchange is not null)
        {
            findings.Add(new AuditFinding("wildcard-origin", Severity.Info, "Every origin may read responses without credentials (Access-Control-Allow-Origin: *)",
                "Right for a public API. Wrong when the server is reachable only from inside a network (an intranet, a VPN, localhost): any web page a user opens can then read it through their browser.",
                "If the responses are not public, list the origins that may read them.",
                exchange.Request, exchange.Response));
        }
    }

    // OPTIONS responses are not stored by HTTP caches, so only GET responses need Vary.
    private static void AddMissingVary(IReadOnlyList<ProbeExchange> exchanges, List<AuditFinding> findings)
    {
        var gets = exchanges.Where(e => !e.IsPreflight).ToList();
        // Only a named origin in Access-Control-Allow-Origin makes a cached copy wrong for another origin; '*' is
        // good for everyone (a '*' server that sends nothing to malformed origins only denies those).
        var namesOrigins = gets.Any(e => e.Response.Get("Access-Control-Allow-Origin") is { } value && value != "*");
        if (!namesOrigins)
        {
            return;
        }

        var allowedWithoutVary = gets.FirstOrDefault(e => e.TrustsOrigin && !e.VariesByOrigin);
        var deniedWithoutVary = gets.FirstOrDefault(e => !e.TrustsOrigin && !e.VariesByOrigin);
        var evidence = allowedWithoutVary ?? deniedWithoutVary;
        if (evidence is null)
        {
            return;
        }

        var severity = allowedWithoutVary is not null ? Severity.Medium : Severity.Low;
        findings.Add(new AuditFinding("missing-vary-origin", severity, "Origin-dependent responses lack Vary: Origin",
            "The CORS headers change with the Origin header but the response does not say so; a shared cache or CDN can serve one origin's answer to another, leaking data or breaking legitimate pages.",
            "Add 'Vary: Origin' to every response whose CORS headers depend on Origin, allowed or not (CorsKit does this).",
            evidence.Request, evidence.Response));
    }

    // A note, not a finding: whether a write is a forgery depends on whether the endpoint acts on cookies alone.
    private static void AddCrossSiteWrite(IReadOnlyList<ProbeExchange> exchanges, List<AuditFinding> findings)
    {
        if (exchanges.FirstOrDefault(e => e.Probe.Kind == ProbeKind.CrossSiteWrite) is not { } write)
        {
            return;
        }

        if (BrowserSimulation.WriteRefusal.Read(write.Response) is { } refusal)
        {
            findings.Add(new AuditFinding("cross-site-write-refused", Severity.Info, "A cross-site form post is refused",
                $"A form-style POST from {write.Probe.Origin} with Sec-Fetch-Site: cross-site got 403 from cross-origin write protection ({refusal.Reason}): the server refuses writes from other sites, which CORS alone never does.",
                "Nothing to fix.", write.Request, write.Response));
            return;
        }

        if (write.Response.Status is 401 or 403)
        {
            findings.Add(new AuditFinding("cross-site-write-unauthenticated", Severity.Info, "A cross-site form post is refused, but not as a cross-origin write",
                $"A form-style POST from {write.Probe.Origin} got {write.Response.Status} without a write-protection problem document: the probe sends no cookies, so authentication may be what refused it. A visitor's browser would send their cookies.",
                "Make sure writes from other sites are refused whatever the cookies: cross-origin write protection (CorsKit: ProtectWrites, CorsKit.Server: CSRF_PROTECTION=on) or an antiforgery token.",
                write.Request, write.Response));
            return;
        }

        findings.Add(new AuditFinding("cross-site-write-reaches-app", Severity.Info, "A cross-site form post reaches the application",
            $"A form-style POST from {write.Probe.Origin} with Sec-Fetch-Site: cross-site got {write.Response.Status}: any site can make a visitor's browser send it with their cookies, and CORS never stops it. If this endpoint acts on cookies alone, it is open to cross-site request forgery.",
            "Refuse cross-origin writes (CorsKit: ProtectWrites, CorsKit.Server: CSRF_PROTECTION=on, the default), or require an antiforgery token on every write.",
            write.Request, write.Response));
    }

    private static void AddPreflightLeak(IReadOnlyList<ProbeExchange> exchanges, List<AuditFinding> findings)
    {
        var leak = exchanges.FirstOrDefault(e => e.IsPreflight && e.Probe.Kind != ProbeKind.Trusted
            && !e.TrustsOrigin && e.Response.Get("Access-Control-Allow-Origin") != "*"
            && (e.Response.Get("Access-Control-Allow-Methods") is not null || e.Response.Get("Access-Control-Allow-Headers") is not null));
        if (leak is not null)
        {
            findings.Add(new AuditFinding("preflight-leaks-allow-lists", Severity.Low, "Denied preflights still list the allowed methods and headers",
                "The preflight for an untrusted origin is refused but still reveals Access-Control-Allow-Methods/Headers, telling an attacker what the API accepts.",
                "Send no CORS headers at all on a denied preflight (CorsKit answers 403 with only Vary: Origin).",
                leak.Request, leak.Response));
        }
    }
}
