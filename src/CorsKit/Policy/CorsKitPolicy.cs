using System.Collections.ObjectModel;
using CorsKit.Headers;
using CorsKit.Fetch;
using CorsKit.Methods;
using CorsKit.Origins;
using CorsKit.Writes;

namespace CorsKit.Policy;

/// <summary>
/// A validated, immutable CORS policy. Build it with <see cref="Compile(CorsPolicyOptions)"/> (or
/// <see cref="CorsKitPolicyBuilder"/>), then call <see cref="Evaluate(in Evaluation.CorsRequest)"/> for every request.
/// It is safe to share across threads; swapping a policy is swapping a reference.
/// </summary>
public sealed partial class CorsKitPolicy
{
    private readonly OriginMatcher _origins;
    private readonly FrozenMethodSet _methods;
    private readonly HeaderNameSet _headers;
    private readonly Func<string, bool>? _originPredicate;

    // Header values computed once, so answering a request only hands out references.
    private readonly string? _allowMethodsValue;
    private readonly string? _allowHeadersValue;
    private readonly string? _exposeHeadersValue;
    private readonly string? _maxAgeValue;
    private readonly bool _reflectMethod;
    private readonly bool _reflectHeaders;

    // Only the exact list can allow an origin: no pattern or predicate needs the origin parsed.
    private readonly bool _refusesEveryOtherOrigin;

    private CorsKitPolicy(CompiledSettings settings)
    {
        _origins = new OriginMatcher(settings.Origins);
        _methods = new FrozenMethodSet(settings.Methods);
        _headers = new HeaderNameSet(settings.Headers, settings.HeaderWildcard);
        _originPredicate = settings.Options.OriginPredicate;
        OriginPatterns = settings.Origins;
        TrustedWritePatterns = settings.TrustedWriteOrigins;
        _refusesEveryOtherOrigin = !_origins.HasPatterns && _originPredicate is null;
        AllowsAnyOrigin = settings.AnyOrigin;
        AllowsCredentials = settings.Options.Credentials;
        AllowsAnyMethod = settings.MethodWildcard;
        PreflightStatus = settings.Options.PreflightStatus;
        MaxAge = settings.Options.MaxAge;
        Origins = new ReadOnlyCollection<string>(settings.AnyOrigin ? ["*"] : settings.Origins.Select(o => o.ToString()).ToArray());
        Methods = new ReadOnlyCollection<string>(settings.MethodWildcard ? ["*", .. settings.Methods] : settings.Methods.ToArray());
        Headers = new ReadOnlyCollection<string>(settings.HeaderWildcard ? ["*", .. settings.Headers] : settings.Headers.ToArray());
        ExposeHeaders = new ReadOnlyCollection<string>(settings.ExposeWildcard ? ["*"] : settings.ExposeHeaders.ToArray());
        Warnings = settings.Warnings;

        // With credentials, browsers read "*" literally in these headers, so the request's own values are reflected.
        _reflectMethod = settings.MethodWildcard && AllowsCredentials;
        _reflectHeaders = settings.HeaderWildcard && AllowsCredentials;
        _allowMethodsValue = settings.MethodWildcard ? (AllowsCredentials ? null : "*") : JoinOrNull(settings.Methods);
        _allowHeadersValue = settings.HeaderWildcard
            ? (AllowsCredentials ? null : string.Join(", ", ["*", .. settings.Headers.Where(IsAuthorization)]))
            : JoinOrNull(settings.Headers);
        _exposeHeadersValue = settings.ExposeWildcard ? "*" : JoinOrNull(settings.ExposeHeaders);
        _maxAgeValue = settings.MaxAgeValue;
        VaryByOrigin = !AllowsAnyOrigin;
        WriteProtection = new WriteProtection(settings.Options.ProtectWrites, this, settings.TrustedWriteOrigins, settings.Options.AllowSameSiteWrites);
    }

    /// <summary>The parsed origins and patterns, for tools that compile them into another matcher (edge configuration).</summary>
    internal IReadOnlyList<OriginPattern> OriginPatterns { get; }

    /// <summary>The parsed trusted write origins.</summary>
    internal IReadOnlyList<OriginPattern> TrustedWritePatterns { get; }

