using CorsKit.Origins;

namespace CorsKit.Tests.Origins;

// Configured origins are stored as browsers serialize them (Fetch "serialization of an origin"; URL standard host
// serialization): lower-case scheme and host, default port dropped, IDN as punycode, IPv6 compressed in brackets.
public class OriginSpecParserTests
{
    [Theory]
    [InlineData("https://app.example.com", "https://app.example.com")]
    [InlineData("HTTPS://App.Example.COM", "https://app.example.com")]
    [InlineData("http://localhost:3000", "http://localhost:3000")]
    [InlineData("http://127.0.0.1:8080", "http://127.0.0.1:8080")]
    [InlineData("http://[::1]:5173", "http://[::1]:5173")]
    [InlineData("http://[0:0:0:0:0:0:0:1]:5173", "http://[::1]:5173")]
    [InlineData("https://example.com:443", "https://example.com")]
    [InlineData("http://example.com:80", "http://example.com")]
    [InlineData("https://example.com:8443", "https://example.com:8443")]
    [InlineData("https://bücher.example", "https://xn--bcher-kva.example")]
    // International names as the URL standard's "domain to ASCII" maps them, in every globalization mode.
    [InlineData("https://BÜCHER.Example", "https://xn--bcher-kva.example")]
    [InlineData("https://\uFF21\uFF30\uFF30.example.com", "https://app.example.com")]        // fullwidth ＡＰＰ
    [InlineData("https://e\u0301xample.com", "https://xn--xample-9ua.com")]                 // é decomposed
    [InlineData("https://ex\u00ADample.com", "https://example.com")]                        // a soft hyphen is ignored
    [InlineData("https://app\u3002example\uFF0Ecom", "https://app.example.com")]           // ideographic and fullwidth dots
    [InlineData("https://*.BÜCHER.example", "https://*.xn--bcher-kva.example")]
    [InlineData("https://faß.de", "https://xn--fa-hia.de")]                                 // not transitional: ß stays
    [InlineData("https://*.example.com", "https://*.example.com")]
    [InlineData("http://localhost:*", "http://localhost:*")]
    [InlineData("https://*.example.com:*", "https://*.example.com:*")]
    [InlineData("chrome-extension://abcdefghijklmnop", "chrome-extension://abcdefghijklmnop")]
    [InlineData("capacitor://localhost", "capacitor://localhost")]
    // IPv6 as the URL standard serializes it: hex pieces, first longest zero run compressed, IPv4-mapped in hex.
    [InlineData("http://[::ffff:7f7f:7f7f]:90", "http://[::ffff:7f7f:7f7f]:90")]
    [InlineData("http://[::ffff:127.0.0.1]:90", "http://[::ffff:7f00:1]:90")]
    [InlineData("http://[::127.0.0.1]", "http://[::7f00:1]")]
    [InlineData("http://[2001:DB8:0:0:1:0:0:1]", "http://[2001:db8::1:0:0:1]")]
    [InlineData("http://[1:2:3:4:5:6:0:0]", "http://[1:2:3:4:5:6::]")]
    [InlineData("http://[1:0:3:4:5:6:7:8]", "http://[1:0:3:4:5:6:7:8]")]
    [InlineData("http://[::]:8080", "http://[::]:8080")]
    public void Accepts_origins_and_stores_the_serialized_form(string configured, string expected)
    {
        Assert.True(OriginSpecParser.TryParse(configured, out var pattern, out var problem), problem?.ToString());
        Assert.Equal(expected, pattern!.ToString());
    }

