
namespace CorsKit.BrowserSimulation.Tests;

// This project runs with invariant globalization, as the shipped corskit does: an origin the user types or a URL it
// requests still serializes as Chromium's would (the engine's OriginSerializer, not Uri.IdnHost).
public class WebOriginTests
{
    [Theory]
    [InlineData("https://BÜCHER.Example", "https://xn--bcher-kva.example")]
    [InlineData("https://\uFF21\uFF30\uFF30.example.com", "https://app.example.com")]
    [InlineData("https://e\u0301xample.com:443", "https://xn--xample-9ua.com")]
    [InlineData("http://[::ffff:127.0.0.1]:90", "http://[::ffff:7f00:1]:90")]
    [InlineData("http://localhost:5173", "http://localhost:5173")]
    public void A_typed_origin_is_read_as_the_browser_serializes_it(string typed, string expected)
    {
        var (origin, error) = WebOrigin.Parse(typed);
        Assert.Null(error);
        Assert.Equal(expected, origin);
    }

    [Theory]
    [InlineData("https://BÜCHER.Example/path?q=1", "https://xn--bcher-kva.example", "xn--bcher-kva.example")]
    [InlineData("http://[::ffff:7f7f:7f7f]:90/x", "http://[::ffff:7f7f:7f7f]:90", "[::ffff:7f7f:7f7f]")]
    [InlineData("http://0x7f.0.0.1:3000/", "http://127.0.0.1:3000", "127.0.0.1")]
    public void The_origin_of_a_url_is_the_browsers(string url, string expectedOrigin, string expectedHost)
    {
        Assert.Equal(expectedOrigin, WebOrigin.Of(new Uri(url)));
        Assert.Equal(expectedHost, WebOrigin.HostOf(new Uri(url)));
    }

    [Fact]
    public void An_origin_no_browser_sends_is_an_error_that_says_why()
    {
        var (origin, error) = WebOrigin.Parse("http://foo.bar.255:6060");
        Assert.Null(origin);
        Assert.Contains("invalid IPv4 address", error, StringComparison.Ordinal);
    }
}
