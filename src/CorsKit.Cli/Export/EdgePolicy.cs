using CorsKit.Configuration.Settings;
using CorsKit.Evaluation;
using CorsKit.Fetch;
using CorsKit.Origins;
using CorsKit.Policy;

namespace CorsKit.Cli.Export;

/// <summary>
/// A compiled policy as an edge configuration needs it: what to compare <c>Origin</c> with, which preflights to answer,
/// and the exact header values to send. The values are the engine's own, read from its decisions on a sample request,
/// so the edge sends what CorsKit.Server sends.
/// </summary>
internal sealed record EdgePolicy
{
    /// <summary>True for <c>*</c>: every request with an <c>Origin</c> gets <c>Access-Control-Allow-Origin: *</c>.</summary>
    public required bool AnyOrigin { get; init; }

    /// <summary>Origins compared as whole strings.</summary>
    public required IReadOnlyList<string> ExactOrigins { get; init; }

    /// <summary>Unanchored expressions for the subdomain and any-port patterns, each with the pattern it came from.</summary>
    public required IReadOnlyList<(string Pattern, string Expression)> OriginExpressions { get; init; }

    /// <summary>True when responses allow credentials.</summary>
    public required bool Credentials { get; init; }

    /// <summary>An anchored expression that an allowed <c>Access-Control-Request-Method</c> matches, case included.</summary>
    public required string MethodExpression { get; init; }

    /// <summary>For a <c>*</c> method policy: the forbidden methods, refused apart; otherwise <see langword="null"/>.</summary>
    public required string? ForbiddenMethodExpression { get; init; }

    /// <summary>An anchored expression that an allowed <c>Access-Control-Request-Headers</c> matches.</summary>
    public required string HeaderExpression { get; init; }

    /// <summary>For a <c>*</c> header policy that does not list <c>Authorization</c>: a list naming it, refused apart.</summary>
    public required string? AuthorizationExpression { get; init; }

    /// <summary><c>Access-Control-Allow-Methods</c> of an allowed preflight; <see langword="null"/> to send the requested method back.</summary>
    public required string? AllowMethods { get; init; }

    /// <summary><c>Access-Control-Allow-Headers</c> of an allowed preflight; <see langword="null"/> when none is sent or, with <see cref="ReflectHeaders"/>, the requested ones are sent back.</summary>
    public required string? AllowHeaders { get; init; }

    /// <summary>True when an allowed preflight sends its requested headers back (<c>*</c> with credentials).</summary>
    public required bool ReflectHeaders { get; init; }

    /// <summary><c>Access-Control-Max-Age</c>, if any.</summary>
    public required string? MaxAge { get; init; }

    /// <summary><c>Access-Control-Expose-Headers</c> of an allowed actual response, if any.</summary>
    public required string? ExposeHeaders { get; init; }

    /// <summary>The status of an allowed preflight.</summary>
    public required int PreflightStatus { get; init; }

    /// <summary>True when answers depend on <c>Origin</c>, so every response carries <c>Vary: Origin</c>.</summary>
    public required bool VaryByOrigin { get; init; }

    /// <summary>Cross-origin write protection, or <see langword="null"/> when writes are not restricted.</summary>
    public required EdgeWrites? Writes { get; init; }

    /// <summary>The policy in words, as the server's startup block prints it.</summary>
    public required IReadOnlyList<(string Label, string Value)> Summary { get; init; }

    /// <summary>The edge form of <paramref name="policy"/>, or the reason no edge configuration can express it safely.</summary>
    public static EdgePolicy? From(CorsKitPolicy policy, out string? refusal)
    {
        refusal = policy.HasOriginPredicate
            ? "some origins are decided by code (OriginPredicate), which no proxy configuration can run; list the origins or patterns instead, or keep CORS in the application."
            : policy.Headers.Concat(policy.Methods).FirstOrDefault(name => name != "*" && name.IndexOfAny(['\'', '`']) >= 0) is { } quoted
                ? $"the name \"{quoted}\" contains a quote, which the proxies' configuration languages cannot carry safely; no browser sends such a name."
                : null;
        if (refusal is not null)
        {
            return null;
        }

        var sample = SampleOrigin(policy);
        var preflight = policy.Evaluate(new CorsRequest("OPTIONS", sample, "GET", null));
        var actual = policy.EvaluateActual(sample);
        if (!preflight.IsAllowed || !actual.IsAllowed)
        {
            throw new InvalidOperationException($"The policy refuses its own origin {sample}: {preflight.DenialReason}, {actual.DenialReason}.");
        }

        var anyHeader = policy.Headers.Contains("*");
        var names = policy.Headers.Where(name => name != "*").Select(name => name.ToLowerInvariant()).ToList();
        var reflectMethod = policy.AllowsAnyMethod && policy.AllowsCredentials;
        var reflectHeaders = anyHeader && policy.AllowsCredentials;
        var protection = policy.WriteProtection;
        return new EdgePolicy
        {
            AnyOrigin = policy.AllowsAnyOrigin,
            ExactOrigins = [.. policy.OriginPatterns.Where(pattern => pattern.IsExact).Select(pattern => pattern.ToString())],
            OriginExpressions = [.. policy.OriginPatterns.Where(pattern => !pattern.IsExact).Select(pattern => (pattern.ToString(), EdgePatterns.Origin(pattern)))],
            Credentials = policy.AllowsCredentials,
            MethodExpression = policy.AllowsAnyMethod
                ? EdgePatterns.AnyMethod(withStar: !reflectMethod)
                : EdgePatterns.Methods(policy.Methods),
            ForbiddenMethodExpression = policy.AllowsAnyMethod ? EdgePatterns.ForbiddenMethods() : null,
            HeaderExpression = EdgePatterns.HeaderList(anyHeader ? null : names, withStar: !reflectHeaders),
            AuthorizationExpression = anyHeader && !names.Exists(name => FetchRequestHeaders.IsNonWildcardName(name)) ? EdgePatterns.NamesAuthorization() : null,
            AllowMethods = reflectMethod ? null : preflight.AllowMethods,
            AllowHeaders = reflectHeaders ? null : preflight.AllowHeaders,
            ReflectHeaders = reflectHeaders,
            MaxAge = preflight.MaxAge,
            ExposeHeaders = actual.ExposeHeaders,
            PreflightStatus = preflight.PreflightStatusCode,
            VaryByOrigin = policy.VaryByOrigin,
            Writes = protection.IsEnabled && protection.RestrictsWrites
                ? new EdgeWrites([.. policy.TrustedWritePatterns.Select(pattern => pattern.ToString())], protection.AllowsSameSite)
                : null,
            Summary = [.. CorsSettings.Report(policy)],
        };
    }

    /// <summary>True when a preflight's allowed answer sends the requested method back rather than a fixed list.</summary>
    public bool ReflectMethod => AllowMethods is null;

    // An origin the policy allows, to read the engine's answers from: the first exact one, or one a pattern matches.
    private static string SampleOrigin(CorsKitPolicy policy)
    {
        if (policy.AllowsAnyOrigin)
        {
            return "https://corskit.example";
        }

        var pattern = policy.OriginPatterns.FirstOrDefault(p => p.IsExact) ?? policy.OriginPatterns[0];
        if (pattern.IsExact)
        {
            return pattern.ToString();
        }

        var port = pattern.Port == OriginPattern.NoPort ? string.Empty : ":" + pattern.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{pattern.Scheme}://{(pattern.AnySubdomain ? "corskit." : string.Empty)}{pattern.Host}{port}";
    }
}
