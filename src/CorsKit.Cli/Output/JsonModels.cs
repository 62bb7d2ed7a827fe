using CorsKit.Cli.Audit;
using CorsKit.BrowserSimulation;
using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.Cli.Output;

/// <summary>A header line in JSON.</summary>
internal sealed record JsonHeader(string Name, string Value);

/// <summary>A request in JSON.</summary>
internal sealed record JsonRequest(string Method, string Url, IReadOnlyList<JsonHeader> Headers)
{
    public static JsonRequest From(SentRequest request) =>
        new(request.Method, request.Url.ToString(), [.. request.Headers.Select(h => new JsonHeader(h.Name, h.Value))]);
}

/// <summary>A response in JSON.</summary>
internal sealed record JsonResponse(int Status, IReadOnlyList<JsonHeader> Headers)
{
    public static JsonResponse From(ReceivedResponse response) =>
        new(response.Status, [.. response.Headers.Select(h => new JsonHeader(h.Name, h.Value))]);
}

/// <summary>One step of <c>check</c> in JSON.</summary>
internal sealed record JsonStep(string Kind, JsonRequest Request, JsonResponse Response, bool Passed, IReadOnlyList<string> Notes);

/// <summary>Why <c>check</c> blocked, in JSON.</summary>
internal sealed record JsonBlock(CorsFailureKind Reason, string? Value, string Message, string Fix);

/// <summary>The <c>check --json</c> document.</summary>
internal sealed record CheckDocument(
    string Verdict,
    string Url,
    string Origin,
    string Method,
    string Credentials,
    bool SameOrigin,
    bool PreflightNeeded,
    IReadOnlyList<string> PreflightReasons,
    IReadOnlyList<string> DroppedHeaders,
    IReadOnlyList<JsonStep> Steps,
    JsonBlock? Blocked,
    int? Status,
    IReadOnlyList<string> ReadableHeaders,
    IReadOnlyList<string> HiddenHeaders);

/// <summary>The <c>audit --json</c> document.</summary>
internal sealed record AuditDocument(string Url, string? TrustedOrigin, int RequestsSent, IReadOnlyList<AuditFinding> Findings, IReadOnlyList<AuditFinding> Notes);
