using CorsKit.Fetch;
using CorsKit.Policy.Problems;

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
                problems.Error(MethodProblems.NotAMethod, Setting, value);
                continue;
            }

            if (FetchMethods.IsForbidden(value))
            {
                problems.Error(MethodProblems.Forbidden, Setting, value);
                continue;
            }

            var method = FetchMethods.Normalize(value);
            if (methods.Contains(method, StringComparer.Ordinal))
            {
                problems.Warning(MethodProblems.Duplicate, Setting, value);
                continue;
            }

            methods.Add(method);
            WarnIfUseless(value, method, problems);
        }

        if (wildcard && methods.Count > 0)
        {
            problems.Warning(MethodProblems.BesideWildcard, Setting, string.Join(",", options.Methods));
        }

        return (methods, wildcard);
    }

    private static void WarnIfUseless(string value, string method, ProblemCollector problems)
    {
        if (FetchMethods.IsSafelisted(method))
        {
            problems.Warning(MethodProblems.Safelisted, Setting, value);
        }
        else if (method == "OPTIONS")
        {
            problems.Warning(MethodProblems.Options, Setting, value);
        }
        else if (HasLowerCase(method))
        {
            problems.Warning(MethodProblems.CaseSensitive, Setting, value, expected: method.ToUpperInvariant());
        }
    }

    // Fetch upper-cases only six methods, so a configured "patch" is a different method from the "PATCH" pages send.
    private static bool HasLowerCase(string method) =>
        !method.Equals(method.ToUpperInvariant(), StringComparison.Ordinal);
}
