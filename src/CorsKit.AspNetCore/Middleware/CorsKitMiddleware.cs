using CorsKit.AspNetCore.Configuration;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Policies;
using CorsKit.AspNetCore.Tenants;
using CorsKit.Evaluation;
using CorsKit.Fetch;
using CorsKit.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CorsKit.AspNetCore.Middleware;

/// <summary>
/// Applies CorsKit policies: answers preflights itself (they never reach the endpoint) and adds CORS headers to the
/// responses of actual requests, which always reach the endpoint. Add it with <c>app.UseCorsKit()</c>.
/// </summary>
public sealed class CorsKitMiddleware
{
    // The OnStarting callback of a response whose only CORS header is Vary: Origin; its state is the HttpContext.
    private static readonly Func<object, Task> AppendVaryOrigin = static state =>
    {
        ResponseHeaders.AppendVary(((HttpContext)state).Response.Headers, CorsHeaderNames.Origin);
        return Task.CompletedTask;
    };

    private readonly RequestDelegate _next;
    private readonly CorsPolicyRegistry _registry;
    private readonly CorsKitMetrics _metrics;
    private readonly ILogger _logger;
    private readonly DecisionObserver _observer;
    private readonly WriteGuard _writes;
    private readonly bool _includeDenialReason;
    private readonly TenantResolution? _tenants;

    /// <summary>Creates the middleware; fails when the configuration is invalid or development mode is on in Production.</summary>
    /// <remarks>
    /// Decisions are counted and logged by the registry's observer, the one its policies' callbacks use;
    /// <paramref name="metrics"/> and <paramref name="logger"/> report requests to endpoints naming a missing policy.
    /// </remarks>
    public CorsKitMiddleware(
        RequestDelegate next,
        CorsPolicyRegistry registry,
        CorsKitMetrics metrics,
        IOptions<CorsKitOptions> options,
        IHostEnvironment environment,
        ILogger<CorsKitMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        _next = next;
        _registry = registry;
        _metrics = metrics;
        _logger = logger;
        _observer = registry.Observer;
        _writes = new WriteGuard(metrics, logger, _observer.Journal);
        DevelopmentModeGuard.Verify(options.Value, environment);
        _includeDenialReason = options.Value.IncludeDenialReasonHeader;
        _tenants = registry.Tenants;
    }

    /// <summary>Processes one request.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // One read of the published set: this request uses one consistent configuration even if a reload lands now.
        var endpoint = EndpointOf(context);
        var set = _registry.Current;
        var selection = PolicySelection.Select(endpoint, set, context, _tenants);
        var request = context.Request;

        // Writes first: a refused one gets its 403 before CORS or the endpoint sees it. A safe request pays one
        // comparison of its method.
        if (!FetchMethods.IsSafe(request.Method) && _writes.Check(context, endpoint, selection, set) is { } refusal)
        {
            return refusal;
        }