    /// <summary>True when code decides some origins (<see cref="CorsPolicyOptions.OriginPredicate"/>): no configuration file can say what it allows.</summary>
    internal bool HasOriginPredicate => _originPredicate is not null;

    /// <summary>True for <c>*</c>: every origin may read responses, without credentials.</summary>
    public bool AllowsAnyOrigin { get; }

    /// <summary>True when credentialed requests may read responses.</summary>
    public bool AllowsCredentials { get; }

    /// <summary>True when <c>*</c> was configured for methods.</summary>
    public bool AllowsAnyMethod { get; }

    /// <summary>The allowed origins in the browser's serialized form (patterns as written, normalized).</summary>
    public IReadOnlyList<string> Origins { get; }

    /// <summary>The allowed methods, normalized as the Fetch standard does.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>The allowed request headers, as configured.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The exposed response headers.</summary>
    public IReadOnlyList<string> ExposeHeaders { get; }

    /// <summary>The preflight cache lifetime sent to browsers, if any.</summary>
    public TimeSpan? MaxAge { get; }

    /// <summary>The status of an allowed preflight.</summary>
    public int PreflightStatus { get; }

    /// <summary>True when responses depend on the request's origin and so carry <c>Vary: Origin</c>.</summary>
    public bool VaryByOrigin { get; }

    /// <summary>
    /// Cross-origin write protection with this policy's origins: check <see cref="WriteProtection.IsEnabled"/>, then
    /// <see cref="WriteProtection.Evaluate(in WriteRequest)"/>.
    /// </summary>
    public WriteProtection WriteProtection { get; }

    /// <summary>Risky-but-allowed or ineffective choices found while compiling.</summary>
    public IReadOnlyList<ConfigurationProblem> Warnings { get; }

    /// <summary>Validates <paramref name="options"/> and compiles them, throwing one exception that lists every problem.</summary>
    /// <exception cref="CorsConfigurationException">The options have at least one error.</exception>
    public static CorsKitPolicy Compile(CorsPolicyOptions options)
    {
        var compilation = TryCompile(options);
        return compilation.Policy ?? throw new CorsConfigurationException(compilation.Errors);
    }

    /// <summary>Validates <paramref name="options"/> and compiles them when they have no error; never throws for bad values.</summary>
    public static CorsPolicyCompilation TryCompile(CorsPolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new ProblemCollector();
        var (origins, anyOrigin) = OriginsSetting.Validate(options, problems);
        var (methods, methodWildcard) = MethodsSetting.Validate(options, problems);
        var (headers, headerWildcard) = HeadersSetting.ValidateRequestHeaders(options, problems);
        var (expose, exposeWildcard) = HeadersSetting.ValidateExposeHeaders(options, problems);
        var maxAge = PreflightSettings.ValidateMaxAge(options, problems);
        PreflightSettings.ValidateStatus(options, problems);
        var trustedWriteOrigins = WriteSettings.Validate(options, anyOrigin, problems);
        if (problems.Errors.Count > 0)
        {
            return new CorsPolicyCompilation(null, problems.Errors.AsReadOnly(), problems.Warnings.AsReadOnly());
        }

        var settings = new CompiledSettings(options, origins, anyOrigin, methods, methodWildcard, headers, headerWildcard, expose, exposeWildcard, maxAge, trustedWriteOrigins, problems.Warnings.AsReadOnly());
        return new CorsPolicyCompilation(new CorsKitPolicy(settings), [], problems.Warnings.AsReadOnly());
    }

    private static bool IsAuthorization(string name) => FetchRequestHeaders.IsNonWildcardName(name);

    private static string? JoinOrNull(List<string> values) => values.Count == 0 ? null : string.Join(", ", values);

    private sealed record CompiledSettings(
        CorsPolicyOptions Options,
        List<OriginPattern> Origins,
        bool AnyOrigin,
        List<string> Methods,
        bool MethodWildcard,
        List<string> Headers,
        bool HeaderWildcard,
        List<string> ExposeHeaders,
        bool ExposeWildcard,
        string? MaxAgeValue,
        List<OriginPattern> TrustedWriteOrigins,
        IReadOnlyList<ConfigurationProblem> Warnings);
}
