using CorsKit.Origins.Idna;

namespace CorsKit.Tests.Origins.Idna;

// The cases that motivated a managed "domain to ASCII": what IdnMapping gets wrong under invariant globalization, and
// what the URL standard adds to UTS #46.
public class DomainToAsciiTests
{
    [Theory]
    [InlineData("BÜCHER.Example", "xn--bcher-kva.example")]           // case folded before Punycode, as Chromium does
    [InlineData("ＡＰＰ.example.com", "app.example.com")]               // fullwidth letters are mapped, not encoded
    [InlineData("e\u0301xample.com", "xn--xample-9ua.com")]            // e + combining acute composes to é (NFC)
    [InlineData("ex\u00ADample.com", "example.com")]                   // a soft hyphen is ignored
    [InlineData("faß.de", "xn--fa-hia.de")]                            // nontransitional: ß stays ß
    [InlineData("ＡＰＰ。example．com", "app.example.com")]              // ideographic and fullwidth full stops separate labels
    [InlineData("APP.Example.COM", "app.example.com")]                 // plain ASCII is only lower-cased
    [InlineData("xn--BCHER-KVA.example", "xn--bcher-kva.example")]     // a valid Punycode label is kept, lower-cased
    [InlineData("\uAC00.kr", "xn--o39a.kr")]                           // a Hangul syllable
    [InlineData("\u1100\u1161.kr", "xn--o39a.kr")]                     // conjoining jamo compose to that syllable
    [InlineData("example.com.", "example.com.")]                      // the root label may stay empty
    public void Converts_to_the_host_a_browser_sends(string domain, string expected)
    {
        Assert.True(DomainToAscii.TryConvert(domain, out var ascii, out var error), error);
        Assert.Equal(expected, ascii);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("xn--zz.example", "label \"xn--zz\" is not valid punycode")]
    [InlineData("xn--abc-.example", "label \"xn--abc-\" is not valid punycode: it decodes to plain ASCII, which is never written with \"xn--\"")]
    [InlineData("a\u2028b.example", "contains U+2028, which no host name may contain")]
    [InlineData("exa<mple.com", "contains U+003C ('<'), which no host name may contain")]   // forbidden domain code point
    [InlineData("exa mple.com", "contains U+0020, which no host name may contain")]
    [InlineData("ex%41mple.com", "contains U+0025 ('%'), which no host name may contain")]  // the caller percent-decodes
    [InlineData("\u00AD", "is empty once the characters host names ignore (such as U+00AD) are removed")]
    [InlineData("", "is empty")]
    [InlineData("\u0301a.example", "label \"\u0301a\" starts with the combining mark U+0301")]
    [InlineData("a\u200Db.example", "contains U+200D (zero width joiner) not right after a virama, where host names may not have it (CONTEXTJ)")]
    public void Refuses_with_a_reason(string domain, string expected)
    {
        Assert.False(DomainToAscii.TryConvert(domain, out var ascii, out var error));
        Assert.Equal("", ascii);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Mixing_directions_in_one_label_breaks_the_Bidi_rule()
    {
        Assert.False(DomainToAscii.TryConvert("a\u05D0.example", out _, out var error));
        Assert.Contains("the Bidi rule", error, StringComparison.Ordinal);
        Assert.Contains("mixes right-to-left and left-to-right letters", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Punycode_round_trips_what_it_encodes()
    {
        int[] label = [0x62, 0xFC, 0x63, 0x68, 0x65, 0x72];
        Assert.True(Punycode.TryEncode(label, out var encoded));
        Assert.Equal("bcher-kva", encoded);
        Assert.True(Punycode.TryDecode(encoded, out var decoded));
        Assert.Equal(label, decoded);
    }
}
