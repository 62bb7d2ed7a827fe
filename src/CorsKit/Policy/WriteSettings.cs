using CorsKit.Origins;
using CorsKit.Policy.Problems;

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
                problems.Warning(OriginProblems.Duplicate, Trusted, value, detail: serialized);
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
            problems.Error(WriteProblems.AnyWriter, Trusted, value);
            return null;
        }

        if (!OriginSpecParser.TryParse(value, out var origin, out var problem))
        {
            problems.Errors.Add(problem.WithSetting(Trusted));
            return null;
        }

        if (!origin.IsExact)
        {
            problems.Error(WriteProblems.PatternWriter, Trusted, value);
            return null;
        }

        // Every write carries the user's cookies: a plain-http writer is one anyone on the network path can forge.
        if (origin.IsInsecure)
        {
            if (options.AllowInsecureOrigins)
            {
                problems.Warning(WriteProblems.InsecureWriterAllowed, Trusted, value);
            }
            else
            {
                problems.Error(WriteProblems.InsecureWriter, Trusted, value);
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
                problems.Warning(WriteProblems.WritersUnprotected, Trusted, string.Join(",", options.TrustedWriteOrigins));
            }

            if (options.AllowSameSiteWrites)
            {
                problems.Warning(WriteProblems.SameSiteUnprotected, nameof(CorsPolicyOptions.AllowSameSiteWrites), "true");
            }

            return;
        }

        if (anyOrigin)
        {
            problems.Warning(WriteProblems.AnyOriginWrites, nameof(CorsPolicyOptions.ProtectWrites), "true");
        }
    }
}
