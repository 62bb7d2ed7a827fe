using CorsKit.Fetch;

namespace CorsKit.Tests.Fetch;

public class FetchMethodsTests
{
    [Theory]
    [InlineData("get", "GET")]
    [InlineData("post", "POST")]
    [InlineData("Delete", "DELETE")]
    [InlineData("put", "PUT")]
    [InlineData("options", "OPTIONS")]
    [InlineData("head", "HEAD")]
    [InlineData("patch", "patch")]
    [InlineData("Patch", "Patch")]
    [InlineData("PATCH", "PATCH")]
    [InlineData("propfind", "propfind")]
    public void Only_the_six_standard_methods_are_upper_cased(string method, string expected) =>
        Assert.Equal(expected, FetchMethods.Normalize(method));

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("POST", true)]
    [InlineData("PUT", false)]
    [InlineData("DELETE", false)]
    [InlineData("PATCH", false)]
    [InlineData("post", false)]
    public void Safelisted_methods_compare_byte_for_byte(string method, bool safelisted) =>
        Assert.Equal(safelisted, FetchMethods.IsSafelisted(method));

    [Theory]
    [InlineData("CONNECT", true)]
    [InlineData("trace", true)]
    [InlineData("Track", true)]
    [InlineData("GET", false)]
    [InlineData("PATCH", false)]
    public void Forbidden_methods_are_case_insensitive(string method, bool forbidden) =>
        Assert.Equal(forbidden, FetchMethods.IsForbidden(method));
}
