using static CorsKit.Policy.ConfigurationProblemKind;

namespace CorsKit.Policy.Problems;

/// <summary>What can be wrong with <see cref="CorsPolicyOptions.Headers"/> and <see cref="CorsPolicyOptions.ExposeHeaders"/>.</summary>
internal static class HeaderProblems
{
    public static readonly ConfigurationProblemTemplate NotAHeaderName = new(UnreadableValue,
        "is not a header name (letters, digits and !#$%&'*+-.^_`|~ only).", "Write a name such as Content-Type or X-Request-Id.");

    public static readonly ConfigurationProblemTemplate Duplicate = new(DuplicateValue, "is listed twice (header names ignore case).", "Remove the duplicate.");

    public static readonly ConfigurationProblemTemplate ForbiddenRequest = new(ForbiddenRequestHeader,
        "is a header only the browser sets (Fetch \"forbidden request-header\"); a page cannot send it, so allowing it has no meaning.", "Remove it.");

    public static readonly ConfigurationProblemTemplate BesideWildcard = new(CoveredByWildcard,
        "is already covered by \"*\" (only Authorization needs listing beside \"*\").", "Remove these names.");

    public static readonly ConfigurationProblemTemplate ForbiddenResponse = new(ForbiddenResponseHeader,
        "is never readable by pages, whatever the server says (Fetch \"forbidden response-header name\").", "Remove it.");

    public static readonly ConfigurationProblemTemplate SafelistedResponse = new(SafelistedResponseHeader,
        "is always readable by pages (a CORS-safelisted response header).", "You may remove it.");

    public static readonly ConfigurationProblemTemplate ExposeWildcardWithCredentials = new(WildcardWithCredentials,
        "means nothing with {Credentials} on: browsers read \"*\" as a header literally named \"*\" on credentialed responses.",
        "List the response headers pages may read, such as X-Request-Id.");
}
