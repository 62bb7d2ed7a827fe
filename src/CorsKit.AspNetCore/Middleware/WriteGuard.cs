using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Endpoints;
using CorsKit.AspNetCore.Policies;
using CorsKit.Fetch;
using CorsKit.Writes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace CorsKit.AspNetCore.Middleware;

/// <summary>
/// Applies cross-origin write protection to one request, before CORS and before the endpoint: which protection the
/// endpoint has, the engine's decision, its log and metric, and the 403 of a refusal.
/// </summary>
internal sealed class WriteGuard(CorsKitMetrics metrics, ILogger logger)
{
    private const string AllowedOutcome = "allowed";

    /// <summary>
    /// Decides a request whose method is not safe. Returns null when it may go on, or the task writing its 403, in
    /// which case the endpoint must not run.
    /// </summary>
    public Task? Check(HttpContext context, Endpoint? endpoint, in PolicySelection selection, CorsPolicySet set)
    {
        var (protection, policy) = ProtectionFor(endpoint, selection, set);
        if (protection is null)
        {
            return null;
        }

        var request = context.Request;
        var headers = request.Headers;
        var origins = headers.Origin;
        var site = headers[FetchMetadata.SiteHeaderName];
        var write = new WriteRequest(
            request.Method,
            StringValues.IsNullOrEmpty(site) ? null : site.ToString(),
            origins.Count == 0 ? null : origins[0],
            origins.Count,
            request.Scheme,
            request.Host.Value ?? string.Empty);
        var decision = protection.Evaluate(write);
        if (decision.IsAllowed)
        {
            metrics.RecordWrite(AllowedOutcome, policy);
            return null;
        }

        var reason = WriteDenialReasons.Describe(decision.DenialReason);
        metrics.RecordWrite(reason.Name, policy);
        WriteRefusalLogging.Log(logger, write, decision, policy);
        return WriteRefusalResponse.WriteAsync(context.Response, decision.DenialReason);
    }

    // The endpoint's own word first (opt-out, or required), then its policy's. An endpoint that disables CORS, or
    // names a policy that is missing, keeps the default policy's protection without its readers: nobody reads there.
    private static (WriteProtection? Protection, string Policy) ProtectionFor(Endpoint? endpoint, in PolicySelection selection, CorsPolicySet set)
    {
        var required = false;
        if (endpoint?.Metadata.GetMetadata<IWriteProtectionMetadata>() is { } metadata)
        {
            if (!metadata.IsRequired)
            {
                return (null, string.Empty);
            }

            required = true;
        }

        var (protection, policy) = selection.Kind switch
        {
            PolicySelectionKind.Policy => (selection.Entry!.Policy.WriteProtection, selection.Name),
            PolicySelectionKind.Disabled or PolicySelectionKind.Missing when set.DefaultEntry is { } entry => (entry.Policy.WriteProtection.WithoutReaders, entry.Name),
            _ => ((WriteProtection?)null, CorsPolicySet.DefaultPolicyName),
        };

        if (protection is { IsEnabled: true })
        {
            return (protection, policy);
        }

        return required ? (protection ?? WriteProtection.SameOriginOnly, policy) : (null, string.Empty);
    }
}
