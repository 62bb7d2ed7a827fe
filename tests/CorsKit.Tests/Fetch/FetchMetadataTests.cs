using CorsKit.Fetch;

namespace CorsKit.Tests.Fetch;

public class FetchMetadataTests
{
    [Theory]
    [InlineData(null, FetchSite.Missing)]
    [InlineData("same-origin", FetchSite.SameOrigin)]
    [InlineData("same-site", FetchSite.SameSite)]
    [InlineData("cross-site", FetchSite.CrossSite)]
    [InlineData("none", FetchSite.UserInitiated)]
    [InlineData("None", FetchSite.Unknown)]
    [InlineData("same-origin ", FetchSite.Unknown)]
    [InlineData("same-origin,same-origin", FetchSite.Unknown)]
    [InlineData("", FetchSite.Unknown)]
    public void Sec_fetch_site_values_are_tokens_compared_byte_for_byte(string? value, FetchSite site) =>
        Assert.Equal(site, FetchMetadata.ParseSite(value));

    [Fact]
    public void Every_known_site_round_trips_through_its_header_value()
    {
        foreach (var site in new[] { FetchSite.SameOrigin, FetchSite.SameSite, FetchSite.CrossSite, FetchSite.UserInitiated })
        {
            Assert.Equal(site, FetchMetadata.ParseSite(FetchMetadata.SiteValue(site)));
        }
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("QUERY", true)]
    [InlineData("get", false)]
    [InlineData("POST", false)]
    [InlineData("TRACE", false)]
    [InlineData("PATCH", false)]
    public void Only_the_four_safe_methods_in_upper_case_are_not_writes(string method, bool safe) =>
        Assert.Equal(safe, FetchMethods.IsSafe(method));

    [Theory]
    [InlineData("https://app.example.com", "https://app.example.com", FetchSite.SameOrigin)]
    [InlineData("https://app.example.com", "https://api.example.com", FetchSite.SameSite)]
    [InlineData("https://example.com", "https://api.example.com", FetchSite.SameSite)]
    [InlineData("https://a.example.co.uk", "https://b.example.co.uk", FetchSite.SameSite)]
    [InlineData("https://a.co.uk", "https://b.co.uk", FetchSite.CrossSite)]
    [InlineData("https://a.github.io", "https://b.github.io", FetchSite.CrossSite)]
    [InlineData("http://app.example.com", "https://api.example.com", FetchSite.CrossSite)]
    [InlineData("https://app.example.com:8443", "https://app.example.com", FetchSite.SameSite)]
    [InlineData("http://127.0.0.1:3000", "http://127.0.0.1:4000", FetchSite.SameSite)]
    [InlineData("http://127.0.0.1:3000", "http://localhost:4000", FetchSite.CrossSite)]
    [InlineData("null", "https://api.example.com", FetchSite.CrossSite)]
    [InlineData("https://evil.example", "https://api.example.com", FetchSite.CrossSite)]
    public void The_site_is_schemeful_and_by_registrable_domain(string origin, string target, FetchSite site) =>
        Assert.Equal(site, FetchMetadata.SiteOf(origin, target));

    [Theory]
    [InlineData("https", "api.example.com", true)]
    [InlineData("http", "localhost", true)]
    [InlineData("http", "app.localhost", true)]
    [InlineData("http", "127.0.0.1", true)]
    [InlineData("http", "[::1]", true)]
    [InlineData("http", "api.example.com", false)]
    [InlineData("http", "192.168.1.10", false)]
    public void Fetch_metadata_goes_only_to_potentially_trustworthy_urls(string scheme, string host, bool sent) =>
        Assert.Equal(sent, FetchMetadata.IsSentTo(scheme, host));

    [Theory]
    [InlineData(FetchSite.SameOrigin, FetchSite.SameSite, FetchSite.SameSite)]
    [InlineData(FetchSite.CrossSite, FetchSite.SameOrigin, FetchSite.CrossSite)]
    [InlineData(FetchSite.SameSite, FetchSite.CrossSite, FetchSite.CrossSite)]
    [InlineData(FetchSite.UserInitiated, FetchSite.SameSite, FetchSite.SameSite)]
    [InlineData(FetchSite.SameOrigin, FetchSite.Unknown, FetchSite.Unknown)]
    public void A_redirect_never_makes_a_request_more_trusted(FetchSite first, FetchSite second, FetchSite least) =>
        Assert.Equal(least, FetchMetadata.LeastTrusting(first, second));

    [Theory]
    [InlineData(true, "GET", true)]
    [InlineData(false, "GET", false)]
    [InlineData(false, "HEAD", false)]
    [InlineData(false, "POST", true)]
    [InlineData(false, "DELETE", true)]
    public void Origin_goes_on_every_cross_origin_request_and_every_same_origin_one_but_get_and_head(bool crossOrigin, string method, bool included) =>
        Assert.Equal(included, FetchRequestHeaders.IncludesOrigin(crossOrigin, method));
}
