namespace CorsKit.Cli.Audit;

/// <summary>How bad a finding is. <see cref="Info"/> is a note that does not fail the audit.</summary>
internal enum Severity
{
    /// <summary>Worth knowing, often intended (such as trusting every subdomain).</summary>
    Info,

    /// <summary>A weakness with little direct impact.</summary>
    Low,

    /// <summary>Exploitable in some setups (shared caches, sensitive data behind network position).</summary>
    Medium,

    /// <summary>Any site can read users' authenticated data.</summary>
    High,
}
