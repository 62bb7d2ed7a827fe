
namespace CorsKit.BrowserSimulation.Tests;

public class BlockMessagesTests
{
    private static readonly Uri Url = new("https://api.example.com/items");

    [Fact]
    public void A_preflight_without_allow_origin_reads_like_Chromium() =>
        Assert.Equal(
            "Access to fetch at 'https://api.example.com/items' from origin 'https://app.example.com' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
            BlockMessages.For(new CorsFailure(CorsFailureKind.MissingAllowOriginHeader, DuringPreflight: true), Url, Url, "https://app.example.com"));

    [Fact]
    public void An_actual_request_without_allow_origin_mentions_no_cors() =>
        Assert.EndsWith(
            "No 'Access-Control-Allow-Origin' header is present on the requested resource. If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled.",
            BlockMessages.For(new CorsFailure(CorsFailureKind.MissingAllowOriginHeader), Url, Url, "https://app.example.com"));

    [Fact]
    public void A_redirected_request_names_both_urls() =>
        Assert.StartsWith(
            "Access to fetch at 'https://b.example.net/' (redirected from 'https://api.example.com/items') from origin 'null'",
            BlockMessages.For(new CorsFailure(CorsFailureKind.MissingAllowOriginHeader), new Uri("https://b.example.net/"), Url, "null"));

    [Theory]
    [InlineData(nameof(CorsFailureKind.MethodDisallowedByPreflightResponse), "patch", "Method patch is not allowed by Access-Control-Allow-Methods in preflight response.")]
    [InlineData(nameof(CorsFailureKind.HeaderDisallowedByPreflightResponse), "authorization", "Request header field authorization is not allowed by Access-Control-Allow-Headers in preflight response.")]
    [InlineData(nameof(CorsFailureKind.PreflightInvalidStatus), "401", "Response to preflight request doesn't pass access control check: It does not have HTTP ok status.")]
    [InlineData(nameof(CorsFailureKind.WildcardOriginNotAllowed), "*", "Response to preflight request doesn't pass access control check: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.")]
    public void Preflight_reasons_match_Chromium(string kind, string value, string expected) =>
        Assert.Equal(expected, BlockMessages.Reason(new CorsFailure(Enum.Parse<CorsFailureKind>(kind), value, true)));
}