    [Theory]
    [InlineData("", "is empty")]
    [InlineData(" https://app.example.com", "white space")]
    [InlineData("null", "sandboxed iframes")]
    [InlineData("NULL", "sandboxed iframes")]
    [InlineData("app.example.com", "has no scheme")]
    [InlineData("https://app.example.com/", "ends with a slash")]
    [InlineData("https://app.example.com/path", "has a path")]
    [InlineData("https://app.example.com?q=1", "has a path, query")]
    [InlineData("https://app.example.com#top", "has a path, query or fragment")]
    [InlineData("https://user@app.example.com", "user information")]
    [InlineData("https://app.example.com:0", "invalid port")]
    [InlineData("https://app.example.com:65536", "invalid port")]
    [InlineData("https://app.example.com:http", "invalid port")]
    [InlineData("https://app.*.example.com", "wildcard in a place")]
    [InlineData("https://*example.com", "wildcard in a place")]
    [InlineData("https://*", "wildcard in a place")]
    [InlineData("https://app.example.*", "wildcard in a place")]
    [InlineData("*://app.example.com", "invalid scheme")]
    [InlineData("http://*.127.0.0.1", "IP address")]
    [InlineData("http://*.[::1]", "IP address")]
    [InlineData("http://999.1.1.1", "invalid IPv4")]
    [InlineData("http://foo.bar.255:6060", "invalid IPv4")]          // a numeric last label makes the host an address
    [InlineData("http://example.0x10", "invalid IPv4")]
    [InlineData("http://1.2.3.4.5", "invalid IPv4")]
    [InlineData("http://08.0.0.1", "invalid IPv4")]                   // 0 starts an octal number, and 8 is no octal digit
    [InlineData("file://example.com", "opaque origin")]
    [InlineData("FILE:///home/me/index.html", "opaque origin")]
    [InlineData("wss://app.example.com", "no page has such an origin")]
    [InlineData("ws://localhost:8080", "no page has such an origin")]
    [InlineData("ftp://files.example.com", "no page has such an origin")]
    [InlineData("http://[fe80::1ff:fe23:4567:890a%eth2]:90", "zone identifier")]
    [InlineData("http://[fe80::1%251]:90", "zone identifier")]
    [InlineData("https://ex%61mple.com", "percent-encoding")]
    [InlineData("https://xn--zz.example", "invalid host name")]                           // not valid punycode
    [InlineData("https://app\u0378.example", "U+0378")]                                  // unassigned, so disallowed
    [InlineData("https://app.example.com\u3002", "ends the host with a dot")]
    [InlineData("http://[zz::1]", "invalid IPv6")]
    [InlineData("https://app.example.com.", "ends the host with a dot")]
    [InlineData("https://app..example.com", "invalid host name")]
    [InlineData("https://", "has no host")]
    public void Rejects_what_is_not_an_origin_and_says_why(string configured, string reasonFragment)
    {
        Assert.False(OriginSpecParser.TryParse(configured, out _, out var problem));
        Assert.Equal("Origins", problem!.Setting);
        Assert.Equal(configured, problem.Value);
        Assert.Contains(reasonFragment, problem.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
    }

    [Fact]
    public void An_origin_longer_than_any_origin_a_request_may_carry_is_refused()
    {
        var configured = "https" + new string('+', 500) + "://app.example.com";

        Assert.False(OriginSpecParser.TryParse(configured, out _, out var problem));
        Assert.Contains("would never match", problem!.Reason, StringComparison.Ordinal);
        Assert.True(OriginSpecParser.TryParse("https" + new string('+', 480) + "://app.example.com", out _, out _));
    }

    // The URL standard's IPv4 parser reads hex, octal and short forms; each is refused with the form browsers send.
    [Theory]
    [InlineData("http://0x7f.0.0.1:3000", "http://127.0.0.1:3000")]
    [InlineData("http://0177.0.0.1:3000", "http://127.0.0.1:3000")]
    [InlineData("http://127.1", "http://127.0.0.1")]
    [InlineData("http://2130706433", "http://127.0.0.1")]
    [InlineData("http://127.000.000.001", "http://127.0.0.1")]
    [InlineData("http://0x7F.0X0.0.0x", "http://127.0.0.0")]
    [InlineData("https://10.0.257", "https://10.0.1.1")]
    [InlineData("http://1:5173", "http://0.0.0.1:5173")]                 // only the host is rewritten, not the port's digits
    [InlineData("HTTP://127.1:127", "HTTP://127.0.0.1:127")]
    public void An_IPv4_address_in_another_form_is_refused_with_the_form_browsers_send(string configured, string browserForm)
    {
        Assert.False(OriginSpecParser.TryParse(configured, out _, out var problem));
        Assert.Contains("never send", problem!.Reason, StringComparison.Ordinal);
        Assert.Equal($"Write \"{browserForm}\".", problem.Fix);
    }

    [Fact]
    public void A_trailing_slash_fix_names_the_origin_to_write()
    {
        Assert.False(OriginSpecParser.TryParse("https://app.example.com/", out _, out var problem));
        Assert.Contains("\"https://app.example.com\"", problem!.Fix, StringComparison.Ordinal);
    }
}
