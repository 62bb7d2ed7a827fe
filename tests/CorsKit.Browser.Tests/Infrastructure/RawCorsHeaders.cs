using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// CORS headers written by hand from the query string, for responses the engine refuses to produce (such as
/// <c>*</c> with credentials): the suite still needs the browser's verdict on them to know the engine is right to refuse.
/// <c>acao=origin</c> echoes the request's Origin; other values are sent as given. Preflights are answered 204,
/// unless the URL asks for a redirect.
/// </summary>
internal static class RawCorsHeaders
{
    private static readonly (string Query, string Header)[] Headers =
    [
        ("acao", "Access-Control-Allow-Origin"),
        ("acac", "Access-Control-Allow-Credentials"),
        ("acam", "Access-Control-Allow-Methods"),
        ("acah", "Access-Control-Allow-Headers"),
        ("aceh", "Access-Control-Expose-Headers"),
        ("acma", "Access-Control-Max-Age"),
    ];

    public static IApplicationBuilder UseRawCorsHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var request = context.Request;
            foreach (var (query, header) in Headers)
            {
                var value = request.Query[query];
                if (value.Count > 0)
                {
                    context.Response.Headers[header] = query == "acao" && value == "origin" ? request.Headers.Origin : value;
                }
            }

            // A preflight to a redirecting URL is redirected too, so the suite can show that browsers refuse that.
            if (request.Method == HttpMethods.Options && request.Headers.AccessControlRequestMethod.Count > 0 && request.Query["redirect"].Count == 0)
            {
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return Task.CompletedTask;
            }

            return next(context);
        });
}
