namespace CorsKit.Benchmarks.Reporting;

/// <summary>Method names the derived columns look for; every benchmark class uses the same ones.</summary>
internal static class BenchmarkNames
{
    /// <summary>Resets the reused context (and, for middleware, runs the no-op endpoint and starts the response).</summary>
    public const string Reset = "Reset";

    /// <summary>Microsoft's implementation, the reference of the speed-up column.</summary>
    public const string BuiltIn = "BuiltIn";

    /// <summary>CorsKit's implementation.</summary>
    public const string CorsKit = "CorsKit";

    /// <summary>CorsKit's engine on a prepared request, with no context to reset: its figure is already net.</summary>
    public const string CorsKitEvaluate = "CorsKitEvaluate";

    /// <summary>The parameter holding the policy shape.</summary>
    public const string PolicyParameter = "Policy";
}
