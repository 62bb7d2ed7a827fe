using System.Net;
using CorsKit.AspNetCore.Tests.Infrastructure;
using static CorsKit.AspNetCore.Tests.Endpoints.EndpointAppFixture;

namespace CorsKit.AspNetCore.Tests.Endpoints;

public sealed class EndpointPolicyTests : IClassFixture<EndpointAppFixture>
{
    private readonly EndpointAppFixture _fixture;

    public EndpointPolicyTests(EndpointAppFixture fixture) => _fixture = fixture;

    private HttpClient Client => _fixture.App.Client;

    // path, origin the endpoint's policy allows, origin it refuses, a request header only its policy allows
    public static TheoryData<string, string, string, string> PolicyEndpoints => new()
    {
        { "/default", AppOrigin, AdminOrigin, "content-type" },
        { "/admin", AdminOrigin, AppOrigin, "authorization" },
        { "/group/a", AdminOrigin, AppOrigin, "authorization" },
        { "/group/default", AppOrigin, AdminOrigin, "content-type" },
        { "/api/admin", AdminOrigin, AppOrigin, "authorization" },
        { "/api/admin/default", AppOrigin, AdminOrigin, "content-type" },
    };

    public static TheoryData<string> DisabledEndpoints => new() { "/off", "/group/off", "/api/admin/off" };

