using System.Runtime.CompilerServices;
using CorsKit.Origins;

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

            if (!seen.Add(pattern!.ToString()))
            {
                problems.Warning(ConfigurationProblemKind.DuplicateValue, Setting, value, $"is listed twice (as {pattern}).", "Remove the duplicate.");
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
                problems.Warning(ConfigurationProblemKind.InsecureOrigin, Setting, value, "is plain http with credentials: anyone on the network path can read or forge its traffic (allowed by {AllowInsecureOrigins}).",
                    "Serve the frontend over https.");
            }
            else
            {
                problems.Error(ConfigurationProblemKind.InsecureOrigin, Setting, value, "is plain http with {Credentials} on: anyone on the network path can impersonate this origin and read credentialed responses.",
                    "Use the https:// origin, or set {AllowInsecureOrigins} to true if you accept that risk.");
            }
        }

        if (pattern.AnySubdomain && !HostKind.IsLoopback(pattern.Host) && PublicSuffixList.Default.FindSuffixAtOrBelow(pattern.Host) is { } suffix)
        {
            var reason = suffix == pattern.Host
                ? $"trusts every subdomain of \"{pattern.Host}\", a public suffix where anyone can register a name"
                : $"trusts every subdomain of \"{pattern.Host}\", and those include names under the public suffix \"{suffix}\", where anyone can register one";
            var fix = suffix == pattern.Host
                ? $"List your own domain instead, as in {pattern.Scheme}://*.your-domain.{pattern.Host}."
                : $"List the origins you own instead, or a pattern over a domain with no public suffix below it; to trust some names under \"{suffix}\", decide them in code with {{OriginPredicate}}.";
            if (options.Credentials)
            {
                problems.Error(ConfigurationProblemKind.PublicSuffix, Setting, value, reason + ", and sends them credentialed responses.", fix);
            }
            else
            {
                problems.Warning(ConfigurationProblemKind.PublicSuffix, Setting, value, reason + ".", fix);
            }
        }
    }

    private static void CheckCombinations(CorsPolicyOptions options, List<OriginPattern> patterns, bool anyOrigin, ProblemCollector problems)
    {
        if (options.Origins.Count == 0 && options.OriginPredicate is null)
        {
            problems.Error(ConfigurationProblemKind.NoOrigins, Setting, null, "is empty, so every cross-origin request would be refused.",
                "List the origins of your frontends, such as https://app.example.com (or * for a public API without credentials).");
        }

        if (!anyOrigin)
        {
            if (options.AllowInsecureOrigins && (!options.Credentials || !patterns.Any(p => p.IsInsecure)))
            {
                problems.Warning(ConfigurationProblemKind.NoEffect, nameof(CorsPolicyOptions.AllowInsecureOrigins), "true", "has no effect: it only matters for non-local http:// origins with {Credentials} on.",
                    "Remove it.");
            }

            return;
        }

        if (options.Credentials)
        {
            problems.Error(ConfigurationProblemKind.WildcardWithCredentials, Setting, "*", "allows every origin, and {Credentials} is on: any website could read your users' private responses. Browsers also refuse \"*\" on credentialed responses.",
                "List the origins that may send credentials, or set {Credentials} to false for a public API.");
        }

        if (options.Origins.Count > 1)
        {
            problems.Error(ConfigurationProblemKind.CoveredByWildcard, Setting, string.Join(",", options.Origins), "combines \"*\" with other origins, which then mean nothing.",
                "Keep only \"*\", or remove it and keep the list.");
        }

        if (options.OriginPredicate is not null)
        {
            problems.Error(ConfigurationProblemKind.NoEffect, nameof(CorsPolicyOptions.OriginPredicate), null, "is never consulted when {Origins} is \"*\".",
                "Remove \"*\" from {Origins}, or remove the predicate.");
        }
    }
}
