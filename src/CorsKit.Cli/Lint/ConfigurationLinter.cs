using CorsKit.Policy;

namespace CorsKit.Cli.Lint;

/// <summary>Validates what the readers found with the engine's own validator, renaming settings to the file's keys.</summary>
internal static class ConfigurationLinter
{
    /// <summary>One result per policy; reading problems go with the first policy (or alone when there is none).</summary>
    public static IReadOnlyList<LintResult> Lint(ConfigurationFile file)
    {
        var results = new List<LintResult>();
        foreach (var source in file.Policies)
        {
            var compilation = CorsKitPolicy.TryCompile(source.Options);
            var errors = source.ToFileKeys(compilation.Errors);
            var warnings = source.ToFileKeys(compilation.Warnings.Where(warning => !source.DefaultedOptions.Contains(warning.Setting)));
            results.Add(new LintResult(file.File, source.Name, errors, warnings, compilation.Policy is null ? null : Summarize(compilation.Policy)));
        }

        if (file.Errors.Count > 0 || file.Warnings.Count > 0)
        {
            results.Insert(0, new LintResult(file.File, "(reading)", file.Errors, file.Warnings, null));
        }

        return results;
    }

    private static string Summarize(CorsKitPolicy policy)
    {
        var origins = policy.AllowsAnyOrigin ? "any origin" : string.Join(", ", policy.Origins);
        var methods = policy.Methods.Count == 0 ? "GET, HEAD, POST" : string.Join(", ", policy.Methods);
        var credentials = policy.AllowsCredentials ? "with credentials" : "without credentials";
        return $"origins {origins}; methods {methods}; {credentials}";
    }
}
