namespace CorsKit.Cli.Audit;

/// <summary>One origin the audit sends, and what accepting it would mean.</summary>
/// <param name="Kind">The trick.</param>
/// <param name="Origin">The <c>Origin</c> header value sent.</param>
internal sealed record AuditProbe(ProbeKind Kind, string Origin);
