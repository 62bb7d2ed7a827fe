using CorsKit.Policy;

namespace CorsKit.AspNetCore.Configuration;

/// <summary>
/// Policies configured in code, and the switches of the middleware. Policies bound from configuration are added on
/// top: a configured policy replaces a code policy of the same name (the configured default replaces the code default).
/// </summary>
public sealed class CorsKitOptions
{
    /// <summary>The response header that states why a request was refused, in development mode.</summary>
    public const string DenialReasonHeaderName = "X-CorsKit-Denial";

    internal CorsPolicyOptions? DefaultPolicy { get; private set; }

    internal Dictionary<string, CorsPolicyOptions> Policies { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Development mode: adds <c>X-CorsKit-Denial: &lt;reason&gt;</c> to refused requests so a developer sees why at once.
    /// Off by default; refused at startup in the Production environment unless
    /// <see cref="AllowDenialReasonHeaderInProduction"/> is also set.
    /// </summary>
    public bool IncludeDenialReasonHeader { get; set; }

    /// <summary>Forces <see cref="IncludeDenialReasonHeader"/> in Production, where it tells attackers what the policy allows.</summary>
    public bool AllowDenialReasonHeaderInProduction { get; set; }

    /// <summary>
    /// Restates a configuration problem in the host's vocabulary before it is logged or thrown, for hosts whose users
    /// write settings under other names (environment variables, say). Unset: problems name configuration keys.
    /// </summary>
    public Func<ConfigurationProblem, ConfigurationProblem>? DescribeProblem { get; set; }

    /// <summary>
    /// Whether the warnings of the policies compiled at startup are logged. Hosts that print them in their own startup
    /// report turn it off. A reload logs the warnings it brings, those the policies in force did not have.
    /// </summary>
    public bool LogStartupWarnings { get; set; } = true;

    /// <summary>Sets the policy used by endpoints that name none.</summary>
    public CorsKitOptions AddDefaultPolicy(Action<CorsKitPolicyBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new CorsKitPolicyBuilder();
        configure(builder);
        return AddDefaultPolicy(builder.Options);
    }

    /// <summary>Sets the policy used by endpoints that name none.</summary>
    public CorsKitOptions AddDefaultPolicy(CorsPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DefaultPolicy = options;
        return this;
    }

    /// <summary>Adds a policy that endpoints select by <paramref name="name"/> (case-insensitive).</summary>
    public CorsKitOptions AddPolicy(string name, Action<CorsKitPolicyBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new CorsKitPolicyBuilder();
        configure(builder);
        return AddPolicy(name, builder.Options);
    }

    /// <summary>Adds a policy that endpoints select by <paramref name="name"/> (case-insensitive).</summary>
    public CorsKitOptions AddPolicy(string name, CorsPolicyOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(options);
        Policies[name] = options;
        return this;
    }
}
