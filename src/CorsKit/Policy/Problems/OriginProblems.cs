using System.Globalization;
using CorsKit.Origins;
using static CorsKit.Policy.ConfigurationProblemKind;

namespace CorsKit.Policy.Problems;

/// <summary>What can be wrong with one configured origin, and with <see cref="CorsPolicyOptions.Origins"/> as a whole.</summary>
internal static class OriginProblems
{
    // The value as written.
    public static readonly ConfigurationProblemTemplate Empty = new(EmptyValue, "is empty.", "Remove the empty entry.");

    public static readonly ConfigurationProblemTemplate WhiteSpace = new(NotAnOrigin,
        "contains white space; browsers never send it in an Origin.", "Write \"{expected}\".");

    public static readonly ConfigurationProblemTemplate Null = new(NullOrigin,
        "is the origin of sandboxed iframes, data: URLs and some redirects, which any attacker's page can produce, so trusting it trusts everyone.",
        "Remove \"null\"; serve the page from a real origin and list that origin.");

    // The scheme.
    public static readonly ConfigurationProblemTemplate NoScheme = new(NotAnOrigin,
        "has no scheme; an origin is scheme://host[:port].", "Write \"{expected}\" (or http:// for a local development server).");

    public static readonly ConfigurationProblemTemplate InvalidScheme = new(NotAnOrigin,
        "has an invalid scheme \"{detail}\".", "Use a scheme such as https or http.");

    public static readonly ConfigurationProblemTemplate FileUrl = new(OpaqueOrigin,
        "is a file: URL; pages opened from files have an opaque origin, and browsers send \"null\" for them.",
        "Serve the page over http://localhost during development and list that origin.");

    public static readonly ConfigurationProblemTemplate NotAPageScheme = new(NotAnOrigin,
        "is a {detail}: URL, and no page has such an origin: browsers send the origin of the http(s) page that makes the request, WebSocket handshakes included.",
        "List the page's origin, such as \"{expected}\".");

    // What follows the host.
    public static readonly ConfigurationProblemTemplate TrailingSlash = new(NotAnOrigin,
        "ends with a slash; browsers send the origin without one, so it would never match.", "Write \"{expected}\".");

    public static readonly ConfigurationProblemTemplate Path = new(NotAnOrigin,
        "has a path, query or fragment; an origin is only scheme://host[:port].", "Write \"{expected}\".");

    public static readonly ConfigurationProblemTemplate UserInformation = new(NotAnOrigin,
        "contains user information (user@host); an origin never does.", "Remove everything up to and including the '@'.");

    public static readonly ConfigurationProblemTemplate InvalidPort = new(NotAnOrigin,
        "has an invalid port \"{detail}\"; a port is a number from 1 to 65535, or * for any port.", "Correct the port.");

    public static readonly ConfigurationProblemTemplate MisplacedWildcard = new(ConfigurationProblemKind.MisplacedWildcard,
        "has a wildcard in a place it cannot be; '*' is only allowed as the whole leading label (https://*.example.com) or as the port (http://localhost:*).",
        "Use one of those two forms, or list each origin.");

    public static readonly ConfigurationProblemTemplate TooLong = new(ConfigurationProblemKind.TooLong,
        "is {detail} characters long; requests whose Origin is over " + RequestOrigin.MaxLength.ToString(CultureInfo.InvariantCulture)
        + " characters are refused unread, so it would never match.",
        "Remove it, or correct it if it was pasted wrongly.");

    // The host.
    public static readonly ConfigurationProblemTemplate NoHost = new(NotAnOrigin, "has no host.", "Write the host, as in https://app.example.com.");

    public static readonly ConfigurationProblemTemplate UnbracketedIPv6 = new(InvalidHost,
        "has a malformed IPv6 address; write it in brackets.", "Write it like \"http://[::1]:5173\".");

    public static readonly ConfigurationProblemTemplate ZoneIdentifier = new(InvalidHost,
        "has a zone identifier in the IPv6 address \"{detail}\"; browsers reject such a URL, so no Origin carries one.",
        "Remove the %zone part, or use the machine's name or global address.");

    public static readonly ConfigurationProblemTemplate InvalidIPv6 = new(InvalidHost,
        "has an invalid IPv6 address \"{detail}\".", "Write a valid address in brackets, as in http://[::1]:5173.");

    public static readonly ConfigurationProblemTemplate TrailingDot = new(InvalidHost,
        "ends the host with a dot; browsers treat that as a different origin.", "Write \"{expected}\".");

    public static readonly ConfigurationProblemTemplate PercentEncodedHost = new(InvalidHost,
        "has percent-encoding in the host \"{detail}\"; browsers decode it before they send the origin.",
        "Write the host with the characters themselves, as in https://app.example.com.");

