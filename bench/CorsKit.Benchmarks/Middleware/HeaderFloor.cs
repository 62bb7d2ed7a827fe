using CorsKit.Benchmarks.Hosting;
using CorsKit.Benchmarks.Scenarios;
using CorsKit.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;

namespace CorsKit.Benchmarks.Middleware;

/// <summary>
/// The least any CORS middleware can do to give CorsKit's answer: it already knows the answer (captured from CorsKit
/// at setup), so it decides nothing, and only does what every implementation with per-endpoint policies must do: look
/// up the endpoint, read the request headers, then write the response headers (at once for a preflight, from
/// <c>OnStarting</c> for an actual request).
/// Its speed-up over the built-in middleware is the largest any implementation can reach in this harness; CorsKit's
/// distance from it is what CorsKit's own decision, policy selection and bookkeeping cost.
/// </summary>
internal sealed class HeaderFloor
{
    private readonly KeyValuePair<ResponseHeader, StringValues>[] _headers;
    private readonly int _statusCode;
    private readonly bool _isPreflight;
    private readonly Func<object, Task> _writeOnStarting;

    private HeaderFloor(KeyValuePair<ResponseHeader, StringValues>[] headers, int statusCode, bool isPreflight)
    {
        _headers = headers;
        _statusCode = statusCode;
        _isPreflight = isPreflight;
        _writeOnStarting = state =>
        {
            Write(((HttpContext)state).Response.Headers);
            return Task.CompletedTask;
        };
    }

    private enum ResponseHeader
    {
        AllowOrigin,
        AllowCredentials,
        AllowMethods,
        AllowHeaders,
        MaxAge,
        ExposeHeaders,
        Vary,
    }

    /// <summary>Runs CorsKit's pipeline once on <paramref name="request"/> and keeps the status and headers it answered with.</summary>
    public static HeaderFloor Capture(ScenarioRequest request, RequestDelegate corsKit, IServiceProvider services, HeaderStore store)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new ReusableHttpContext(request, services, store);
        context.Run(corsKit);
        var response = context.Context.Response;
        var headers = response.Headers
            .Select(header => KeyValuePair.Create(Slot(header.Key), header.Value))
            .ToArray();
        var isPreflight = request.Origin is not null && request.RequestMethod is not null && HttpMethods.IsOptions(request.Method);
        return new HeaderFloor(headers, response.StatusCode, isPreflight);
    }

    /// <summary>The middleware, with the no-op endpoint as its next step.</summary>
    public Task Invoke(HttpContext context)
    {
        // A middleware with per-endpoint policies must find the endpoint (the cheaper way, as CorsKit does it) and read
        // these headers; their values are not needed here because the answer is already known.
        _ = context.Features[typeof(IEndpointFeature)];
        var request = context.Request;
        var requestHeaders = request.Headers;
        _ = requestHeaders.Origin;
        if (HttpMethods.IsOptions(request.Method))
        {
            _ = requestHeaders.AccessControlRequestMethod;
            _ = requestHeaders.AccessControlRequestHeaders;
        }

        if (_isPreflight)
        {
            context.Response.StatusCode = _statusCode;
            Write(context.Response.Headers);
            return Task.CompletedTask;
        }

        if (_headers.Length > 0)
        {
            context.Response.OnStarting(_writeOnStarting, context);
        }

        return Pipelines.NoOp(context);
    }

    private void Write(IHeaderDictionary headers)
    {
        foreach (var (header, value) in _headers)
        {
            switch (header)
            {
                case ResponseHeader.AllowOrigin:
                    headers.AccessControlAllowOrigin = value;
                    break;
                case ResponseHeader.AllowCredentials:
                    headers.AccessControlAllowCredentials = value;
                    break;
                case ResponseHeader.AllowMethods:
                    headers.AccessControlAllowMethods = value;
                    break;
                case ResponseHeader.AllowHeaders:
                    headers.AccessControlAllowHeaders = value;
                    break;
                case ResponseHeader.MaxAge:
                    headers.AccessControlMaxAge = value;
                    break;
                case ResponseHeader.ExposeHeaders:
                    headers.AccessControlExposeHeaders = value;
                    break;
                default:
                    headers.Vary = value;
                    break;
            }
        }
    }

    private static ResponseHeader Slot(string name) => name switch
    {
        CorsHeaderNames.AccessControlAllowOrigin => ResponseHeader.AllowOrigin,
        CorsHeaderNames.AccessControlAllowCredentials => ResponseHeader.AllowCredentials,
        CorsHeaderNames.AccessControlAllowMethods => ResponseHeader.AllowMethods,
        CorsHeaderNames.AccessControlAllowHeaders => ResponseHeader.AllowHeaders,
        CorsHeaderNames.AccessControlMaxAge => ResponseHeader.MaxAge,
        CorsHeaderNames.AccessControlExposeHeaders => ResponseHeader.ExposeHeaders,
        CorsHeaderNames.Vary => ResponseHeader.Vary,
        _ => throw new InvalidOperationException($"CorsKit answered with '{name}', which {nameof(HeaderFloor)} does not write; add it."),
    };
}
