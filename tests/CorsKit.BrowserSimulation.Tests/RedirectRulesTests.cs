
namespace CorsKit.BrowserSimulation.Tests;

public class RedirectRulesTests
{
    private const string Page = "https://app.example.com";
    private static readonly Uri Api = new("https://api.example.com/a");

    private static RedirectStep Follow(int status, string location, string method = "GET", string? body = null, params RequestHeader[] headers) =>
        RedirectRules.Follow(Responses.With(status, $"Location: {location}"), Api, Page, false, method, headers, body);

    [Fact]
    public void A_redirect_to_another_origin_taints_the_origin_and_drops_Authorization()
    {
        var step = Follow(302, "https://other.example.net/b", headers: [new RequestHeader("Authorization", "Bearer x"), new RequestHeader("X-A", "1")]);
        Assert.Null(step.Failure);
        Assert.True(step.OriginTainted);
        Assert.Equal(["X-A"], step.Headers.Select(h => h.Name));
    }

    [Fact]
    public void A_redirect_within_the_same_origin_keeps_origin_and_headers()
    {
        var step = Follow(307, "/b", headers: [new RequestHeader("Authorization", "Bearer x")]);
        Assert.False(step.OriginTainted);
        Assert.Equal(new Uri("https://api.example.com/b"), step.Url);
        Assert.Single(step.Headers);
    }

    [Fact]
    public void A_location_with_user_info_is_a_network_error() =>
        Assert.Equal(CorsFailureKind.RedirectContainsCredentials, Follow(302, "https://user:pw@other.example.net/").Failure?.Kind);

    [Theory]
    [InlineData(301, "POST", "GET")]
    [InlineData(302, "POST", "GET")]
    [InlineData(303, "PUT", "GET")]
    [InlineData(303, "HEAD", "HEAD")]
    [InlineData(307, "POST", "POST")]
    [InlineData(308, "PUT", "PUT")]
    [InlineData(302, "PUT", "PUT")]
    public void Redirect_status_decides_whether_the_method_becomes_GET(int status, string method, string expected)
    {
        var step = Follow(status, "/b", method, "body", new RequestHeader("Content-Type", "text/plain"));
        Assert.Equal(expected, step.Method);
        Assert.Equal(expected != method, step.Body is null);
        Assert.Equal(expected != method, step.Headers.Count == 0);
    }

    [Fact]
    public void A_redirect_without_location_is_an_error() =>
        Assert.Equal(CorsFailureKind.InvalidRedirect, RedirectRules.Follow(Responses.With(302), Api, Page, false, "GET", [], null).Failure?.Kind);
}
