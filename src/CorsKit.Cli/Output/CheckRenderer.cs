using System.Text.Json;
using CorsKit.BrowserSimulation;

namespace CorsKit.Cli.Output;

/// <summary>Writes a <see cref="FetchOutcome"/> for a person (steps, verdict, fix) or as one JSON document.</summary>
internal static class CheckRenderer
{
    /// <summary>
    /// The terminal rendering: the page's call, the verdict with its reason and fix, then one line per exchange; with
    /// <paramref name="verbose"/>, every request and response in full.
    /// </summary>
    public static void WriteText(TextWriter output, FetchOutcome outcome, Style style, bool verbose = false)
    {
        output.WriteLine(style.Bold(FetchCall(outcome.Request)) + $" from {outcome.Request.Origin}");
        foreach (var dropped in outcome.Plan.DroppedHeaders)
        {
            output.WriteLine(style.Yellow($"  note: a page cannot set '{dropped.Name}' (forbidden request header); the browser leaves it out"));
        }

        if (verbose)
        {
            output.WriteLine();
            WritePlan(output, outcome);
            foreach (var step in outcome.Steps)
            {
                WriteStep(output, step, style);
            }

            WriteVerdict(output, outcome, style);
            return;
        }

        WriteVerdict(output, outcome, style);
        output.WriteLine(style.Dim("  " + PlanLine(outcome)));
        foreach (var step in outcome.Steps)
        {
            // A passed step's first note only says it passed; the rest are caveats worth the line.
            var said = step.Passed && step.Kind != "redirect" ? step.Notes.Skip(1) : step.Notes;
            var notes = said.Any() ? ": " + string.Join(" ", said) : "";
            output.WriteLine(style.Dim($"  {step.Kind}: {step.Request.Method} {step.Request.Url} -> {step.Response.Status}{notes}"));
        }

        if (outcome.Steps.Count > 0)
        {
            output.WriteLine(style.Dim("  (--verbose prints every request and response in full)"));
        }
    }

    // The request as a page's script would write it, so it can be pasted into the console.
    private static string FetchCall(FetchRequest request)
    {
        var init = new List<string> { $"method: '{request.Method}'" };
        if (request.Headers.Count > 0)
        {
            init.Add($"headers: {{ {string.Join(", ", request.Headers.Select(header => $"'{header.Name}': '{header.Value}'"))} }}");
        }

        if (request.Body is not null)
        {
            init.Add("body: '...'");
        }

        if (request.Credentials == CredentialsMode.Include)
        {
            init.Add("credentials: 'include'");
        }

        return $"fetch('{request.Url}', {{ {string.Join(", ", init)} }})";
    }

    private static string PlanLine(FetchOutcome outcome) =>
        outcome.SameOrigin ? "The URL has the page's origin: a same-origin request, CORS does not apply."
        : outcome.Plan.Rejection is not null ? $"fetch() refuses this request: {outcome.Plan.Rejection}"
        : outcome.Plan.NeedsPreflight ? $"A preflight is needed because: {string.Join("; ", outcome.Plan.PreflightReasons)}."
        : "No preflight: the method is GET, HEAD or POST and every header is CORS-safelisted.";

    /// <summary>The <c>--json</c> rendering.</summary>
    public static void WriteJson(TextWriter output, FetchOutcome outcome)
    {
        var request = outcome.Request;
        var document = new CheckDocument(
            outcome.Allowed ? "allowed" : "blocked",
            request.Url.ToString(),
            request.Origin,
            outcome.Plan.Method,
            request.Credentials == CredentialsMode.Include ? "include" : "same-origin",
            outcome.SameOrigin,
            !outcome.SameOrigin && outcome.Plan.NeedsPreflight,
            outcome.Plan.PreflightReasons,
            [.. outcome.Plan.DroppedHeaders.Select(h => h.Name)],
            [.. outcome.Steps.Select(s => new JsonStep(s.Kind, JsonRequest.From(s.Request), JsonResponse.From(s.Response), s.Passed, s.Notes))],
            outcome.Failure is null ? null : new JsonBlock(outcome.Failure.Kind, outcome.Failure.Value, outcome.Message!, outcome.Fix!),
            outcome.Status,
            outcome.ReadableHeaders,
            outcome.HiddenHeaders);
        output.WriteLine(JsonSerializer.Serialize(document, CliJsonContext.Default.CheckDocument));
    }

