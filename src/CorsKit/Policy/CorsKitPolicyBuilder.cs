namespace CorsKit.Policy;

/// <summary>A fluent way to fill <see cref="CorsPolicyOptions"/> and compile them.</summary>
/// <example>
/// <code>
/// var policy = new CorsKitPolicyBuilder()
///     .WithOrigins("https://app.example.com")
///     .WithMethods("GET", "POST", "DELETE")
///     .WithHeaders("Content-Type", "Authorization")
///     .AllowCredentials()
///     .Build();
/// </code>
/// </example>
public sealed class CorsKitPolicyBuilder
{
    /// <summary>The options being built; changes through the builder land here.</summary>
    public CorsPolicyOptions Options { get; } = new();

    /// <summary>Adds allowed origins, patterns, or <c>*</c>.</summary>
    public CorsKitPolicyBuilder WithOrigins(params string[] origins) => AddAll(Options.Origins, origins);

    /// <summary>Allows any origin (<c>*</c>); incompatible with credentials.</summary>
    public CorsKitPolicyBuilder AllowAnyOrigin() => WithOrigins("*");

    /// <summary>Adds methods a preflight may allow.</summary>
    public CorsKitPolicyBuilder WithMethods(params string[] methods) => AddAll(Options.Methods, methods);

    /// <summary>Adds request headers a preflight may allow.</summary>
    public CorsKitPolicyBuilder WithHeaders(params string[] headers) => AddAll(Options.Headers, headers);

    /// <summary>Adds response headers pages may read.</summary>
    public CorsKitPolicyBuilder WithExposedHeaders(params string[] headers) => AddAll(Options.ExposeHeaders, headers);

    /// <summary>Lets credentialed requests (cookies, HTTP authentication) read responses.</summary>
    public CorsKitPolicyBuilder AllowCredentials()
    {
        Options.Credentials = true;
        return this;
    }

    /// <summary>Lets browsers cache a preflight's answer for <paramref name="maxAge"/> (whole seconds).</summary>
    public CorsKitPolicyBuilder WithMaxAge(TimeSpan maxAge)
    {
        Options.MaxAge = maxAge;
        return this;
    }

    /// <summary>Sets the status of an allowed preflight (204 by default).</summary>
    public CorsKitPolicyBuilder WithPreflightStatus(int status)
    {
        Options.PreflightStatus = status;
        return this;
    }

    /// <summary>Allows non-local <c>http://</c> origins with credentials, accepting that they can be impersonated.</summary>
    public CorsKitPolicyBuilder AllowInsecureOrigins()
    {
        Options.AllowInsecureOrigins = true;
        return this;
    }

    /// <summary>
    /// Refuses cross-origin writes from origins this policy does not let read (<see cref="CorsPolicyOptions.ProtectWrites"/>),
    /// trusting <paramref name="trustedOrigins"/> to write as well.
    /// </summary>
    public CorsKitPolicyBuilder ProtectWrites(params string[] trustedOrigins)
    {
        Options.ProtectWrites = true;
        return AddAll(Options.TrustedWriteOrigins, trustedOrigins);
    }

    /// <summary>Lets same-site origins write (<see cref="CorsPolicyOptions.AllowSameSiteWrites"/>).</summary>
    public CorsKitPolicyBuilder AllowSameSiteWrites()
    {
        Options.AllowSameSiteWrites = true;
        return this;
    }

    /// <summary>Consults <paramref name="predicate"/> for well-formed origins that no configured origin matched.</summary>
    public CorsKitPolicyBuilder WithOriginPredicate(Func<string, bool> predicate)
    {
        Options.OriginPredicate = predicate;
        return this;
    }

    /// <summary>Validates and compiles the policy.</summary>
    /// <exception cref="CorsConfigurationException">The options have at least one error.</exception>
    public CorsKitPolicy Build() => CorsKitPolicy.Compile(Options);

    private CorsKitPolicyBuilder AddAll(IList<string> target, string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            target.Add(value);
        }

        return this;
    }
}
