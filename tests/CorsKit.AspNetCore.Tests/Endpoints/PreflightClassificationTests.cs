using System.Net;
using CorsKit.AspNetCore.Tests.Infrastructure;
using static CorsKit.AspNetCore.Tests.Endpoints.EndpointAppFixture;

namespace CorsKit.AspNetCore.Tests.Endpoints;

// Only an exact OPTIONS is a preflight (browsers normalize the method); the engine's CorsRequest.IsPreflight decides
// it for the middleware too. "options" with Access-Control-Request-Method used to get the status line "HTTP/1.1 0".
public sealed class PreflightClassificationTests : IClassFixture<EndpointAppFixture>
{
    private readonly EndpointAppFixture _fixture;

    public PreflightClassificationTests(EndpointAppFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData("options")]
    [InlineData("OpTions")]
    public async Task Another_spelling_of_options_reaches_an_endpoint_that_takes_it_with_actual_request_headers(string method)
    {
        var hits = _fixture.Counter.Hits;
        using var response = await _fixture.App.Client.SendAsync(SpelledPreflight("/options", method));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("options", await response.Content.ReadAsStringAsync());
        Assert.Equal(hits + 1, _fixture.Counter.Hits);
        Assert.Equal(AppOrigin, response.Header("Access-Control-Allow-Origin"));
        Assert.Null(response.Header("Access-Control-Allow-Methods"));
        Assert.Null(response.Header("Access-Control-Max-Age"));
    }

    // Routing compares methods without case, so it matched "options" to the GET endpoint as if it were a preflight;
    // the endpoint must not run for a method it does not take.
    [Theory]
    [InlineData("options")]
    [InlineData("OpTions")]
    public async Task Another_spelling_of_options_to_an_endpoint_that_does_not_take_it_is_405_and_never_runs_it(string method)
    {
        var hits = _fixture.Counter.Hits;
        using var response = await _fixture.App.Client.SendAsync(SpelledPreflight("/default", method));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET", response.Content.Headers.Allow.Single());
        Assert.Equal(hits, _fixture.Counter.Hits);
        Assert.Equal(AppOrigin, response.Header("Access-Control-Allow-Origin"));
        Assert.Null(response.Header("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task The_exact_method_is_still_a_preflight_answered_without_the_endpoint()
    {
        var hits = _fixture.Counter.Hits;
        using var response = await _fixture.App.Client.SendAsync(SpelledPreflight("/options", "OPTIONS"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(hits, _fixture.Counter.Hits);
        Assert.Equal("PUT", response.Header("Access-Control-Allow-Methods"));
    }

    private static HttpRequestMessage SpelledPreflight(string path, string method)
    {
        var request = CorsRequests.Preflight(path, AppOrigin, "PUT");
        request.Method = new HttpMethod(method);
        return request;
    }
}
