using CorsKit.Fetch;

namespace CorsKit.Tests.Fetch;

// The registrable domain by the embedded Public Suffix List: the longest suffix wins, exceptions name themselves.
public class RegistrableDomainTests
{
    [Theory]
    [InlineData("www.example.com", "example.com")]
    [InlineData("example.com", "example.com")]
    [InlineData("a.b.example.co.uk", "example.co.uk")]
    [InlineData("user.github.io", "user.github.io")]
    [InlineData("x.user.github.io", "user.github.io")]
    [InlineData("bucket.s3.amazonaws.com", "bucket.s3.amazonaws.com")]
    [InlineData("www.city.kawasaki.jp", "city.kawasaki.jp")]   // an exception rule under *.kawasaki.jp
    [InlineData("a.b.kawasaki.jp", "a.b.kawasaki.jp")]        // *.kawasaki.jp makes b.kawasaki.jp a suffix
    [InlineData("com", null)]
    [InlineData("co.uk", null)]
    [InlineData("github.io", null)]
    [InlineData("localhost", null)]
    [InlineData("127.0.0.1", null)]
    [InlineData("[::1]", null)]
    [InlineData("WWW.Example.com", null)]                      // not a serialized host
    public void Is_the_public_suffix_and_one_more_label(string host, string? expected) =>
        Assert.Equal(expected, RegistrableDomain.Of(host));
}
