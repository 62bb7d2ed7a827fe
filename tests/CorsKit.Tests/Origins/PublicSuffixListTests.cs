using CorsKit.Origins;

namespace CorsKit.Tests.Origins;

public class PublicSuffixListTests
{
    [Theory]
    [InlineData("com", true)]
    [InlineData("co.uk", true)]
    [InlineData("github.io", true)]       // private section: anyone gets a github.io subdomain
    [InlineData("herokuapp.com", true)]
    [InlineData("example.com", false)]
    [InlineData("bbc.co.uk", false)]
    [InlineData("user.github.io", false)]
    [InlineData("unlisted-tld", true)]    // the default rule "*": an unknown top-level domain is a public suffix
    public void Knows_public_suffixes(string domain, bool expected) =>
        Assert.Equal(expected, PublicSuffixList.Default.IsPublicSuffix(domain));

    [Fact]
    public void Applies_wildcard_and_exception_rules()
    {
        using var reader = new StringReader("// comment\n*.ck\n!www.ck\nbücher.example\n");
        var list = PublicSuffixList.Parse(reader);
        Assert.True(list.IsPublicSuffix("anything.ck"));
        Assert.False(list.IsPublicSuffix("www.ck"));
        Assert.True(list.IsPublicSuffix("xn--bcher-kva.example"));
    }
}