    public static readonly ConfigurationProblemTemplate UnmappableHostName = new(InvalidHost,
        "has an invalid host name: it {detail}.", "Use letters, digits, hyphens and dots, as in app.example.com.");

    public static readonly ConfigurationProblemTemplate InvalidHostName = new(InvalidHost,
        "has an invalid host name \"{detail}\".", "Use letters, digits, hyphens and dots, as in app.example.com.");

    public static readonly ConfigurationProblemTemplate InvalidIPv4 = new(InvalidHost,
        "has an invalid IPv4 address \"{detail}\": its last label is a number, so browsers read the host as an address, and reject it.",
        "Write four numbers from 0 to 255, as in http://127.0.0.1:8080, or a host name whose last label is not a number.");

    public static readonly ConfigurationProblemTemplate NonCanonicalIPv4 = new(NonCanonicalAddress,
        "writes an IPv4 address in a form (\"{detail}\") that browsers never send in an Origin.", "Write \"{expected}\".");

    public static readonly ConfigurationProblemTemplate WildcardOnAddress = new(ConfigurationProblemKind.MisplacedWildcard,
        "puts a subdomain wildcard on an IP address, which has no subdomains.", "List the address itself, optionally with :* for any port.");

    public static readonly ConfigurationProblemTemplate Pattern = new(NotOneOrigin, "is a pattern, not one origin.", "Write one origin, such as {expected}.");

    // One origin against the rest of the policy.
    public static readonly ConfigurationProblemTemplate Duplicate = new(DuplicateValue, "is listed twice (as {detail}).", "Remove the duplicate.");

    public static readonly ConfigurationProblemTemplate InsecureWithCredentials = new(InsecureOrigin,
        "is plain http with {Credentials} on: anyone on the network path can impersonate this origin and read credentialed responses.",
        "Use the https:// origin, or set {AllowInsecureOrigins} to true if you accept that risk.");

    public static readonly ConfigurationProblemTemplate InsecureAllowed = new(InsecureOrigin,
        "is plain http with credentials: anyone on the network path can read or forge its traffic (allowed by {AllowInsecureOrigins}).",
        "Serve the frontend over https.");

    // detail: the pattern's host, itself a public suffix; expected: a pattern over a name below it.
    public static readonly ConfigurationProblemTemplate OverPublicSuffix = new(PublicSuffix,
        "trusts every subdomain of \"{detail}\", a public suffix where anyone can register a name.",
        "List your own domain instead, as in {expected}.");

    public static readonly ConfigurationProblemTemplate OverPublicSuffixWithCredentials = WithCredentials(OverPublicSuffix);

    // detail: the public suffix below the pattern's host.
    public static readonly ConfigurationProblemTemplate AbovePublicSuffix = new(PublicSuffix,
        "trusts every subdomain of its host, and those include names under the public suffix \"{detail}\", where anyone can register one.",
        "List the origins you own instead, or a pattern over a domain with no public suffix below it; to trust some names under \"{detail}\", decide them in code with {OriginPredicate}.");

    public static readonly ConfigurationProblemTemplate AbovePublicSuffixWithCredentials = WithCredentials(AbovePublicSuffix);

    // The list as a whole.
    public static readonly ConfigurationProblemTemplate None = new(NoOrigins,
        "is empty, so every cross-origin request would be refused.",
        "List the origins of your frontends, such as https://app.example.com (or * for a public API without credentials).");

    public static readonly ConfigurationProblemTemplate InsecureAllowanceUnused = new(NoEffect,
        "has no effect: it only matters for non-local http:// origins with {Credentials} on.", "Remove it.");

    public static readonly ConfigurationProblemTemplate AnyOriginWithCredentials = new(WildcardWithCredentials,
        "allows every origin, and {Credentials} is on: any website could read your users' private responses. Browsers also refuse \"*\" on credentialed responses.",
        "List the origins that may send credentials, or set {Credentials} to false for a public API.");

    public static readonly ConfigurationProblemTemplate OriginsBesideWildcard = new(CoveredByWildcard,
        "combines \"*\" with other origins, which then mean nothing.", "Keep only \"*\", or remove it and keep the list.");

    public static readonly ConfigurationProblemTemplate PredicateBesideWildcard = new(NoEffect,
        "is never consulted when {Origins} is \"*\".", "Remove \"*\" from {Origins}, or remove the predicate.");

    // The same trust with credentials on is an error, and its reason says what is at stake.
    private static ConfigurationProblemTemplate WithCredentials(ConfigurationProblemTemplate pattern) =>
        new(pattern.Kind, pattern.Reason.TrimEnd('.') + ", and sends them credentialed responses.", pattern.Fix);
}
