using CorsKit.AspNetCore.Dashboard;
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
internal sealed class WriteGuard(CorsKitMetrics metrics, ILogger logger, DecisionJournal journal)
{
    private const string AllowedOutcome = "allowed";

    // Several Sec-Fetch-Site lines are no browser's; a constant that reads as unknown spares joining them.
    private const string SeveralValues = ",";

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
        var write = new WriteRequest(
            request.Method,
            One(headers[FetchMetadata.SiteHeaderName]),
            origins.Count == 0 ? null : origins[0],
            origins.Count,
            request.Scheme,

            // The Host header as sent (punycode, as Origin is), not HttpRequest.Host, which decodes it to Unicode.
            One(headers.Host) ?? string.Empty);
        var decision = protection.Evaluate(write);
        if (decision.IsAllowed)
        {
            metrics.RecordWrite(AllowedOutcome, policy);
            return null;
        }

        var reason = WriteDenialReasons.Describe(decision.DenialReason);
        metrics.RecordWrite(reason.Name, policy);
        WriteRefusalLogging.Log(logger, write, reason, policy);
        if (journal.IsEnabled)
        {
            journal.Record(DecisionKind.Write, request.Method, request.Path.Value ?? "/", write.Origin ?? string.Empty, policy, allowed: false, writeReason: decision.DenialReason);
        }

        return WriteRefusalResponse.WriteAsync(context.Response, decision.DenialReason);
    }

    // A header's one value; an empty one stays empty (present, and no browser's), and several read as unknown.
    private static string? One(StringValues values) => values.Count switch
    {
        0 => null,
        1 => values[0] ?? string.Empty,
        _ => SeveralValues,
    };

    // The endpoint's own word first (opt-out, or required), then its policy's. An endpoint without a CorsKit policy of
    // its own (CORS disabled, a missing policy, or Microsoft's CORS metadata) keeps the default policy's protection
    // without its readers: nobody reads there through CorsKit. An endpoint that requires protection is checked even
    // where every origin may read.
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
            PolicySelectionKind.Disabled or PolicySelectionKind.Missing or PolicySelectionKind.Foreign when set.DefaultEntry is { } entry
                => (entry.Policy.WriteProtection.WithoutReaders, entry.Name),
            // A tenant without a policy has no readers: its own origin alone may write.
            PolicySelectionKind.UnknownTenant => (WriteProtection.SameOriginOnly, selection.Name),
            _ => ((WriteProtection?)null, CorsPolicySet.DefaultPolicyName),
        };

        if (!required)
        {
            return protection is { IsEnabled: true } ? (protection, policy) : (null, string.Empty);
        }

        return (protection is { RestrictsWrites: true } ? protection : protection?.WithoutReaders ?? WriteProtection.SameOriginOnly, policy);
    }
}
