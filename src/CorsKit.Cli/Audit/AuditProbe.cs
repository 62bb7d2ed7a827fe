namespace CorsKit.Cli.Audit;

/// <summary>One origin the audit sends, and what accepting it would mean.</summary>
/// <param name="Kind">The trick.</param>
/// <param name="Origin">The <c>Origin</c> header value sent.</param>
/// <param name="ExplainedBy">
/// A probe origin that, when the server also trusts it, explains this one without a flaw: <c>evilapp.example.com</c>
/// is a subdomain of <c>example.com</c>, so a server that trusts every subdomain trusts it rightly.
/// </param>
internal sealed record AuditProbe(ProbeKind Kind, string Origin, string? ExplainedBy = null);
