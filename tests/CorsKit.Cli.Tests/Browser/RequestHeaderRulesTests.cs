using CorsKit.Cli.Browser;

namespace CorsKit.Cli.Tests.Browser;

public class RequestHeaderRulesTests
{
    [Theory]
    [InlineData("Accept", "application/json", true)]
    [InlineData("Accept", "text/html, */*;q=0.8", true)]
    [InlineData("Accept", "a(b", false)]
    [InlineData("Accept", "a\"b", false)]
    [InlineData("Accept", "x@y", false)]
    [InlineData("Accept", "{json}", false)]
    [InlineData("Accept", "tab\tis fine", true)]
    [InlineData("Accept", "bell\u0007", false)]
    [InlineData("Accept", "del\u007f", false)]
    [InlineData("Accept-Language", "en-US,en;q=0.9", true)]
    [InlineData("accept-language", "*", true)]
    [InlineData("Accept-Language", "en_US", false)]
    [InlineData("Content-Language", "de-DE", true)]
    [InlineData("Content-Language", "de/DE", false)]
    [InlineData("Content-Type", "text/plain", true)]
    [InlineData("Content-Type", "TEXT/PLAIN; charset=utf-8", true)]
    [InlineData("Content-Type", "application/x-www-form-urlencoded", true)]
    [InlineData("Content-Type", "multipart/form-data; boundary=x", true)]
    [InlineData("Content-Type", "application/json", false)]
    [InlineData("Content-Type", "text/plain; charset=\"utf-8\"", false)]
    [InlineData("Content-Type", "text/", false)]
    [InlineData("Content-Type", "nonsense", false)]
    [InlineData("Range", "bytes=0-", true)]
    [InlineData("Range", "bytes=5-10", true)]
    [InlineData("Range", "bytes=10-5", false)]
    [InlineData("Range", "bytes=-5", false)]
    [InlineData("Range", "bytes=0-1,3-4", false)]
    [InlineData("Range", "items=0-5", false)]
    [InlineData("X-Requested-With", "XMLHttpRequest", false)]
    [InlineData("Authorization", "Bearer x", false)]
    public void Safelisted_request_headers_follow_the_value_rules(string name, string value, bool safelisted) =>
        Assert.Equal(safelisted, RequestHeaderRules.IsSafelisted(name, value));

    [Fact]
    public void A_value_over_128_bytes_is_never_safelisted()
    {
        Assert.True(RequestHeaderRules.IsSafelisted("Accept", new string('a', 128)));
        Assert.False(RequestHeaderRules.IsSafelisted("Accept", new string('a', 129)));
    }

    [Fact]
    public void Unsafe_names_are_lower_cased_sorted_and_deduplicated()
    {
        var headers = new[]
        {
            new RequestHeader("X-Zeta", "1"), new RequestHeader("Authorization", "x"), new RequestHeader("x-zeta", "2"),
            new RequestHeader("Content-Type", "application/json"), new RequestHeader("Accept", "*/*"),
        };
        Assert.Equal(["authorization", "content-type", "x-zeta"], RequestHeaderRules.UnsafeNames(headers));
    }

    [Fact]
    public void Safelisted_values_over_1024_bytes_in_total_make_their_names_unsafe()
    {
        var value = new string('a', 128);
        var under = Enumerable.Range(0, 8).Select(_ => new RequestHeader("Accept", value)).ToArray();
        Assert.Empty(RequestHeaderRules.UnsafeNames(under));

        var over = under.Append(new RequestHeader("Accept-Language", "en")).ToArray();
        Assert.Equal(["accept", "accept-language"], RequestHeaderRules.UnsafeNames(over));
    }

    [Theory]
    [InlineData("Cookie", "a=b", true)]
    [InlineData("host", "x", true)]
    [InlineData("Origin", "https://x", true)]
    [InlineData("Content-Length", "3", true)]
    [InlineData("Proxy-Authorization", "x", true)]
    [InlineData("Sec-Fetch-Mode", "cors", true)]
    [InlineData("X-HTTP-Method-Override", "TRACE", true)]
    [InlineData("X-HTTP-Method-Override", "PATCH", false)]
    [InlineData("X-Method-Override", "GET, connect", true)]
    [InlineData("Authorization", "Bearer x", false)]
    [InlineData("X-Custom", "1", false)]
    public void Forbidden_request_headers_are_recognised(string name, string value, bool forbidden) =>
        Assert.Equal(forbidden, RequestHeaderRules.IsForbidden(name, value));
}
