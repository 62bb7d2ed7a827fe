namespace CorsKit.BrowserSimulation;

/// <summary>The <c>credentials</c> option of <c>fetch</c>, as far as CORS cares.</summary>
internal enum CredentialsMode
{
    /// <summary>The default: cookies only for same-origin requests, so a cross-origin fetch sends none.</summary>
    SameOrigin,

    /// <summary><c>credentials: "include"</c>: cookies and HTTP authentication cross-origin; the server must opt in.</summary>
    Include,
}
