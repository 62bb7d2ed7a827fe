using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Middleware;
using CorsKit.Evaluation;
using CorsKit.Policy;
using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Policies;

/// <summary>
/// One compiled policy of a set as the middleware applies it: its name (for logs and metrics) and the callbacks that
/// write its headers on an actual request's response.
/// </summary>
/// <remarks>
/// The headers are written in <c>OnStarting</c>, after the application and any exception handler that cleared the
/// response, so they survive. The callbacks belong to the policy and take the <see cref="HttpContext"/> as their
/// state: they decide again from the request's headers when the response starts (an actual request's decision is a
/// few nanoseconds), so nothing per request has to be carried to them, pooled or allocated.
/// </remarks>
internal sealed class PolicyEntry
{
    public PolicyEntry(string name, CorsPolicy policy)
    {
        Name = name;
        Policy = policy;
        WriteActualHeaders = state => Write((HttpContext)state, includeDenialReason: false);
        WriteActualHeadersWithDenialReason = state => Write((HttpContext)state, includeDenialReason: true);
    }

    /// <summary>The name endpoints select it by, or the default policy's display name.</summary>
    public string Name { get; }

    public CorsPolicy Policy { get; }

    /// <summary>The <c>OnStarting</c> callback for an actual request; its state is the <see cref="HttpContext"/>.</summary>
    public Func<object, Task> WriteActualHeaders { get; }

    /// <summary>As <see cref="WriteActualHeaders"/>, and names a refusal in the development header.</summary>
    public Func<object, Task> WriteActualHeadersWithDenialReason { get; }

    /// <summary>
    /// Decides an actual request (or a request without <c>Origin</c>) from the context's request headers. Only the
    /// middleware's non-preflight path calls it, so the method is not read.
    /// </summary>
    public CorsDecision DecideActual(HttpRequest request)
    {
        var origins = request.Headers.Origin;
        return Policy.EvaluateActual(origins.Count == 0 ? null : origins[0], origins.Count);
    }

    private Task Write(HttpContext context, bool includeDenialReason)
    {
        // Decided from the request as it is now: if the application changed the Origin header, the answer matches
        // what was checked, never an origin that was not.
        var decision = DecideActual(context.Request);
        var denialHeader = includeDenialReason && decision.Kind != CorsRequestKind.NotCors && !decision.IsAllowed
            ? CorsOutcomeNames.Of(decision.DenialReason)
            : null;
        ResponseHeaders.WriteDecision(context.Response.Headers, decision, denialHeader);
        return Task.CompletedTask;
    }
}
