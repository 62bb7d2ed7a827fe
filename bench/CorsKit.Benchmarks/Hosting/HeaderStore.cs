namespace CorsKit.Benchmarks.Hosting;

/// <summary>Which header collections the reused context reads requests from and writes responses to.</summary>
public enum HeaderStore
{
    /// <summary>
    /// Kestrel's own request and response header collections, what a deployed application reads and writes: known
    /// headers such as <c>Origin</c> and <c>Access-Control-Allow-Origin</c> are fields, not dictionary entries.
    /// </summary>
    Kestrel,

    /// <summary>
    /// <see cref="Microsoft.AspNetCore.Http.HeaderDictionary"/>, what a bare <c>DefaultHttpContext</c> (unit tests,
    /// <c>TestServer</c>) uses: every header read and write is a case-insensitive hash lookup.
    /// </summary>
    HeaderDictionary,
}
