using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Middleware;
using CorsKit.Policy;
using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Policies;

/// <summary>
/// One compiled policy of a set as the middleware applies it: its name (for logs and metrics) and the callbacks that
/// decide an actual request and write its headers when the response starts.
/// </summary>
/// <remarks>
/// The headers are written in <c>OnStarting</c>, after the application and any exception handler that cleared the
/// response, so they survive. The callbacks belong to the policy and take the <see cref="HttpContext"/> as their
/// state: the middleware decides nothing for an actual request, the callback decides from the request's headers when
/// the response starts (a few nanoseconds), so nothing per request has to be carried to it, pooled or allocated.
/// The callback also counts and logs the decision, so an actual request is decided once, and what is observed is what
/// was sent. A response that never starts (the application failed and no exception handler answered: Kestrel then
/// sends a bare 500 without running these callbacks) gets no CORS headers and is not counted.
/// </remarks>
internal sealed class PolicyEntry
{
    private readonly DecisionObserver _observer;

    public PolicyEntry(string name, CorsKitPolicy policy, DecisionObserver observer)
    {
        Name = name;
        Policy = policy;
        _observer = observer;
        WriteActualHeaders = state => Write((HttpContext)state, includeDenialReason: false);
        WriteActualHeadersWithDenialReason = state => Write((HttpContext)state, includeDenialReason: true);
    }

    /// <summary>The name endpoints select it by, or the default policy's display name.</summary>
    public string Name { get; }

    public CorsKitPolicy Policy { get; }

    /// <summary>The <c>OnStarting</c> callback for an actual request; its state is the <see cref="HttpContext"/>.</summary>
    public Func<object, Task> WriteActualHeaders { get; }

    /// <summary>As <see cref="WriteActualHeaders"/>, and names a refusal in the development header.</summary>
    public Func<object, Task> WriteActualHeadersWithDenialReason { get; }

    private Task Write(HttpContext context, bool includeDenialReason)
    {
        // Decided from the request as it is now: if the application changed the Origin header, the answer matches
        // what was checked, never an origin that was not. Only the middleware's non-preflight path registers this
        // callback, so the method is not read.
        var origins = context.Request.Headers.Origin;
        var origin = origins.Count == 0 ? null : origins[0];
        var decision = Policy.EvaluateActual(origin, origins.Count);
        string? denialHeader = null;
        if (origin is not null)
        {
            var outcome = _observer.Observe(decision, context, origin, Name);
            if (includeDenialReason && !decision.IsAllowed)
            {
                denialHeader = outcome ?? CorsOutcomeNames.Of(decision.DenialReason);
            }
        }

        ResponseHeaders.WriteDecision(context.Response.Headers, decision, denialHeader);
        return Task.CompletedTask;
    }
}
