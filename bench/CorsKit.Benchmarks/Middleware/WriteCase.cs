namespace CorsKit.Benchmarks.Middleware;

/// <summary>The requests of <see cref="WriteProtectionBenchmarks"/>, each with <c>Sec-Fetch-Site: cross-site</c>.</summary>
public enum WriteCase
{
    /// <summary><c>GET /</c> from the allowed origin: a safe request, which write protection must barely touch.</summary>
    SafeRead,

    /// <summary><c>POST /</c> from the allowed origin: a write the policy lets through.</summary>
    AllowedWrite,

    /// <summary><c>POST /</c> from <c>https://evil.example.org</c>: a write protection refuses with 403.</summary>
    RefusedWrite,
}
