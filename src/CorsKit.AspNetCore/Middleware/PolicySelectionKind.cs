namespace CorsKit.AspNetCore.Middleware;

/// <summary>How a request's policy was resolved.</summary>
internal enum PolicySelectionKind
{
    /// <summary>A policy applies.</summary>
    Policy,

    /// <summary>No policy: the endpoint names none and there is no default; CorsKit stays out of the way.</summary>
    None,

    /// <summary>The endpoint turned CorsKit off.</summary>
    Disabled,

    /// <summary>The endpoint names a policy that is not configured; CORS requests are refused.</summary>
    Missing,

    /// <summary>Tenants are configured and this request's has no policy; CORS requests are refused.</summary>
    UnknownTenant,

    /// <summary>The endpoint carries Microsoft's CORS metadata; Microsoft's middleware owns it and CorsKit stays out.</summary>
    Foreign,
}
