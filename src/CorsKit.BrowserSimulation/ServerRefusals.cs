using CorsKit.BrowserSimulation.Diagnosis;
using CorsKit.Evaluation;
using CorsKit.Writes;

namespace CorsKit.BrowserSimulation;

/// <summary>
/// A refusal the server itself decided, told as <c>corskit check</c> tells it: what the page sees, why the server
/// refused, and what to change. <c>check</c> has to infer the cause from the answers; a host that made the decision
/// knows it, and says it in the same words.
/// </summary>
internal static class ServerRefusals
{
    /// <summary>The words for a CORS refusal of <paramref name="origin"/>'s request.</summary>
    /// <param name="reason">The engine's reason.</param>
    /// <param name="deniedValue">The refused method or header, when the reason has one.</param>
    /// <param name="origin">The request's origin.</param>
    /// <param name="method">The method the page used (a preflight's requested method).</param>
    /// <param name="preflight">True when the refusal answered a preflight.</param>
    public static (string Reason, string Fix) Cors(CorsDenialReason reason, string deniedValue, string origin, string method, bool preflight)
    {
        var why = CorsDenialReasons.Describe(reason).Explain(Quote(deniedValue));
        var seen = BlockMessages.Reason(new CorsFailure(CorsFailureKind.MissingAllowOriginHeader, DuringPreflight: preflight));
        var fix = reason switch
        {
            CorsDenialReason.OriginNotAllowed => ServerFixes.For(new CorsFailure(CorsFailureKind.MissingAllowOriginHeader, DuringPreflight: preflight), origin, method, CredentialsMode.SameOrigin, null),
            CorsDenialReason.NullOrigin =>
                "Serve the page from a real origin (http://localhost during development) and list that origin; any page can send \"null\", so CorsKit never allows it.",
            CorsDenialReason.MethodNotAllowed => new RefusedPreflightDiagnosis.Finding(deniedValue, true, true, [], 0).Fix!,
            CorsDenialReason.HeaderNotAllowed => new RefusedPreflightDiagnosis.Finding(method, true, false, [deniedValue], 0).Fix!,
            _ => "No browser sends this request: look for the client, proxy or script that built it.",
        };

        return ($"The server refused it: {why}. The page sees: {seen}", fix);
    }

    /// <summary>The words for a write that cross-origin write protection refused before the endpoint ran.</summary>
    public static (string Reason, string Fix) Write(WriteDenialReason reason, string origin)
    {
        var description = WriteDenialReasons.Describe(reason);
        var fix = origin.Length == 0 || reason is not (WriteDenialReason.CrossSite or WriteDenialReason.ForeignOrigin)
            ? description.Fix
            : ServerFixes.For(new CorsFailure(CorsFailureKind.WriteRefused), origin, "POST", CredentialsMode.SameOrigin, null);
        return ($"The server's cross-origin write protection refused it before the endpoint ran: {description.Explanation}. The page receives a 403.", fix);
    }

    private static string Quote(string value) => value.Length == 0 ? value : $"\"{value}\"";
}
