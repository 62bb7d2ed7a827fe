namespace CorsKit.Edge.Tests;

/// <summary>The policy shapes the edge must express, as CorsKit.Server's variables.</summary>
public static class EdgeShapes
{
    public const string App = "https://app.example.com";

    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> All { get; } = new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["exact origin with credentials"] = new Dictionary<string, string> { ["CORS_ORIGINS"] = App },
        ["any origin"] = new Dictionary<string, string> { ["CORS_ORIGINS"] = "*", ["CORS_CREDENTIALS"] = "false", ["CORS_HEADERS"] = "*" },
        ["subdomains on any port"] = new Dictionary<string, string> { ["CORS_ORIGINS"] = "https://*.example.com:*,http://localhost:*" },
        ["no credentials, exposed headers, max age"] = new Dictionary<string, string>
        {
            ["CORS_ORIGINS"] = App, ["CORS_CREDENTIALS"] = "false", ["CORS_EXPOSE_HEADERS"] = "X-Request-Id,X-Total", ["CORS_MAX_AGE"] = "600",
        },
        ["a lower-case method"] = new Dictionary<string, string> { ["CORS_ORIGINS"] = App, ["CORS_METHODS"] = "GET,POST,patch,DELETE" },
        ["star headers with Authorization"] = new Dictionary<string, string> { ["CORS_ORIGINS"] = App, ["CORS_HEADERS"] = "*,Authorization" },
        ["trusted writer and same-site writes"] = new Dictionary<string, string>
        {
            ["CORS_ORIGINS"] = App, ["CSRF_TRUSTED_ORIGINS"] = "https://pay.example.net", ["CSRF_ALLOW_SAME_SITE"] = "true",
        },
        ["any method, preflight status 200"] = new Dictionary<string, string> { ["CORS_ORIGINS"] = App, ["CORS_METHODS"] = "*", ["CORS_PREFLIGHT_STATUS"] = "200" },
        ["write protection off"] = new Dictionary<string, string> { ["CORS_ORIGINS"] = App, ["CSRF_PROTECTION"] = "off" },
    };

    public static TheoryData<string, string> EnginesAndShapes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var engine in TestSupport.Edge.EdgeProxy.Engines)
            {
                foreach (var shape in All.Keys)
                {
                    data.Add(engine, shape);
                }
            }

            return data;
        }
    }
}
