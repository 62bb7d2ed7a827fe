using CorsKit.Origins;

namespace CorsKit.Policy;

/// <summary>
/// Validates the write-protection settings: <see cref="CorsPolicyOptions.ProtectWrites"/>,
/// <see cref="CorsPolicyOptions.TrustedWriteOrigins"/> and <see cref="CorsPolicyOptions.AllowSameSiteWrites"/>.
/// </summary>
internal static class WriteSettings
{
    private const string Trusted = nameof(CorsPolicyOptions.TrustedWriteOrigins);

    /// <summary>The trusted write origins, parsed; every one is an exact origin.</summary>
    public static List<OriginPattern> Validate(CorsPolicyOptions options, bool anyOrigin, ProblemCollector problems)
    {
        var trusted = new List<OriginPattern>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in options.TrustedWriteOrigins)
        {
            if (TryParse(value, options, problems) is not { } origin)
            {
                continue;
            }

            var serialized = origin.ToString();
            if (!seen.Add(serialized))
            {
                problems.Warning(ConfigurationProblemKind.DuplicateValue, Trusted, value, $"is listed twice (as {serialized}).", "Remove the duplicate.");
            }
            else
            {
                trusted.Add(origin);
            }
        }

        CheckCombinations(options, anyOrigin, problems);
        return trusted;
    }

    private static OriginPattern? TryParse(string value, CorsPolicyOptions options, ProblemCollector problems)
    {
        if (value == "*")
        {
            problems.Error(ConfigurationProblemKind.MisplacedWildcard, Trusted, value, "would let every website write with your users' cookies, which is the forgery write protection stops.",
                "List the origins that may write, or set {ProtectWrites} to false if nothing here acts on cookies.");
            return null;
        }

        if (!OriginSpecParser.TryParse(value, out var origin, out var problem))
        {
            problems.Errors.Add(problem.WithSetting(Trusted));
            return null;
        }

        if (!origin.IsExact)
        {
            problems.Error(ConfigurationProblemKind.NotOneOrigin, Trusted, value, "is a pattern; a trusted writer is one origin, such as the payment provider that posts back.",
                "List each origin that may write, or allow the pattern to read in {Origins}.");
            return null;
        }

        // Every write carries the user's cookies: a plain-http writer is one anyone on the network path can forge.
        if (origin.IsInsecure)
        {
            if (options.AllowInsecureOrigins)
            {
                problems.Warning(ConfigurationProblemKind.InsecureOrigin, Trusted, value, "is plain http: anyone on the network path can forge its requests (allowed by {AllowInsecureOrigins}).",
                    "Use the writer's https:// origin.");
            }
            else
            {
                problems.Error(ConfigurationProblemKind.InsecureOrigin, Trusted, value, "is plain http: anyone on the network path can impersonate it and write with your users' cookies.",
                    "Use the https:// origin, or set {AllowInsecureOrigins} to true if you accept that risk.");
                return null;
            }
        }

        return origin;
    }

    private static void CheckCombinations(CorsPolicyOptions options, bool anyOrigin, ProblemCollector problems)
    {
        if (!options.ProtectWrites)
        {
            if (options.TrustedWriteOrigins.Count > 0)
            {
                problems.Warning(ConfigurationProblemKind.NoEffect, Trusted, string.Join(",", options.TrustedWriteOrigins), "has no effect while {ProtectWrites} is off, except on endpoints that require write protection.",
                    "Set {ProtectWrites} to true, or remove the list.");
            }

            if (options.AllowSameSiteWrites)
            {
                problems.Warning(ConfigurationProblemKind.NoEffect, nameof(CorsPolicyOptions.AllowSameSiteWrites), "true", "has no effect while {ProtectWrites} is off, except on endpoints that require write protection.",
                    "Set {ProtectWrites} to true, or remove it.");
            }

            return;
        }

        if (anyOrigin)
        {
            problems.Warning(ConfigurationProblemKind.NoEffect, nameof(CorsPolicyOptions.ProtectWrites), "true", "restricts no writer: {Origins} is \"*\", and every origin that may read may write (endpoints that disable CORS or require write protection are still protected).",
                "List the origins of your frontends in {Origins} to protect writes, or set {ProtectWrites} to false.");
        }
    }
}
