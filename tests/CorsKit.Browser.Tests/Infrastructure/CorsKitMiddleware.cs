using CorsKit.Evaluation;
using CorsKit.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// The smallest honest host for the engine: evaluate, write the decision's headers, answer preflights at once.
/// It stands in for CorsKit.Server until that exists; the browser judges the engine's decisions through it.
/// </summary>
internal static class CorsKitMiddleware
{
    public static IApplicationBuilder UseCorsKit(this IApplicationBuilder app, CorsPolicy policy) =>
        app.Use((context, next) =>
        {
            var decision = policy.Evaluate(ToCorsRequest(context.Request));
            var writer = new HeaderDictionaryWriter(context.Response.Headers);
            decision.WriteHeaders(ref writer);
            if (decision.Kind == CorsRequestKind.Preflight)
            {
                context.Response.StatusCode = decision.PreflightStatusCode;
                return Task.CompletedTask;
            }

            return next(context);
        });

    private static CorsRequest ToCorsRequest(HttpRequest request)
    {
        var origin = request.Headers.Origin;
        var requestMethod = request.Headers.AccessControlRequestMethod;
        var requestHeaders = request.Headers.AccessControlRequestHeaders;
        return new CorsRequest(
            request.Method,
            origin.Count == 0 ? null : origin[0],
            requestMethod.Count == 0 ? null : requestMethod[0],
            requestHeaders.Count == 0 ? null : string.Join(',', requestHeaders.ToArray()),
            origin.Count);
    }
}
