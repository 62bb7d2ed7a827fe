using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.BrowserSimulation.Tests;

public class FetchPlannerTests
{
    [Theory]
    [InlineData("GET", "", false)]
    [InlineData("post", "Content-Type: text/plain", false)]
    [InlineData("POST", "Content-Type: application/json", true)]
    [InlineData("DELETE", "", true)]
    [InlineData("patch", "", true)]
    [InlineData("GET", "Authorization: Bearer x", true)]
    [InlineData("GET", "Accept-Language: en-US", false)]
    [InlineData("GET", "Cookie: a=b", false)]
    [InlineData("GET", "X-Requested-With: XMLHttpRequest", true)]
    public void A_preflight_is_needed_for_unsafe_methods_or_headers(string method, string header, bool preflight)
    {
        var headers = header.Length == 0 ? [] : new[] { RequestHeader.Parse(header)! };
        Assert.Equal(preflight, FetchPlanner.Plan(method, headers, hasBody: false).NeedsPreflight);
    }

    [Fact]
    public void Forbidden_headers_are_dropped_and_do_not_cause_a_preflight()
    {
        var plan = FetchPlanner.Plan("GET", [new RequestHeader("Cookie", "a=b"), new RequestHeader("Origin", "https://evil")], false);
        Assert.Equal(["Cookie", "Origin"], plan.DroppedHeaders.Select(h => h.Name));
        Assert.Empty(plan.Headers);
        Assert.False(plan.NeedsPreflight);
    }

    [Theory]
    [InlineData("TRACE", false)]
    [InlineData("connect", false)]
    [InlineData("GET", true)]
    [InlineData("head", true)]
    [InlineData("BAD METHOD", false)]
    public void Fetch_itself_rejects_forbidden_methods_and_bodies_on_get(string method, bool hasBody) =>
        Assert.NotNull(FetchPlanner.Plan(method, [], hasBody).Rejection);

    [Fact]
    public void The_preflight_request_is_built_exactly_as_a_browser_sends_it()
    {
        var plan = FetchPlanner.Plan("put", [new RequestHeader("X-B", "1"), new RequestHeader("Content-Type", "application/json"), new RequestHeader("X-A", "2")], false);
        var url = new Uri("https://api.example.com/x");
        var metadata = FetchMetadataHeaders.For(url, FetchMetadataHeaders.Next(CorsKit.Fetch.FetchSite.SameOrigin, "https://app.example.com", url));
        var preflight = BrowserRequests.Preflight(url, "https://app.example.com", plan.Method, plan.UnsafeHeaderNames, metadata);

        Assert.Equal("OPTIONS", preflight.Method);
        Assert.Equal(
            [
                new HeaderLine("Accept", "*/*"),
                new HeaderLine("Origin", "https://app.example.com"),
                new HeaderLine("Access-Control-Request-Method", "PUT"),
                new HeaderLine("Access-Control-Request-Headers", "content-type,x-a,x-b"),
                new HeaderLine("Sec-Fetch-Site", "same-site"),
                new HeaderLine("Sec-Fetch-Mode", "cors"),
                new HeaderLine("Sec-Fetch-Dest", "empty"),
            ],
            preflight.Headers);
    }

    [Fact]
    public void A_preflight_without_unsafe_headers_has_no_request_headers_line()
    {
        var preflight = BrowserRequests.Preflight(new Uri("https://api.example.com/"), "https://app.example.com", "DELETE", [], []);
        Assert.DoesNotContain(preflight.Headers, h => h.Name == "Access-Control-Request-Headers");
    }

    [Theory]
    [InlineData("https://api.example.com/", "https://app.example.com", "same-site")]
    [InlineData("https://api.example.com/", "https://evil.example", "cross-site")]
    [InlineData("http://localhost:4000/", "http://localhost:5173", "same-site")]
    [InlineData("http://127.0.0.1:4000/", "http://localhost:5173", "cross-site")]
    public void Fetch_metadata_is_sent_to_trustworthy_urls_as_chromium_sends_it(string url, string origin, string site)
    {
        var target = new Uri(url);
        Assert.Equal(
            [new HeaderLine("Sec-Fetch-Site", site), new HeaderLine("Sec-Fetch-Mode", "cors"), new HeaderLine("Sec-Fetch-Dest", "empty")],
            FetchMetadataHeaders.For(target, FetchMetadataHeaders.Next(CorsKit.Fetch.FetchSite.SameOrigin, origin, target)));
    }

    [Fact]
    public void Fetch_metadata_is_not_sent_to_plain_http_on_a_public_name() =>
        Assert.Empty(FetchMetadataHeaders.For(new Uri("http://api.example.com/"), CorsKit.Fetch.FetchSite.CrossSite));

    [Fact]
    public void A_redirect_never_makes_the_site_more_trusted() =>
        Assert.Equal(CorsKit.Fetch.FetchSite.CrossSite,
            FetchMetadataHeaders.Next(CorsKit.Fetch.FetchSite.CrossSite, "https://app.example.com", new Uri("https://app.example.com/back")));
}