        var origins = request.Headers.Origin;
        return selection.Kind switch
        {
            PolicySelectionKind.Policy => Apply(context, endpoint, selection, origins),
            PolicySelectionKind.None or PolicySelectionKind.Foreign => _next(context),
            PolicySelectionKind.Disabled => PassDisabled(context, endpoint, origins),
            PolicySelectionKind.UnknownTenant => RefuseUnknownTenant(context, origins),
            _ => RefuseMissingPolicy(context, endpoint, selection, origins),
        };
    }

    private Task Apply(HttpContext context, Endpoint? endpoint, in PolicySelection selection, StringValues origins)
    {
        var entry = selection.Entry!;
        var request = context.Request;
        var origin = origins.Count == 0 ? null : origins[0];

        // The engine classifies; the exact-OPTIONS test first spares ordinary requests the preflight header lookups.
        if (origin is not null && CorsRequest.IsPreflightMethod(request.Method))
        {
            var corsRequest = new CorsRequest(request.Method, origin, NullIfEmpty(request.Headers.AccessControlRequestMethod),
                NullIfEmpty(request.Headers.AccessControlRequestHeaders), origins.Count);
            if (corsRequest.IsPreflight)
            {
                return AnswerPreflight(context, entry, corsRequest);
            }
        }

        if (origin is null)
        {
            // Without Origin nothing is decided: Vary is the only header the policy may add.
            if (entry.Policy.VaryByOrigin)
            {
                context.Response.OnStarting(AppendVaryOrigin, context);
            }

            return _next(context);
        }

        // Decided, counted and logged when the response starts (PolicyEntry).
        context.Response.OnStarting(_includeDenialReason ? entry.WriteActualHeadersWithDenialReason : entry.WriteActualHeaders, context);

        // Routing, which compares methods without case, took this "options" for a preflight and matched it to an
        // endpoint of the method it announced; the engine does not, so answer as routing otherwise would have. The
        // actual-request headers registered above still describe this answer, as they would any other.
        if (RoutingSeesPreflight(context, origins) && !AcceptsOptions(endpoint))
        {
            return MethodNotAllowed(context, endpoint);
        }

        return _next(context);
    }

    private Task AnswerPreflight(HttpContext context, PolicyEntry entry, in CorsRequest corsRequest)
    {
        var decision = entry.Policy.Evaluate(corsRequest);
        var outcome = _observer.Observe(decision, context, corsRequest.Origin!, entry.Name);
        var denialHeader = _includeDenialReason && !decision.IsAllowed ? outcome ?? CorsOutcomeNames.Of(decision.DenialReason) : null;
        context.Response.StatusCode = decision.PreflightStatusCode;
        ResponseHeaders.WriteDecision(context.Response.Headers, decision, denialHeader);
        return Task.CompletedTask;
    }

    // CorsKit is off here. Routing matched this preflight to the endpoint only because of CorsKit's metadata; unless the
    // endpoint handles OPTIONS itself, answer as routing would have: 405, without CORS headers.
    private Task PassDisabled(HttpContext context, Endpoint? endpoint, StringValues origins)
    {
        if (!RoutingSeesPreflight(context, origins) || AcceptsOptions(endpoint))
        {
            return _next(context);
        }

        return MethodNotAllowed(context, endpoint);
    }

    // Routing's own 405 for a method the endpoint does not take, with the Allow header it would send.
    private static Task MethodNotAllowed(HttpContext context, Endpoint? endpoint)
    {
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        if (endpoint?.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods)
        {
            context.Response.Headers.Allow = string.Join(", ", methods);
        }

        return Task.CompletedTask;
    }

    // Startup and reloads keep every endpoint they can see pointing at a defined policy (EndpointPolicyNames); this is
    // for endpoints a data source published later.
    private Task RefuseMissingPolicy(HttpContext context, Endpoint? endpoint, in PolicySelection selection, StringValues origins)
    {
        if (origins.Count > 0)
        {
            CorsKitLog.PolicyNotFound(_logger, endpoint?.DisplayName ?? context.Request.Path.Value ?? string.Empty, selection.Name);
        }

        return RefuseWithoutPolicy(context, origins, CorsOutcomeNames.PolicyNotFound, selection.Name, varyByOrigin: false);
    }

    // A cross-origin request to a tenant without a policy. Logged at Debug only: anyone can send any Host header, and
    // such requests must not flood the log. Vary, because another tenant's answer to the same URL may differ by origin.
    private Task RefuseUnknownTenant(HttpContext context, StringValues origins)
    {
        if (origins.Count > 0)
        {
            CorsKitLog.TenantNotFound(_logger, origins[0] ?? string.Empty);
        }

        return RefuseWithoutPolicy(context, origins, CorsOutcomeNames.TenantNotFound, TenantPolicyStore.PolicyName, varyByOrigin: true);
    }

    // No policy applies to this CORS request: a preflight gets 403, an actual request goes on without CORS headers, so
    // the browser keeps the response from the page.
    private Task RefuseWithoutPolicy(HttpContext context, StringValues origins, string outcome, string policy, bool varyByOrigin)
    {
        if (origins.Count == 0)
        {
            return _next(context);
        }

        var preflight = RoutingSeesPreflight(context, origins);
        _metrics.RecordDecision(preflight ? CorsRequestKind.Preflight : CorsRequestKind.Actual, outcome, policy);
        if (_includeDenialReason)
        {
            context.Response.Headers[CorsKitOptions.DenialReasonHeaderName] = outcome;
        }

        if (preflight)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        }

        if (varyByOrigin)
        {
            context.Response.OnStarting(AppendVaryOrigin, context);
        }

        return _next(context);
    }

    // Routing's test, not the engine's: OPTIONS in any case, and a non-empty Access-Control-Request-Method. It tells
    // which requests routing matched to an endpoint as preflights, whatever the engine then decides.
    private static bool RoutingSeesPreflight(HttpContext context, StringValues origins) =>
        origins.Count > 0
        && HttpMethods.IsOptions(context.Request.Method)
        && !StringValues.IsNullOrEmpty(context.Request.Headers.AccessControlRequestMethod);

    private static bool AcceptsOptions(Endpoint? endpoint)
    {
        var methods = endpoint?.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
        if (methods is null || methods.Count == 0)
        {
            return true;
        }

        foreach (var method in methods)
        {
            if (HttpMethods.IsOptions(method))
            {
                return true;
            }
        }

        return false;
    }

    // Same as context.GetEndpoint(), through the feature collection's indexer: GetEndpoint calls the generic
    // Features.Get<T>(), a generic virtual method whose dispatch costs a runtime lookup on every request.
    private static Endpoint? EndpointOf(HttpContext context) =>
        (context.Features[typeof(IEndpointFeature)] as IEndpointFeature)?.Endpoint;

    // A header sent with an empty value counts as absent, as routing counts it: an OPTIONS request with an empty
    // Access-Control-Request-Method is not a preflight.
    private static string? NullIfEmpty(StringValues values) =>
        StringValues.IsNullOrEmpty(values) ? null : values.ToString();
}
