using System.Runtime.CompilerServices;
using CorsKit.Origins;
using CorsKit.Policy.Problems;

namespace CorsKit.Policy;

/// <summary>Validates <see cref="CorsPolicyOptions.Origins"/> and the security rules that tie it to the other settings.</summary>
internal static class OriginsSetting
{
    private const string Setting = nameof(CorsPolicyOptions.Origins);

    /// <summary>The parsed origins (empty for <c>*</c>), and whether <c>*</c> was given.</summary>
    /// <remarks>Optimized at once, not tiered: it runs once per policy, over up to a million origins.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (List<OriginPattern> Patterns, bool AnyOrigin) Validate(CorsPolicyOptions options, ProblemCollector problems)
    {
        var patterns = new List<OriginPattern>(options.Origins.Count);
        var seen = new HashSet<string>(options.Origins.Count, StringComparer.Ordinal);
        var anyOrigin = false;
        foreach (var value in options.Origins)
        {
            if (value == "*")
            {
                anyOrigin = true;
                continue;
            }

            if (!OriginSpecParser.TryParse(value, out var pattern, out var problem))
            {
                problems.Errors.Add(problem!);
                continue;
            }

            var serialized = pattern!.ToString();
            if (!seen.Add(serialized))
            {
                problems.Warning(OriginProblems.Duplicate, Setting, value, detail: serialized);
                continue;
            }

            patterns.Add(pattern);
            CheckSecurity(value, pattern, options, problems);
        }

        CheckCombinations(options, patterns, anyOrigin, problems);
        return (patterns, anyOrigin);
    }

    private static void CheckSecurity(string value, OriginPattern pattern, CorsPolicyOptions options, ProblemCollector problems)
    {
        if (pattern.IsInsecure && options.Credentials)
        {
            if (options.AllowInsecureOrigins)
            {
                problems.Warning(OriginProblems.InsecureAllowed, Setting, value);
            }
            else
            {
                problems.Error(OriginProblems.InsecureWithCredentials, Setting, value);
            }
        }

        if (pattern.AnySubdomain && !HostKind.IsLoopback(pattern.Host) && PublicSuffixList.Default.FindSuffixAtOrBelow(pattern.Host) is { } suffix)
        {
            // A pattern over a suffix itself can be narrowed to a domain below it; one above a suffix cannot.
            var overSuffix = suffix == pattern.Host;
            var instead = overSuffix ? $"{pattern.Scheme}://*.your-domain.{pattern.Host}" : null;
            if (options.Credentials)
            {
                problems.Error(overSuffix ? OriginProblems.OverPublicSuffixWithCredentials : OriginProblems.AbovePublicSuffixWithCredentials, Setting, value, suffix, instead);
            }
            else
            {
                problems.Warning(overSuffix ? OriginProblems.OverPublicSuffix : OriginProblems.AbovePublicSuffix, Setting, value, suffix, instead);
            }
        }
    }

    private static void CheckCombinations(CorsPolicyOptions options, List<OriginPattern> patterns, bool anyOrigin, ProblemCollector problems)
    {
        if (options.Origins.Count == 0 && options.OriginPredicate is null)
        {
            problems.Error(OriginProblems.None, Setting, null);
        }

        if (!anyOrigin)
        {
            if (options.AllowInsecureOrigins && (!options.Credentials || !patterns.Any(p => p.IsInsecure)))
            {
                problems.Warning(OriginProblems.InsecureAllowanceUnused, nameof(CorsPolicyOptions.AllowInsecureOrigins), "true");
            }

            return;
        }

        if (options.Credentials)
        {
            problems.Error(OriginProblems.AnyOriginWithCredentials, Setting, "*");
        }

        if (options.Origins.Count > 1)
        {
            problems.Error(OriginProblems.OriginsBesideWildcard, Setting, string.Join(",", options.Origins));
        }

        if (options.OriginPredicate is not null)
        {
            problems.Error(OriginProblems.PredicateBesideWildcard, nameof(CorsPolicyOptions.OriginPredicate), null);
        }
    }
}
