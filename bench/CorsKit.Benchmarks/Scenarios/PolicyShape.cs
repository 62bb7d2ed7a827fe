namespace CorsKit.Benchmarks.Scenarios;

/// <summary>The shapes of policy every benchmark runs against; each is built identically for CorsKit and for Microsoft.</summary>
public enum PolicyShape
{
    /// <summary>One exact origin, the seed's policy.</summary>
    OneOrigin,

    /// <summary>1,000 exact origins; allowed requests carry the last one, the worst case for a linear scan.</summary>
    ThousandOrigins,

    /// <summary>Subdomain patterns (<c>https://*.example.com</c>, <c>https://*.example.net</c>); requests match the second one.</summary>
    SubdomainPatterns,
}
