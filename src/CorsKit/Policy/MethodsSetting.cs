using CorsKit.Fetch;

namespace CorsKit.Policy;

/// <summary>Validates <see cref="CorsPolicyOptions.Methods"/> into normalized method names.</summary>
internal static class MethodsSetting
{
    private const string Setting = nameof(CorsPolicyOptions.Methods);

    public static (List<string> Methods, bool Wildcard) Validate(CorsPolicyOptions options, ProblemCollector problems)
    {
        var methods = new List<string>();
        var wildcard = false;
        foreach (var value in options.Methods)
        {
            if (value == "*")
            {
                wildcard = true;
                continue;
            }

            if (!HttpToken.IsToken(value))
            {
                problems.Error(ConfigurationProblemKind.UnreadableValue, Setting, value, "is not a method name (letters, digits and !#$%&'*+-.^_`|~ only).", "Write a method such as GET, POST, PUT, PATCH or DELETE.");
                continue;
            }

            if (FetchMethods.IsForbidden(value))
            {
                problems.Error(ConfigurationProblemKind.ForbiddenMethod, Setting, value, "is a method browsers forbid pages to use (Fetch: CONNECT, TRACE and TRACK), so allowing it has no meaning.", "Remove it.");
                continue;
            }

            var method = FetchMethods.Normalize(value);
            if (methods.Contains(method, StringComparer.Ordinal))
            {
                problems.Warning(ConfigurationProblemKind.DuplicateValue, Setting, value, "is listed twice.", "Remove the duplicate.");
                continue;
            }

            methods.Add(method);
            WarnIfUseless(value, method, problems);
        }

        if (wildcard && methods.Count > 0)
        {
            problems.Warning(ConfigurationProblemKind.CoveredByWildcard, Setting, string.Join(",", options.Methods), "lists methods beside \"*\", which already allows every method.", "Keep only \"*\", or remove it.");
        }

        return (methods, wildcard);
    }

    private static void WarnIfUseless(string value, string method, ProblemCollector problems)
    {
        if (FetchMethods.IsSafelisted(method))
        {
            problems.Warning(ConfigurationProblemKind.SafelistedMethod, Setting, value, "is always allowed for allowed origins: browsers never ask a preflight about GET, HEAD or POST.", "You may remove it.");
        }
        else if (method == "OPTIONS")
        {
            problems.Warning(ConfigurationProblemKind.SafelistedMethod, Setting, value, "is only needed if your pages send OPTIONS requests themselves; CorsKit answers preflights without it.", "You may remove it.");
        }
        else if (HasLowerCase(method))
        {
            problems.Warning(ConfigurationProblemKind.CaseSensitiveMethod, Setting, value, $"is case-sensitive: browsers upper-case only DELETE, GET, HEAD, OPTIONS, POST and PUT, so fetch(..., {{method: \"{method.ToUpperInvariant()}\"}}) would not match.",
                $"Write \"{method.ToUpperInvariant()}\" unless your pages really send \"{method}\".");
        }
    }

    // Fetch upper-cases only six methods, so a configured "patch" is a different method from the "PATCH" pages send.
    private static bool HasLowerCase(string method) =>
        !method.Equals(method.ToUpperInvariant(), StringComparison.Ordinal);
}
