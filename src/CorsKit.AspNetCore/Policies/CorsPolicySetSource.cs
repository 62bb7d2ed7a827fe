using CorsKit.AspNetCore.Configuration;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.Configuration;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.AspNetCore.Policies;

/// <summary>Gathers the policies from code and configuration and compiles them all, collecting every problem.</summary>
internal sealed class CorsPolicySetSource
{
    private const string CodeDefaultPath = "CorsKitOptions:DefaultPolicy";
    private const string CodePoliciesPath = "CorsKitOptions:Policies";

    private readonly CorsKitOptions _options;
    private readonly IConfigurationSection? _section;
    private readonly DecisionObserver _observer;

    /// <param name="options">The policies written in code, and the host's options.</param>
    /// <param name="section">The configuration section policies are read from, if any.</param>
    /// <param name="observer">Counts and logs the decisions of every policy compiled here.</param>
    public CorsPolicySetSource(CorsKitOptions options, IConfigurationSection? section, DecisionObserver observer)
    {
        _options = options;
        _section = section;
        _observer = observer;
    }

    public IConfigurationSection? Section => _section;

    /// <summary>Counts and logs the decisions of the policies compiled here.</summary>
    public DecisionObserver Observer => _observer;

    /// <summary>A text that changes when, and only when, the bound section's values change.</summary>
    public string Fingerprint() => _section is null
        ? string.Empty
        : string.Join('\n', _section.AsEnumerable().OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase).Select(pair => pair.Key + "=" + pair.Value));

    public CorsPolicySetCompilation Compile(int generation)
    {
        var errors = new List<ConfigurationProblem>();
        var warnings = new List<ConfigurationProblem>();
        var sources = new Dictionary<string, (CorsPolicyOptions Options, string Path)>(StringComparer.OrdinalIgnoreCase);
        (CorsPolicyOptions Options, string Path)? defaultSource = _options.DefaultPolicy is { } codeDefault ? (codeDefault, CodeDefaultPath) : null;
        foreach (var (name, options) in _options.Policies)
        {
            sources[name] = (options, ConfigurationPath.Combine(CodePoliciesPath, name));
        }

        if (_section is not null)
        {
            var configured = CorsConfigurationReader.ReadPolicies(_section);
            errors.AddRange(configured.Problems);
            if (configured.DefaultPolicy is { } configuredDefault)
            {
                defaultSource = (configuredDefault, configured.DefaultPolicyPath);
            }

            foreach (var (name, options) in configured.Policies)
            {
                sources[name] = (options, configured.PolicyPaths[name]);
            }
        }

        var defaultPolicy = defaultSource is { } source ? CompileOne(source.Options, source.Path, errors, warnings) : null;
        var policies = new Dictionary<string, CorsKitPolicy>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, (options, path)) in sources)
        {
            if (CompileOne(options, path, errors, warnings) is { } policy)
            {
                policies[name] = policy;
            }
        }

        var set = errors.Count == 0 ? new CorsPolicySet(defaultPolicy, policies, generation, _observer) : null;
        return new CorsPolicySetCompilation(set, Describe(errors), Describe(warnings));
    }

    /// <summary>True when the startup compilation's warnings should be logged.</summary>
    public bool LogStartupWarnings => _options.LogStartupWarnings;

    private System.Collections.ObjectModel.ReadOnlyCollection<ConfigurationProblem> Describe(List<ConfigurationProblem> problems) =>
        _options.DescribeProblem is { } describe ? problems.Select(describe).ToList().AsReadOnly() : problems.AsReadOnly();

    private static CorsKitPolicy? CompileOne(CorsPolicyOptions options, string path, List<ConfigurationProblem> errors, List<ConfigurationProblem> warnings)
    {
        var compilation = CorsKitPolicy.TryCompile(options);
        errors.AddRange(CorsConfigurationReader.AtPath(compilation.Errors, path));
        warnings.AddRange(CorsConfigurationReader.AtPath(compilation.Warnings, path));
        return compilation.Policy;
    }
}
