
namespace CorsKit.BrowserSimulation.Tests;

public class PreflightCheckTests
{
    private const string Origin = "https://app.example.com";
    private const string AllowOrigin = "Access-Control-Allow-Origin: https://app.example.com";
    private const string AllowCredentials = "Access-Control-Allow-Credentials: true";

    public static TheoryData<int, string, bool, string, string, string?> Cases => new()
    {
        // status, headers (| separated), credentials, method, unsafe headers (comma separated), expected failure
        { 204, $"{AllowOrigin}|Access-Control-Allow-Methods: PUT", false, "PUT", "", null },
        { 200, $"{AllowOrigin}|Access-Control-Allow-Methods: PUT", false, "PUT", "", null },
        { 299, $"{AllowOrigin}|Access-Control-Allow-Methods: PUT", false, "PUT", "", null },
        { 300, $"{AllowOrigin}|Access-Control-Allow-Methods: PUT", false, "PUT", "", nameof(CorsFailureKind.PreflightInvalidStatus) },
        { 401, $"{AllowOrigin}|Access-Control-Allow-Methods: PUT", false, "PUT", "", nameof(CorsFailureKind.PreflightInvalidStatus) },
        { 404, "", false, "PUT", "", nameof(CorsFailureKind.MissingAllowOriginHeader) },
        { 302, "Location: /elsewhere", false, "PUT", "", nameof(CorsFailureKind.PreflightDisallowedRedirect) },
        { 307, $"{AllowOrigin}|Location: /elsewhere", false, "PUT", "", nameof(CorsFailureKind.PreflightDisallowedRedirect) },
        { 204, "Access-Control-Allow-Origin: *|Access-Control-Allow-Methods: PUT", true, "PUT", "", nameof(CorsFailureKind.WildcardOriginNotAllowed) },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Methods: PUT", true, "PUT", "", nameof(CorsFailureKind.InvalidAllowCredentials) },
        { 204, $"{AllowOrigin}|{AllowCredentials}|Access-Control-Allow-Methods: PUT", true, "PUT", "", null },
        // methods: byte for byte, safelisted always pass, * only without credentials
        { 204, $"{AllowOrigin}|Access-Control-Allow-Methods: PATCH", false, "patch", "", nameof(CorsFailureKind.MethodDisallowedByPreflightResponse) },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Methods: patch", false, "patch", "", null },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Methods: put", false, "PUT", "", nameof(CorsFailureKind.MethodDisallowedByPreflightResponse) },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Methods: GET", false, "DELETE", "", nameof(CorsFailureKind.MethodDisallowedByPreflightResponse) },
        { 204, AllowOrigin, false, "POST", "x-custom", nameof(CorsFailureKind.HeaderDisallowedByPreflightResponse) },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Headers: X-Custom", false, "POST", "x-custom", null },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Methods: *", false, "DELETE", "", null },
        { 204, $"{AllowOrigin}|{AllowCredentials}|Access-Control-Allow-Methods: *", true, "DELETE", "", nameof(CorsFailureKind.MethodDisallowedByPreflightResponse) },
        // headers: case-insensitive, * only without credentials; Chromium lets * cover Authorization (Fetch does not)
        { 204, $"{AllowOrigin}|Access-Control-Allow-Headers: *", false, "GET", "x-custom", null },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Headers: *", false, "GET", "authorization", null },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Headers: *, Authorization", false, "GET", "authorization,x-custom", null },
        { 204, $"{AllowOrigin}|{AllowCredentials}|Access-Control-Allow-Headers: *", true, "GET", "x-custom", nameof(CorsFailureKind.HeaderDisallowedByPreflightResponse) },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Headers: content-type", false, "GET", "content-type,x-custom", nameof(CorsFailureKind.HeaderDisallowedByPreflightResponse) },
        // header lists must parse
        { 204, $"{AllowOrigin}|Access-Control-Allow-Methods: PUT DELETE", false, "PUT", "", nameof(CorsFailureKind.InvalidAllowMethodsPreflightResponse) },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Headers: x-a, x(b)", false, "GET", "x-a", nameof(CorsFailureKind.InvalidAllowHeadersPreflightResponse) },
        { 204, $"{AllowOrigin}|Access-Control-Allow-Methods: PUT, , DELETE", false, "DELETE", "", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Preflight_responses_are_checked_like_a_browser(int status, string headers, bool include, string method, string unsafeNames, string? expected)
    {
        var response = Responses.With(status, headers.Length == 0 ? [] : headers.Split('|'));
        var names = unsafeNames.Length == 0 ? [] : unsafeNames.Split(',');
        var result = PreflightCheck.Run(response, Origin, include ? CredentialsMode.Include : CredentialsMode.SameOrigin, method, names);
        Assert.Equal(expected, result.Failure?.Kind.ToString());
        if (expected is not null)
        {
            Assert.True(result.Failure!.DuringPreflight);
        }
    }

    [Fact]
    public void The_missing_header_named_is_the_first_uncovered_one()
    {
        var response = Responses.Ok(AllowOrigin, "Access-Control-Allow-Headers: x-b");
        var result = PreflightCheck.Run(response, Origin, CredentialsMode.SameOrigin, "GET", ["authorization", "x-a"]);
        Assert.Equal("authorization", result.Failure?.Value);
    }

    [Fact]
    public void Star_covering_authorization_passes_as_in_chromium_with_a_caveat()
    {
        var response = Responses.Ok(AllowOrigin, "Access-Control-Allow-Headers: *");
        var result = PreflightCheck.Run(response, Origin, CredentialsMode.SameOrigin, "GET", ["authorization", "x-a"]);
        Assert.True(result.Passed);
        Assert.Equal(PreflightCheck.ChromiumAuthorizationCaveat, result.Caveat);
        Assert.Null(PreflightCheck.Run(Responses.Ok(AllowOrigin, "Access-Control-Allow-Headers: x-a"), Origin, CredentialsMode.SameOrigin, "GET", ["x-a"]).Caveat);
    }

    [Theory]
    [InlineData(null, 5)]
    [InlineData("600", 600)]
    [InlineData("86400", 7200)]
    [InlineData("-1", 5)]
    [InlineData("ten", 5)]
    [InlineData("99999999999999", 7200)]
    public void Max_age_defaults_to_5_seconds_and_is_capped_at_two_hours(string? value, int expected) =>
        Assert.Equal(expected, PreflightCheck.MaxAge(value));
}
