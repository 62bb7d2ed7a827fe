namespace CorsKit.Edge.Tests;

/// <summary>
/// Each exported configuration, run by the real engine in front of a plain upstream whose own CORS headers are
/// careless, answers every request as CorsKit.Server does as a gateway in front of the same upstream: status, every
/// CORS header, and Vary, request by request. The requests are what browsers send and what scanners and attackers
/// send instead.
/// </summary>
[Collection(UsesEdgeFleet.Name)]
public sealed class EdgeAgreementTests(EdgeFleet fleet)
{
    private const string App = EdgeShapes.App;

    // (what it is, method, path, headers). "{self}" stands for the origin of the server being asked.
    private static readonly (string Name, string Method, string Path, (string, string)[] Headers)[] Requests =
    [
        ("no Origin", "GET", "/api/items", []),
        ("allowed origin", "GET", "/api/items", [("Origin", App)]),
        ("unknown origin", "GET", "/api/items", [("Origin", "https://evil.example")]),
        ("null origin", "GET", "/api/items", [("Origin", "null")]),
        ("upper-case origin", "GET", "/api/items", [("Origin", "HTTPS://APP.EXAMPLE.COM")]),
        ("prefix look-alike", "GET", "/api/items", [("Origin", "https://app.example.com.evil.example")]),
        ("suffix look-alike", "GET", "/api/items", [("Origin", "https://evilapp.example.com")]),
        ("unescaped dot", "GET", "/api/items", [("Origin", "https://appxexample.com")]),
        ("subdomain on a port", "GET", "/api/items", [("Origin", "https://a.b.example.com:8443")]),
        ("local frontend", "GET", "/api/items", [("Origin", "http://localhost:5173")]),
        ("http look-alike", "GET", "/api/items", [("Origin", "http://app.example.com")]),
        ("the upstream fails", "GET", "/api/fail", [("Origin", App)]),
        ("allowed preflight", "OPTIONS", "/api/items", [("Origin", App), ("Access-Control-Request-Method", "DELETE"), ("Access-Control-Request-Headers", "content-type,authorization")]),
        ("preflight, method not allowed", "OPTIONS", "/api/items", [("Origin", App), ("Access-Control-Request-Method", "PUT")]),
        ("preflight, lower-case method", "OPTIONS", "/api/items", [("Origin", App), ("Access-Control-Request-Method", "patch")]),
        ("preflight, forbidden method", "OPTIONS", "/api/items", [("Origin", App), ("Access-Control-Request-Method", "CONNECT")]),
        ("preflight, custom header", "OPTIONS", "/api/items", [("Origin", App), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "x-custom")]),
        ("preflight, Authorization alone", "OPTIONS", "/api/items", [("Origin", App), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "authorization")]),
        ("preflight, comma flood", "OPTIONS", "/api/items", [("Origin", App), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", new string(',', 4096))]),
        ("preflight, unknown origin", "OPTIONS", "/api/items", [("Origin", "https://evil.example"), ("Access-Control-Request-Method", "GET")]),
        ("preflight, null origin", "OPTIONS", "/api/items", [("Origin", "null"), ("Access-Control-Request-Method", "GET")]),
        ("OPTIONS without a requested method", "OPTIONS", "/api/items", [("Origin", App)]),
        ("cross-site write", "POST", "/api/items", [("Origin", "https://evil.example"), ("Sec-Fetch-Site", "cross-site")]),
        ("write from the allowed origin", "POST", "/api/items", [("Origin", App), ("Sec-Fetch-Site", "cross-site")]),
        ("same-origin write", "POST", "/api/items", [("Origin", "https://evil.example"), ("Sec-Fetch-Site", "same-origin")]),
        ("trusted writer", "POST", "/api/items", [("Origin", "https://pay.example.net"), ("Sec-Fetch-Site", "cross-site")]),
        ("same-site write", "POST", "/api/items", [("Origin", "https://other.example.com"), ("Sec-Fetch-Site", "same-site")]),
        ("unknown Sec-Fetch-Site", "POST", "/api/items", [("Origin", "https://evil.example"), ("Sec-Fetch-Site", "nope")]),
        ("write without Fetch Metadata or Origin", "POST", "/api/items", []),
        ("write from its own origin, no Fetch Metadata", "POST", "/api/items", [("Origin", "{self}")]),
        ("write from null, no Fetch Metadata", "POST", "/api/items", [("Origin", "null")]),
        ("write from elsewhere, no Fetch Metadata", "DELETE", "/api/items", [("Origin", "https://evil.example")]),
    ];

    [Theory]
    [MemberData(nameof(EdgeShapes.EnginesAndShapes), MemberType = typeof(EdgeShapes))]
    public async Task The_edge_answers_every_request_as_CorsKit_Server_does(string engine, string shape)
    {
        var server = await fleet.ServerAsync(shape);
        var proxy = await fleet.ProxyAsync(engine, shape);
        var differences = new List<string>();
        foreach (var (name, method, path, headers) in Requests)
        {
            var expected = await RawExchange.SendAsync(server.BaseAddress, method, path, Resolve(headers, server.BaseAddress));
            var actual = await RawExchange.SendAsync(proxy.BaseAddress, method, path, Resolve(headers, proxy.BaseAddress));
            if (expected.Cors != actual.Cors)
            {
                differences.Add($"{name} ({method} {string.Join("; ", headers.Select(h => $"{h.Item1}: {Shorten(h.Item2)}"))}):\n  CorsKit.Server {expected.Cors}\n  {engine,-14} {actual.Cors}");
            }
        }

        Assert.True(differences.Count == 0, $"{engine} differs from CorsKit.Server for \"{shape}\":\n{string.Join("\n", differences)}\n\n{proxy.Configuration}");
    }

    [Theory]
    [MemberData(nameof(EdgeShapes.EnginesAndShapes), MemberType = typeof(EdgeShapes))]
    public async Task The_upstream_never_sees_a_preflight_or_a_refused_write(string engine, string shape)
    {
        var proxy = await fleet.ProxyAsync(engine, shape);
        var before = fleet.Upstream.OptionsRequests;
        var preflight = await RawExchange.SendAsync(proxy.BaseAddress, "OPTIONS", "/api/items", [("Origin", App), ("Access-Control-Request-Method", "GET")]);
        // A forbidden method is refused by every shape, "*" included.
        var refused = await RawExchange.SendAsync(proxy.BaseAddress, "OPTIONS", "/api/items", [("Origin", App), ("Access-Control-Request-Method", "TRACE")]);

        Assert.Equal(before, fleet.Upstream.OptionsRequests);
        Assert.True(preflight.Status is 200 or 204, preflight.Cors);
        Assert.Equal(403, refused.Status);
        Assert.Null(refused.Get("Access-Control-Allow-Methods"));
        Assert.Null(refused.Get("Access-Control-Allow-Headers"));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task A_refused_write_gets_a_problem_document_and_never_reaches_the_upstream(string engine)
    {
        var proxy = await fleet.ProxyAsync(engine, "exact origin with credentials");
        var before = fleet.Upstream.Requests;
        var refused = await RawExchange.SendAsync(proxy.BaseAddress, "POST", "/api/items", [("Origin", "https://evil.example"), ("Sec-Fetch-Site", "cross-site")]);

        Assert.Equal(403, refused.Status);
        Assert.StartsWith("application/problem+json", refused.Get("Content-Type"), StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Cross-origin write refused\"", refused.Body, StringComparison.Ordinal);
        Assert.Equal(before, fleet.Upstream.Requests);
    }

    // Two Origin lines: no browser sends them. HAProxy and Caddy refuse them as CorsKit.Server does; nginx 1.22 reads
    // the first (documented in the export's comments and docs/edge.md), so it answers exactly as for that origin alone.
    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Two_Origin_lines_are_refused_or_read_as_the_first_as_documented(string engine)
    {
        var server = await fleet.ServerAsync("exact origin with credentials");
        var proxy = await fleet.ProxyAsync(engine, "exact origin with credentials");
        var two = await RawExchange.SendAsync(proxy.BaseAddress, "GET", "/api/items", [("Origin", App), ("Origin", "https://evil.example")]);
        var expected = engine == "nginx"
            ? await RawExchange.SendAsync(server.BaseAddress, "GET", "/api/items", [("Origin", App)])
            : await RawExchange.SendAsync(server.BaseAddress, "GET", "/api/items", [("Origin", App), ("Origin", "https://evil.example")]);

        Assert.Equal(expected.Cors, two.Cors);
        Assert.DoesNotContain(",", two.Get("Access-Control-Allow-Origin") ?? string.Empty, StringComparison.Ordinal);
        if (engine == "nginx")
        {
            Assert.Contains("nginx 1.22 and older read only the first of several Origin headers", proxy.Configuration, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string> Engines => [.. TestSupport.Edge.EdgeProxy.Engines];

    private static (string, string)[] Resolve((string, string)[] headers, Uri self) =>
        [.. headers.Select(header => (header.Item1, header.Item2.Replace("{self}", self.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)))];

    private static string Shorten(string value) => value.Length > 40 ? $"{value[..12]}... ({value.Length} characters)" : value;
}
