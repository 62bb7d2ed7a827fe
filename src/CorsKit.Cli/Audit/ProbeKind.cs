namespace CorsKit.Cli.Audit;

/// <summary>The trick a probe origin tries.</summary>
internal enum ProbeKind
{
    /// <summary>The origin the user says is trusted: the baseline.</summary>
    Trusted,

    /// <summary>An unrelated origin: is any origin reflected?</summary>
    ArbitraryOrigin,

    /// <summary>The opaque origin <c>null</c>, which sandboxed iframes send.</summary>
    NullOrigin,

    /// <summary>The trusted host followed by an attacker's domain: a starts-with check.</summary>
    PrefixMatch,

    /// <summary>An attacker's domain ending with the target's domain: an ends-with check.</summary>
    SuffixMatch,

    /// <summary>Letters before the trusted host itself (<c>evilapp.example.com</c>): an ends-with check on the whole host.</summary>
    HostSuffixMatch,

    /// <summary>A domain that the trusted host merely contains (<c>xample.com</c>): a contains check the wrong way round.</summary>
    IncludeMatch,

    /// <summary><c>localhost.</c> followed by an attacker's domain: a starts-with check meant for local development.</summary>
    LocalhostPrefix,

    /// <summary>A dot replaced by a letter: an unescaped dot in a regular expression.</summary>
    UnescapedDot,

    /// <summary>A special character after the host: a sloppy host parser.</summary>
    SpecialCharacter,

    /// <summary>A made-up subdomain of the target's domain.</summary>
    AnySubdomain,

    /// <summary>The trusted host over <c>http://</c>.</summary>
    InsecureScheme,

    /// <summary>A host anyone can publish pages on (github.io, herokuapp.com...).</summary>
    ThirdPartyHost,

    /// <summary>One form-style POST from the attacker's origin, as a browser sends a cross-site form: is the write refused?</summary>
    CrossSiteWrite,
}
