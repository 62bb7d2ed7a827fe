using CorsKit.BrowserSimulation.Diagnosis;
using CorsKit.BrowserSimulation.Transport;
using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation;

/// <summary>
/// Runs a page's <c>fetch</c> the way a browser does, step by step, over an <see cref="IHttpTransport"/>. The rules live
/// in the static classes of this folder; this class only sequences them.
/// </summary>
internal sealed class FetchSimulator(IHttpTransport transport)
{
    /// <summary>Simulates <paramref name="request"/>. Network failures surface as <see cref="HttpRequestException"/>.</summary>
    public async Task<FetchOutcome> RunAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var plan = FetchPlanner.Plan(request.Method, request.Headers, request.Body is not null);
        var outcome = new FetchOutcome { Request = request, Plan = plan };
        if (plan.Rejection is not null)
        {
            Block(outcome, new CorsFailure(CorsFailureKind.RequestRejectedByFetch, plan.Rejection), request.Url, request.Origin, null);
            return outcome;
        }

        var state = new State(request.Url, plan.Method, plan.Headers, request.Body);
        var corsMode = !WebOrigin.IsSameOrigin(request.Url, request.Origin);
        var site = FetchSite.SameOrigin;
        outcome.SameOrigin = !corsMode;
        for (var redirects = 0; ; redirects++)
        {
            var origin = state.Tainted ? WebOrigin.Null : request.Origin;
            corsMode |= !WebOrigin.IsSameOrigin(state.Url, request.Origin);
            site = FetchMetadataHeaders.Next(site, request.Origin, state.Url);
            var metadata = FetchMetadataHeaders.For(state.Url, site);
            if (corsMode && !await PreflightAsync(outcome, state, origin, metadata, cancellationToken).ConfigureAwait(false))
            {
                return outcome;
            }

            var sent = BrowserRequests.Actual(state.Url, FetchRequestHeaders.IncludesOrigin(corsMode, state.Method) ? origin : null, state.Method, state.Headers, state.Body, metadata);
            var response = await transport.SendAsync(sent, cancellationToken).ConfigureAwait(false);
            if (WriteRefusal.Read(response) is { } refusal)
            {
                var refused = new CorsFailure(CorsFailureKind.WriteRefused, refusal.Reason);
                outcome.Steps.Add(new FetchStep("request", sent, response, false, [$"refused by the server's cross-origin write protection ({refusal.Reason}) before the endpoint ran"]));
                Block(outcome, refused, state.Url, origin, null);
                outcome.Fix = refusal.Fix ?? outcome.Fix;
                if (!corsMode)
                {
                    // No CORS check ran: the page itself receives the 403, and Chromium logs no CORS error.
                    outcome.Message = $"The page receives the server's 403 for {state.Method} {state.Url}; no CORS check is involved in a same-origin request.";
                }

                return outcome;
            }

            var failure = corsMode ? CorsCheck.Run(response, origin, request.Credentials) : null;
            var kind = response.IsRedirect ? "redirect" : "request";
            if (failure is not null)
            {
                outcome.Steps.Add(new FetchStep(kind, sent, response, false, [BlockMessages.Reason(failure)]));
                Block(outcome, failure, state.Url, origin, null);
                return outcome;
            }

            if (!response.IsRedirect)
            {
                Deliver(outcome, sent, response, corsMode);
                return outcome;
            }

            var next = RedirectRules.Follow(response, state.Url, request.Origin, state.Tainted, state.Method, state.Headers, state.Body);
            if (next.Failure is null && redirects + 1 > RedirectRules.MaxRedirects)
            {
                next = next with { Failure = new CorsFailure(CorsFailureKind.InvalidRedirect, next.Url.ToString()) };
            }

            var notes = new List<string> { $"redirected to {next.Url}" };
            notes.AddRange(next.Notes);
            outcome.Steps.Add(new FetchStep(kind, sent, response, next.Failure is null, notes));
            if (next.Failure is not null)
            {
                Block(outcome, next.Failure, state.Url, origin, null);
                return outcome;
            }

            state = new State(next.Url, next.Method, next.Headers, next.Body) { Tainted = next.OriginTainted };
        }
    }

    private async Task<bool> PreflightAsync(FetchOutcome outcome, State state, string origin, IReadOnlyList<HeaderLine> metadata, CancellationToken cancellationToken)
    {
        var credentials = outcome.Request.Credentials;
        var plan = FetchPlanner.Plan(state.Method, state.Headers, state.Body is not null);
        if (!plan.NeedsPreflight)
        {
            return true;
        }

        var sent = BrowserRequests.Preflight(state.Url, origin, plan.Method, plan.UnsafeHeaderNames, metadata);
        var response = await transport.SendAsync(sent, cancellationToken).ConfigureAwait(false);
        var result = PreflightCheck.Run(response, origin, credentials, plan.Method, plan.UnsafeHeaderNames);
        var notes = new List<string>();
        if (result.Passed)
        {
            notes.Add($"preflight passed; a browser would cache it for {result.MaxAgeSeconds} s");
            if (result.Caveat is not null)
            {
                notes.Add(result.Caveat);
            }
        }
        else
        {
            notes.Add(BlockMessages.Reason(result.Failure!));
        }

        // A refused preflight carries no CORS headers, so it reads as an unknown origin whatever was refused.
        var finding = result.Failure is { Kind: CorsFailureKind.MissingAllowOriginHeader } && response.Get("Access-Control-Allow-Origin") is null
            ? await RefusedPreflightDiagnosis.RunAsync(transport, state.Url, origin, plan.Method, plan.UnsafeHeaderNames, metadata, cancellationToken).ConfigureAwait(false)
            : null;
        if (finding is not null)
        {
            notes.Add(finding.Note(origin));
        }

        outcome.Steps.Add(new FetchStep("preflight", sent, response, result.Passed, notes));
        if (!result.Passed)
        {
            Block(outcome, result.Failure!, state.Url, origin, result);
            outcome.Fix = finding?.Fix ?? outcome.Fix;
        }

        return result.Passed;
    }

    private static void Deliver(FetchOutcome outcome, SentRequest sent, ReceivedResponse response, bool corsMode)
    {
        var (readable, hidden) = corsMode
            ? ExposedHeaders.Split(response, outcome.Request.Credentials)
            : (response.Names().Where(n => !n.StartsWith("Set-Cookie", StringComparison.OrdinalIgnoreCase)).ToList(), response.Names().Where(n => n.StartsWith("Set-Cookie", StringComparison.OrdinalIgnoreCase)).ToList());
        var note = corsMode ? "CORS check passed: the page can read the response" : "same-origin request: CORS does not apply";
        outcome.Steps.Add(new FetchStep("request", sent, response, true, [note]));
        outcome.ReadableHeaders = readable;
        outcome.HiddenHeaders = hidden;
        outcome.Status = response.Status;
    }

    private static void Block(FetchOutcome outcome, CorsFailure failure, Uri url, string origin, PreflightResult? preflight)
    {
        outcome.Failure = failure;
        outcome.Message = BlockMessages.For(failure, url, outcome.Request.Url, origin);
        outcome.Fix = ServerFixes.For(failure, origin, outcome.Plan.Method, outcome.Request.Credentials, preflight);
    }

    private sealed record State(Uri Url, string Method, IReadOnlyList<RequestHeader> Headers, string? Body)
    {
        public bool Tainted { get; init; }
    }
}