    private static void WritePlan(TextWriter output, FetchOutcome outcome)
    {
        if (outcome.SameOrigin)
        {
            output.WriteLine("1. The URL has the page's origin: a same-origin request, CORS does not apply.");
        }
        else if (outcome.Plan.Rejection is not null)
        {
            output.WriteLine($"1. fetch() refuses this request: {outcome.Plan.Rejection}");
        }
        else if (outcome.Plan.NeedsPreflight)
        {
            output.WriteLine("1. A preflight is needed because:");
            foreach (var reason in outcome.Plan.PreflightReasons)
            {
                output.WriteLine($"   - {reason}");
            }
        }
        else
        {
            output.WriteLine("1. No preflight: the method is GET, HEAD or POST and every header is CORS-safelisted.");
        }

        output.WriteLine();
    }

    private static void WriteStep(TextWriter output, FetchStep step, Style style)
    {
        var title = step.Kind switch
        {
            "preflight" => "Preflight",
            "redirect" => "Request (redirected)",
            _ => "Request",
        };
        output.WriteLine(style.Bold(title));
        output.WriteLine(style.Cyan($"  > {step.Request.Method} {step.Request.Url}"));
        foreach (var header in step.Request.Headers)
        {
            output.WriteLine(style.Cyan($"  > {header.Name}: {header.Value}"));
        }

        output.WriteLine($"  < {step.Response.Status}");
        foreach (var header in step.Response.Headers)
        {
            output.WriteLine($"  < {header.Name}: {header.Value}");
        }

        foreach (var note in step.Notes)
        {
            output.WriteLine(step.Passed ? style.Green($"  ok: {note}") : style.Red($"  failed: {note}"));
        }

        output.WriteLine();
    }

    private static void WriteVerdict(TextWriter output, FetchOutcome outcome, Style style)
    {
        if (outcome.Failure is { Kind: CorsFailureKind.WriteRefused } refused)
        {
            output.WriteLine(style.Red(style.Bold("REFUSED")) + $" the server's cross-origin write protection refused this write ({refused.Value}) before the endpoint ran.");
            output.WriteLine(outcome.SameOrigin
                ? "  This is not a CORS matter: the server does not let this request write."
                : "  This is not a CORS misconfiguration: the origin may not write here. Chromium's console still reports it as CORS:");
            output.WriteLine($"  {outcome.Message}");
            output.WriteLine(style.Bold("Fix: ") + outcome.Fix);
            return;
        }

        if (!outcome.Allowed)
        {
            output.WriteLine(style.Red(style.Bold("BLOCKED")) + " a browser would block this request:");
            output.WriteLine($"  {outcome.Message}");
            output.WriteLine(style.Bold("Fix: ") + outcome.Fix);
            return;
        }

        output.WriteLine(style.Green(style.Bold("ALLOWED")) + $" the page can read the response (status {outcome.Status}).");
        output.WriteLine($"  readable headers: {Join(outcome.ReadableHeaders)}");
        // The CORS headers themselves are the browser's business, not something a page would want exposed.
        var hidden = outcome.HiddenHeaders.Where(name => !name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase) && !name.Equals("Vary", StringComparison.OrdinalIgnoreCase)).ToList();
        if (hidden.Count > 0)
        {
            output.WriteLine(style.Dim($"  hidden from the page: {Join(hidden)} (list them in Access-Control-Expose-Headers to expose them; Set-Cookie never is)"));
        }
    }

    private static string Join(IReadOnlyList<string> names) => names.Count == 0 ? "(none)" : string.Join(", ", names);
}
