using CorsKit.Fetch;
using CorsKit.Headers;
using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.Cli.Audit;

/// <summary>A probe and what the server answered, for GET and for a preflight.</summary>
/// <param name="Probe">The probe.</param>
/// <param name="IsPreflight">True for the OPTIONS preflight exchange.</param>
/// <param name="Request">What was sent.</param>
/// <param name="Response">What came back.</param>
internal sealed record ProbeExchange(AuditProbe Probe, bool IsPreflight, SentRequest Request, ReceivedResponse Response)
{
    /// <summary>The server answered with <c>Access-Control-Allow-Origin</c> equal to the probe's origin.</summary>
    public bool TrustsOrigin => Response.Get("Access-Control-Allow-Origin") == Probe.Origin;

    /// <summary>The server says <c>Access-Control-Allow-Credentials: true</c>.</summary>
    public bool AllowsCredentials => Response.Get("Access-Control-Allow-Credentials") == "true";

    /// <summary>The response has <c>Vary: Origin</c> (or <c>Vary: *</c>).</summary>
    public bool VariesByOrigin =>
        VaryHeader.Covers(Response.Get("Vary"), CorsHeaderNames.Origin);
}
