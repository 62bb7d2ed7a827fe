using CorsKit.AspNetCore.Middleware;
using CorsKit.BrowserSimulation.Transport;
using CorsKit.Evaluation;
using CorsKit.Fetch;
using CorsKit.Headers;
using CorsKit.Policy;
using CorsKit.Writes;
using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Dashboard;

/// <summary>
/// Answers the simulated browser of the "try it" form from a compiled policy, as the middleware would answer on the
/// wire, without sending anything anywhere: preflights by the policy, writes by its write protection, and actual
/// requests as a 200 from the endpoint with the policy's headers (the endpoint itself is not run). The headers come
/// from the middleware's own writer, so the form and the wire cannot disagree.
/// </summary>
internal sealed class PolicyTransport(CorsKitPolicy policy) : IHttpTransport
{
    /// <summary>The note shown beside an actual request's answer.</summary>
    public const string EndpointNote = "the endpoint was not run: its answer is taken to be 200, with the policy's headers";

    public Task<ReceivedResponse> SendAsync(SentRequest request, CancellationToken cancellationToken)
    {
        var origins = Values(request, CorsHeaderNames.Origin);
        var origin = origins.Count == 0 ? null : origins[0];
        var requestedMethod = Values(request, CorsHeaderNames.AccessControlRequestMethod) is [var method, ..] ? method : null;
        IHeaderDictionary headers = new HeaderDictionary();
        if (origin is not null && requestedMethod is not null && CorsRequest.IsPreflightMethod(request.Method))
        {
            var requestedHeaders = Values(request, CorsHeaderNames.AccessControlRequestHeaders) is { Count: > 0 } lines ? string.Join(", ", lines) : null;
            var preflight = policy.Evaluate(new CorsRequest(request.Method, origin, requestedMethod, requestedHeaders, origins.Count));
            ResponseHeaders.WriteDecision(headers, preflight, null);
            return Answer(preflight.PreflightStatusCode, headers);
        }

        if (!FetchMethods.IsSafe(request.Method) && policy.WriteProtection.IsEnabled)
        {
            var site = Values(request, FetchMetadata.SiteHeaderName) is [var one] ? one : null;
            var write = policy.WriteProtection.Evaluate(new WriteRequest(request.Method, site, origin, origins.Count, request.Url.Scheme, request.Url.Authority));
            if (!write.IsAllowed)
            {
                headers.ContentType = WriteRefusalResponse.ContentType;
                return Answer(StatusCodes.Status403Forbidden, headers, WriteRefusalResponse.BodyText(write.DenialReason));
            }
        }

        var actual = policy.EvaluateActual(origin, origins.Count);
        ResponseHeaders.WriteDecision(headers, actual, null);
        return Answer(StatusCodes.Status200OK, headers);
    }

    private static List<string> Values(SentRequest request, string name) =>
        [.. request.Headers.Where(line => string.Equals(line.Name, name, StringComparison.OrdinalIgnoreCase)).Select(line => line.Value)];

    private static Task<ReceivedResponse> Answer(int status, IHeaderDictionary headers, string? problem = null) =>
        Task.FromResult(new ReceivedResponse(status, [.. headers.SelectMany(header => header.Value.Select(value => new HeaderLine(header.Key, value ?? string.Empty)))], problem));
}
