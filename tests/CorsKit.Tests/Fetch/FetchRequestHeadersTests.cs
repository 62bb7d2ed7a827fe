using CorsKit.Fetch;

namespace CorsKit.Tests.Fetch;

public class FetchRequestHeadersTests
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
        Assert.Equal(safelisted, FetchRequestHeaders.IsSafelisted(name, value));

    [Fact]
    public void A_value_over_128_bytes_is_never_safelisted()
    {
        Assert.True(FetchRequestHeaders.IsSafelisted("Accept", new string('a', 128)));
        Assert.False(FetchRequestHeaders.IsSafelisted("Accept", new string('a', 129)));
    }

    [Fact]
    public void Unsafe_names_are_lower_cased_sorted_and_deduplicated()
    {
        var headers = new[]
        {
            Header("X-Zeta", "1"), Header("Authorization", "x"), Header("x-zeta", "2"),
            Header("Content-Type", "application/json"), Header("Accept", "*/*"),
        };
        Assert.Equal(["authorization", "content-type", "x-zeta"], FetchRequestHeaders.UnsafeNames(headers));
    }

    [Fact]
    public void Safelisted_values_over_1024_bytes_in_total_make_their_names_unsafe()
    {
        var value = new string('a', 128);
        var under = Enumerable.Range(0, 8).Select(_ => Header("Accept", value)).ToArray();
        Assert.Empty(FetchRequestHeaders.UnsafeNames(under));

        var over = under.Append(Header("Accept-Language", "en")).ToArray();
        Assert.Equal(["accept", "accept-language"], FetchRequestHeaders.UnsafeNames(over));
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
        Assert.Equal(forbidden, FetchRequestHeaders.IsForbidden(name, value));

    [Theory]
    [InlineData("Authorization", true)]
    [InlineData("authorization", true)]
    [InlineData("X-Authorization", false)]
    public void Only_authorization_is_a_non_wildcard_name(string name, bool expected) =>
        Assert.Equal(expected, FetchRequestHeaders.IsNonWildcardName(name));

    private static KeyValuePair<string, string> Header(string name, string value) => KeyValuePair.Create(name, value);
}
