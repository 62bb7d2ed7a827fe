namespace CorsKit.Cli.Lint;

/// <summary>What <c>corskit lint</c> found: the host it modelled, what it read, and the verdict on each policy.</summary>
/// <param name="Host">The host modelled, where and in which environment, in words.</param>
/// <param name="Read">The files and variables read, in the host's order of precedence (later wins).</param>
/// <param name="Results">One verdict per policy; the host starts only when none has an error.</param>
internal sealed record LintReport(string Host, IReadOnlyList<string> Read, IReadOnlyList<LintResult> Results)
{
    /// <summary>True when the host would refuse to start.</summary>
    public bool HasErrors => Results.Any(result => result.Errors.Count > 0);
}
