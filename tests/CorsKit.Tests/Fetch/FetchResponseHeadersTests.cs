using CorsKit.Fetch;

namespace CorsKit.Tests.Fetch;

public class FetchResponseHeadersTests
{
    [Theory]
    [InlineData("Content-Type", false, "", true)]               // safelisted
    [InlineData("X-Request-Id", false, "", false)]
    [InlineData("X-Request-Id", false, "x-request-id", true)]   // listed, any case
    [InlineData("X-Request-Id", false, "*", true)]
    [InlineData("X-Request-Id", true, "*", false)]              // * is literal with credentials
    [InlineData("Set-Cookie", false, "*,Set-Cookie", false)]    // never, whatever is listed
    [InlineData("set-cookie2", false, "set-cookie2", false)]
    public void A_header_is_exposed_as_the_CORS_filtered_response_decides(string name, bool credentials, string listed, bool exposed) =>
        Assert.Equal(exposed, FetchResponseHeaders.IsExposed(name, listed.Split(',', StringSplitOptions.RemoveEmptyEntries), credentials));

    [Fact]
    public void Seven_names_are_safelisted() =>
        Assert.Equal(["Cache-Control", "Content-Language", "Content-Length", "Content-Type", "Expires", "Last-Modified", "Pragma"], FetchResponseHeaders.Safelisted);

    [Theory]
    [InlineData("Origin", "Origin", true)]
    [InlineData("Accept-Encoding, origin", "Origin", true)]
    [InlineData("*", "Origin", true)]
    [InlineData("Accept-Encoding", "Origin", false)]
    [InlineData("Origins", "Origin", false)]
    [InlineData("", "Origin", false)]
    public void Vary_covers_a_token_it_names_or_star(string vary, string token, bool covers) =>
        Assert.Equal(covers, VaryHeader.Covers(vary, token));
}
