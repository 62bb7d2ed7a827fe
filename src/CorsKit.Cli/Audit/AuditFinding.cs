using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.Cli.Audit;

/// <summary>One problem the audit found, with the exchange that proves it and how to fix it.</summary>
/// <param name="Id">A stable identifier, such as <c>origin-reflected</c>.</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Title">One line.</param>
/// <param name="Detail">Why it matters.</param>
/// <param name="Fix">What to change on the server.</param>
/// <param name="Request">The probe request.</param>
/// <param name="Response">The response that shows the problem.</param>
internal sealed record AuditFinding(
    string Id,
    Severity Severity,
    string Title,
    string Detail,
    string Fix,
    SentRequest Request,
    ReceivedResponse Response);
