using static CorsKit.Policy.ConfigurationProblemKind;

namespace CorsKit.Policy.Problems;

/// <summary>What can be wrong with <see cref="CorsPolicyOptions.Methods"/>.</summary>
internal static class MethodProblems
{
    public static readonly ConfigurationProblemTemplate NotAMethod = new(UnreadableValue,
        "is not a method name (letters, digits and !#$%&'*+-.^_`|~ only).", "Write a method such as GET, POST, PUT, PATCH or DELETE.");

    public static readonly ConfigurationProblemTemplate Forbidden = new(ForbiddenMethod,
        "is a method browsers forbid pages to use (Fetch: CONNECT, TRACE and TRACK), so allowing it has no meaning.", "Remove it.");

    public static readonly ConfigurationProblemTemplate Duplicate = new(DuplicateValue, "is listed twice.", "Remove the duplicate.");

    public static readonly ConfigurationProblemTemplate BesideWildcard = new(CoveredByWildcard,
        "lists methods beside \"*\", which already allows every method.", "Keep only \"*\", or remove it.");

    public static readonly ConfigurationProblemTemplate Safelisted = new(SafelistedMethod,
        "is always allowed for allowed origins: browsers never ask a preflight about GET, HEAD or POST.", "You may remove it.");

    public static readonly ConfigurationProblemTemplate Options = new(SafelistedMethod,
        "is only needed if your pages send OPTIONS requests themselves; CorsKit answers preflights without it.", "You may remove it.");

    // expected: the method in upper case, as pages usually write it.
    public static readonly ConfigurationProblemTemplate CaseSensitive = new(CaseSensitiveMethod,
        "is case-sensitive: browsers upper-case only DELETE, GET, HEAD, OPTIONS, POST and PUT, so fetch(..., {{method: \"{expected}\"}}) would not match.",
        "Write \"{expected}\" unless your pages really send \"{value}\".");
}