    [Theory]
    [MemberData(nameof(PolicyEndpoints))]
    public async Task Allowed_actual_request_reaches_the_endpoint_and_gets_cors_headers(string path, string allowed, string refused, string header)
    {
        _ = refused;
        _ = header;
        var hits = _fixture.Counter.Hits;
        using var response = await Client.SendAsync(CorsRequests.Actual(path, allowed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(allowed, response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("Origin", response.Header("Vary"));
        Assert.Equal(hits + 1, _fixture.Counter.Hits);
    }

    [Theory]
    [MemberData(nameof(PolicyEndpoints))]
    public async Task Refused_actual_request_still_reaches_the_endpoint_without_cors_headers(string path, string allowed, string refused, string header)
    {
        _ = allowed;
        _ = header;
        var hits = _fixture.Counter.Hits;
        using var response = await Client.SendAsync(CorsRequests.Actual(path, refused));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        Assert.Null(response.Header("Access-Control-Allow-Credentials"));
        Assert.Contains("Origin", response.Header("Vary"));
        Assert.Equal(hits + 1, _fixture.Counter.Hits);
    }

    [Theory]
    [MemberData(nameof(PolicyEndpoints))]
    public async Task Preflight_to_a_get_only_endpoint_is_answered_by_its_policy_and_never_reaches_it(string path, string allowed, string refused, string header)
    {
        _ = refused;
        var hits = _fixture.Counter.Hits;
        using var response = await Client.SendAsync(CorsRequests.Preflight(path, allowed, "GET", header));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(allowed, response.Header("Access-Control-Allow-Origin"));
        Assert.Equal(header, response.Header("Access-Control-Allow-Headers"), ignoreCase: true);
        Assert.Equal(hits, _fixture.Counter.Hits);
    }

    [Theory]
    [MemberData(nameof(PolicyEndpoints))]
    public async Task Refused_preflight_gets_403_without_cors_headers_and_never_reaches_the_endpoint(string path, string allowed, string refused, string header)
    {
        _ = allowed;
        var hits = _fixture.Counter.Hits;
        using var response = await Client.SendAsync(CorsRequests.Preflight(path, refused, "GET", header));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        Assert.Null(response.Header("Access-Control-Allow-Methods"));
        Assert.Contains("Origin", response.Header("Vary"));
        Assert.Equal(hits, _fixture.Counter.Hits);
    }

    [Theory]
    [MemberData(nameof(PolicyEndpoints))]
    public async Task Preflight_for_a_header_the_policy_does_not_allow_is_refused(string path, string allowed, string refused, string header)
    {
        _ = refused;
        var other = header == "content-type" ? "authorization" : "content-type";
        using var response = await Client.SendAsync(CorsRequests.Preflight(path, allowed, "GET", other));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
    }

    [Theory]
    [MemberData(nameof(DisabledEndpoints))]
    public async Task Disabled_endpoint_gets_no_cors_headers_but_runs(string path)
    {
        var hits = _fixture.Counter.Hits;
        using var response = await Client.SendAsync(CorsRequests.Actual(path, AdminOrigin));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        Assert.Null(response.Header("Vary"));
        Assert.Equal(hits + 1, _fixture.Counter.Hits);
    }

    [Theory]
    [MemberData(nameof(DisabledEndpoints))]
    public async Task Preflight_to_disabled_get_only_endpoint_gets_405_and_never_reaches_it(string path)
    {
        var hits = _fixture.Counter.Hits;
        using var response = await Client.SendAsync(CorsRequests.Preflight(path, AppOrigin, "GET", "content-type"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        Assert.Equal(hits, _fixture.Counter.Hits);
    }

    [Fact]
    public async Task Allowed_preflight_carries_the_policy_headers()
    {
        using var response = await Client.SendAsync(CorsRequests.Preflight("/default", AppOrigin, "PUT", "content-type"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("PUT", response.Header("Access-Control-Allow-Methods"));
        Assert.Equal("Content-Type", response.Header("Access-Control-Allow-Headers"));
        Assert.Equal("600", response.Header("Access-Control-Max-Age"));
        Assert.Null(response.Header("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Credentialed_named_policy_sends_allow_credentials()
    {
        using var response = await Client.SendAsync(CorsRequests.Actual("/admin", AdminOrigin));

        Assert.Equal("true", response.Header("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Request_without_origin_gets_vary_but_no_cors_headers()
    {
        using var response = await Client.SendAsync(CorsRequests.Actual("/default", origin: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("Origin", response.Header("Vary"));
    }

    [Fact]
    public async Task Endpoint_naming_an_unknown_policy_refuses_cors_and_logs_a_warning()
    {
        var hits = _fixture.Counter.Hits;
        using var preflight = await Client.SendAsync(CorsRequests.Preflight("/missing", AppOrigin, "GET", "content-type"));
        using var actual = await Client.SendAsync(CorsRequests.Actual("/missing", AppOrigin));

        Assert.Equal(HttpStatusCode.Forbidden, preflight.StatusCode);
        Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
        Assert.Null(actual.Header("Access-Control-Allow-Origin"));
        Assert.Equal(hits + 1, _fixture.Counter.Hits);
        Assert.Contains(_fixture.App.Logs.GetSnapshot(), record => record.Id.Id == 20 && record.Message.Contains("no-such-policy"));
    }

    // Routing reads an empty Access-Control-Request-Method as "not a preflight"; so does CorsKit, under a policy and
    // under an unknown policy alike, which lets such an OPTIONS request through to an endpoint that handles OPTIONS.
    [Theory]
    [InlineData("/options", "Access-Control-Allow-Origin present")]
    [InlineData("/missing-options", "no CORS headers")]
    public async Task Options_with_an_empty_request_method_is_an_ordinary_request_not_a_preflight(string path, string corsHeaders)
    {
        var hits = _fixture.Counter.Hits;
        using var request = CorsRequests.Actual(path, AppOrigin, "OPTIONS");
        request.Headers.Add(EndpointAppFixture.EmptyRequestMethodHeader, "1");

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(hits + 1, _fixture.Counter.Hits);
        Assert.Equal(corsHeaders == "no CORS headers" ? null : AppOrigin, response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_real_preflight_to_an_endpoint_naming_an_unknown_policy_is_still_refused()
    {
        var hits = _fixture.Counter.Hits;
        using var response = await Client.SendAsync(CorsRequests.Preflight("/missing-options", AppOrigin, "GET"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(hits, _fixture.Counter.Hits);
    }

    [Fact]
    public async Task Cors_headers_survive_an_exception_handler_that_clears_the_response()
    {
        using var response = await Client.SendAsync(CorsRequests.Actual("/throws", AppOrigin));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("handled", await response.Content.ReadAsStringAsync());
        Assert.Equal(AppOrigin, response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("Origin", response.Header("Vary"));
    }

    // Requests without Origin take their own path to OnStarting (Vary alone); allowed and refused ones share one.
    [Theory]
    [InlineData(AppOrigin)]
    [InlineData("https://refused.example.org")]
    [InlineData(null)]
    public async Task Vary_origin_is_appended_to_the_application_vary(string? origin)
    {
        using var response = await Client.SendAsync(CorsRequests.Actual("/vary", origin));

        var vary = response.Header("Vary");
        Assert.Contains("Accept-Encoding", vary);
        Assert.Contains("Origin", vary);
    }

    [Fact]
    public async Task Cors_headers_the_application_set_itself_are_left_alone()
    {
        using var response = await Client.SendAsync(CorsRequests.Actual("/own-cors", AppOrigin));

        Assert.Equal("https://own.example.com", response.Header("Access-Control-Allow-Origin"));
    }

    // The headers of an actual request are decided when the response starts. If the application changed the Origin
    // header by then, the answer follows the origin that is checked then: an origin nobody checked is never echoed.
    [Fact]
    public async Task An_origin_the_application_rewrote_is_decided_again_and_never_echoed_unchecked()
    {
        using var response = await Client.SendAsync(CorsRequests.Actual("/rewrites-origin", AppOrigin));

        Assert.Equal("rewritten", await response.Content.ReadAsStringAsync());
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("Origin", response.Header("Vary"));
    }
}
