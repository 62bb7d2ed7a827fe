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
}
