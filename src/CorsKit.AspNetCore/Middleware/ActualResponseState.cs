using CorsKit.AspNetCore.Configuration;
using CorsKit.Evaluation;
using CorsKit.Headers;
using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Middleware;

/// <summary>
/// What an actual request's response must carry, kept until the response starts. The headers are written in
/// <c>OnStarting</c>, after the application (and any exception handler that cleared the response) is done, so they
/// survive. Instances are pooled: registering the callback costs no allocation of ours.
/// </summary>
internal sealed class ActualResponseState
{
    public static readonly Func<object, Task> OnStarting = static state => ((ActualResponseState)state).ApplyAndReturn();

    /// <summary>The callback for a response whose only CORS header is <c>Vary: Origin</c>; its state is the <see cref="HttpContext"/>.</summary>
    public static readonly Func<object, Task> OnStartingVaryOnly = static state =>
    {
        new ResponseHeaderWriter(((HttpContext)state).Response.Headers).AppendVary(CorsHeaderNames.Origin);
        return Task.CompletedTask;
    };

    private HttpContext? _context;
    private CorsDecision _decision;
    private string? _denialHeader;
    private ActualResponseStatePool? _pool;

    public void Initialize(HttpContext context, in CorsDecision decision, string? denialHeader, ActualResponseStatePool pool)
    {
        _context = context;
        _decision = decision;
        _denialHeader = denialHeader;
        _pool = pool;
    }

    /// <summary>Writes the headers; if someone else (Microsoft's CORS middleware, the application) already answered CORS, keeps theirs.</summary>
    public static void Apply(IHeaderDictionary headers, in CorsDecision decision, string? denialHeader)
    {
        var writer = new ResponseHeaderWriter(headers);
        // The typed property is a field read on Kestrel; a string-keyed lookup would compare header names.
        if (headers.AccessControlAllowOrigin.Count > 0)
        {
            if (decision.VaryByOrigin)
            {
                writer.AppendVary(CorsHeaderNames.Origin);
            }

            return;
        }

        decision.WriteHeaders(ref writer);
        if (denialHeader is not null)
        {
            headers[CorsKitOptions.DenialReasonHeaderName] = denialHeader;
        }
    }

    private Task ApplyAndReturn()
    {
        Apply(_context!.Response.Headers, _decision, _denialHeader);
        var pool = _pool!;
        _context = null;
        _decision = default;
        _denialHeader = null;
        _pool = null;
        pool.Return(this);
        return Task.CompletedTask;
    }
}
