using CorsKit.Configuration;
using CorsKit.Configuration.Environment;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Cli.Lint;

/// <summary>
/// An ASP.NET Core application's start with <c>AddCorsKit(builder.Configuration.GetSection(section))</c>: the host's
/// JSON files and variables, the middleware's defaults (no credentials, the safelisted methods), and named policies
/// under <c>Policies:&lt;name&gt;</c>. Policies written in code are not seen.
/// </summary>
internal static class MiddlewareModel
{
    // expected: the section the application binds.
    private static readonly ConfigurationProblemTemplate NoSection = new(ConfigurationProblemKind.NoEffect,
        "is not in the configuration, so the application has only the policies its code defines.",
        "Add a \"{expected}\": {{ \"Origins\": [...] }} section to configure CORS here.");

    /// <summary>
    /// The application started in <paramref name="directory"/> with <paramref name="variables"/>; or, when
    /// <paramref name="files"/> are named, with only those JSON files.
    /// </summary>
    public static LintReport Lint(string directory, IReadOnlyList<string> files, IReadOnlyDictionary<string, string> variables, string sectionName)
    {
        string where;
        IReadOnlyList<string> jsonFiles;
        if (files.Count == 0)
        {
            var environmentName = HostSources.EnvironmentName(variables);
            where = $"in {directory} (environment {environmentName})";
            jsonFiles = HostSources.JsonFiles(directory, environmentName);
        }
        else
        {
            where = "with the files named and no environment variables";
            jsonFiles = files;
            variables = new Dictionary<string, string>();
        }

        var host = $"an ASP.NET Core application with AddCorsKit(configuration.GetSection(\"{sectionName}\")) {where}";
        var readVariables = HostSources.Named(variables, name => name.StartsWith(sectionName + "__", StringComparison.OrdinalIgnoreCase)).ToList();
        var read = new List<string>(jsonFiles);
        if (readVariables.Count > 0)
        {
            read.Add("variables " + string.Join(", ", readVariables));
        }

        IConfigurationRoot configuration;
        try
        {
            configuration = new ConfigurationBuilder().AddHostVariables(variables).AddJsonFiles(jsonFiles).AddVariables(variables).Build();
        }
        catch (InvalidDataException exception)
        {
            // The application's builder throws the same before any CORS code runs.
            return new LintReport(host, read, [new LintResult(null, [ServerStartupCheck.UnreadableJson(exception)], [], [])]);
        }

        return new LintReport(host, read, Verdicts(configuration.GetSection(sectionName)));
    }

    private static List<LintResult> Verdicts(IConfigurationSection section)
    {
        if (!section.Exists())
        {
            var noSection = NoSection.Create(section.Path, null, expected: section.Path);
            return [new LintResult(null, [], [noSection], [])];
        }

        var read = CorsConfigurationReader.ReadPolicies(section);
        var results = new List<LintResult>();
        if (read.Problems.Count > 0)
        {
            results.Add(new LintResult($"reading {section.Path}", read.Problems, [], []));
        }

        if (read.DefaultPolicy is { } defaultPolicy)
        {
            results.Add(Verdict($"default ({read.DefaultPolicyPath})", defaultPolicy, read.DefaultPolicyPath));
        }

        results.AddRange(read.Policies.Select(named => Verdict($"{named.Key} ({read.PolicyPaths[named.Key]})", named.Value, read.PolicyPaths[named.Key])));
        return results;
    }

    private static LintResult Verdict(string name, CorsPolicyOptions options, string path)
    {
        var compilation = CorsKitPolicy.TryCompile(options);
        var allows = compilation.Policy is { } policy ? Configuration.Settings.CorsSettings.Report(policy).ToList() : [];
        return new LintResult(name, CorsConfigurationReader.AtPath(compilation.Errors, path), CorsConfigurationReader.AtPath(compilation.Warnings, path), allows);
    }
}
