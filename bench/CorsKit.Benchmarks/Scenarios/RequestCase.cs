namespace CorsKit.Benchmarks.Scenarios;

/// <summary>The requests every benchmark sends, the same bytes to CorsKit and to Microsoft.</summary>
public enum RequestCase
{
    /// <summary><c>GET /</c> without <c>Origin</c>: not a CORS request.</summary>
    NoOrigin,

    /// <summary><c>GET /</c> from an allowed origin.</summary>
    AllowedActual,

    /// <summary><c>GET /</c> from an origin the policy does not list.</summary>
    DeniedActual,

    /// <summary><c>OPTIONS</c> from an allowed origin for <c>DELETE</c> with <c>content-type,authorization</c>.</summary>
    AllowedPreflight,

    /// <summary><c>OPTIONS</c> from an origin the policy does not list.</summary>
    DeniedPreflight,

    /// <summary>
    /// <c>OPTIONS</c> from an allowed origin whose <c>Access-Control-Request-Headers</c> is 4,096 commas, the longest
    /// value CorsKit reads: hostile input. Microsoft parses it in full and allows the preflight; CorsKit refuses it
    /// once the empty elements pass its element limit.
    /// </summary>
    CommaFloodPreflight,
}
