namespace CorsKit.Policy;

/// <summary>What is wrong with a configured value, for hosts that branch on a problem or word it their own way.</summary>
public enum ConfigurationProblemKind
{
    /// <summary>A value that is present but empty.</summary>
    EmptyValue,

    /// <summary>A value listed twice.</summary>
    DuplicateValue,

    /// <summary>Values beside a <c>*</c> that already covers them.</summary>
    CoveredByWildcard,

    /// <summary>A value the setting cannot read: not a boolean, not a number, not a token, not a URL.</summary>
    UnreadableValue,

    /// <summary>A key or variable that is no setting, and would be ignored.</summary>
    UnknownSetting,

    /// <summary>A configuration file that cannot be read.</summary>
    UnreadableFile,

    /// <summary>Text that is not <c>scheme://host[:port]</c>: white space, no scheme or host, a path, user information, a bad port.</summary>
    NotAnOrigin,

    /// <summary>A host no browser sends: an invalid or international name that does not map, an invalid address, a zone identifier, percent-encoding, a trailing dot.</summary>
    InvalidHost,

    /// <summary>An IP address written in a form browsers never send, such as <c>0x7f.0.0.1</c>; the fix names the form they send.</summary>
    NonCanonicalAddress,

    /// <summary>A <c>*</c> where no pattern allows one, or a subdomain pattern on an IP address.</summary>
    MisplacedWildcard,

    /// <summary>The <c>null</c> origin, which any page can produce.</summary>
    NullOrigin,

    /// <summary>An origin browsers send as <c>null</c>, such as a <c>file:</c> URL.</summary>
    OpaqueOrigin,

    /// <summary>An origin longer than any request's <c>Origin</c> may be.</summary>
    TooLong,

    /// <summary>A pattern where one origin is needed.</summary>
    NotOneOrigin,

    /// <summary>No origin at all, so every cross-origin request would be refused.</summary>
    NoOrigins,

    /// <summary>A non-local <c>http://</c> origin with credentials, which a network attacker can impersonate.</summary>
    InsecureOrigin,

    /// <summary>A subdomain pattern that covers names anybody can register (a public suffix at or below it).</summary>
    PublicSuffix,

    /// <summary><c>*</c> with credentials: as the origins it would let any website read private responses; as the exposed headers it means nothing.</summary>
    WildcardWithCredentials,

    /// <summary>A setting that has no effect in this configuration.</summary>
    NoEffect,

    /// <summary>A method browsers forbid (CONNECT, TRACE, TRACK).</summary>
    ForbiddenMethod,

    /// <summary>A method browsers never ask a preflight about (GET, HEAD, POST), or OPTIONS, which CorsKit answers.</summary>
    SafelistedMethod,

    /// <summary>A method in a case browsers do not send.</summary>
    CaseSensitiveMethod,

    /// <summary>A request header only the browser sets.</summary>
    ForbiddenRequestHeader,

    /// <summary>A response header no page can ever read (<c>Set-Cookie</c>).</summary>
    ForbiddenResponseHeader,

    /// <summary>A response header every page can read anyway.</summary>
    SafelistedResponseHeader,

    /// <summary>A number outside the range the setting accepts.</summary>
    OutOfRange,

    /// <summary>A value above what browsers honour.</summary>
    AboveBrowserLimit,

    /// <summary>An endpoint that names a policy that does not exist.</summary>
    UndefinedPolicy,

    /// <summary>A development-only option in an environment that is not Development.</summary>
    DevelopmentOnly,

    /// <summary>A problem a host reported in its own words, without a more specific kind.</summary>
    Other,
}
