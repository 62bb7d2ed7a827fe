namespace CorsKit.HttpBaselines;

/// <summary>Which CORS implementation the baseline server runs.</summary>
internal enum CorsMode
{
    /// <summary>Microsoft's <c>AddCors</c> + <c>UseCors()</c>.</summary>
    BuiltIn,

    /// <summary>No CORS middleware: the floor every CORS implementation is compared with.</summary>
    None,
}
