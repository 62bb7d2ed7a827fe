
namespace CorsKit.BrowserSimulation.Tests;

public class CorsCheckTests
{
    private const string Origin = "https://app.example.com";

    [Theory]
    [InlineData("", false, nameof(CorsFailureKind.MissingAllowOriginHeader))]
    [InlineData("Access-Control-Allow-Origin: *", true, nameof(CorsFailureKind.WildcardOriginNotAllowed))]
    [InlineData("Access-Control-Allow-Origin: https://APP.example.com", false, nameof(CorsFailureKind.AllowOriginMismatch))]
    [InlineData("Access-Control-Allow-Origin: https://app.example.com/", false, nameof(CorsFailureKind.AllowOriginMismatch))]
    [InlineData("Access-Control-Allow-Origin: https://app.example.com:443", false, nameof(CorsFailureKind.AllowOriginMismatch))]
    [InlineData("Access-Control-Allow-Origin: http://app.example.com", false, nameof(CorsFailureKind.AllowOriginMismatch))]
    [InlineData("Access-Control-Allow-Origin: null", false, nameof(CorsFailureKind.AllowOriginMismatch))]
    [InlineData("Access-Control-Allow-Origin: https://app.example.com, https://b.example.com", false, nameof(CorsFailureKind.MultipleAllowOriginValues))]
    [InlineData("Access-Control-Allow-Origin: not an origin", false, nameof(CorsFailureKind.MultipleAllowOriginValues))]
    [InlineData("Access-Control-Allow-Origin: app.example.com", false, nameof(CorsFailureKind.InvalidAllowOriginValue))]
    [InlineData("Access-Control-Allow-Origin: https://app.example.com", true, nameof(CorsFailureKind.InvalidAllowCredentials))]
    public void Failures_are_classified_like_Chromium(string header, bool include, string expected)
    {
        var response = header.Length == 0 ? Responses.Ok() : Responses.Ok(header);
        var failure = CorsCheck.Run(response, Origin, include ? CredentialsMode.Include : CredentialsMode.SameOrigin);
        Assert.Equal(expected, failure?.Kind.ToString());
    }

    [Fact]
    public void Two_allow_origin_lines_are_not_single_valued_even_when_both_match()
    {
        var response = Responses.Ok($"Access-Control-Allow-Origin: {Origin}", $"Access-Control-Allow-Origin: {Origin}");
        Assert.Equal(CorsFailureKind.MultipleAllowOriginValues, CorsCheck.Run(response, Origin, CredentialsMode.SameOrigin)?.Kind);
    }

    [Theory]
    [InlineData("Access-Control-Allow-Origin: *", false)]
    [InlineData("Access-Control-Allow-Origin: https://app.example.com", false)]
    [InlineData("Access-Control-Allow-Origin: https://app.example.com|Access-Control-Allow-Credentials: true", true)]
    public void Passing_responses(string headers, bool include)
    {
        var response = Responses.Ok(headers.Split('|'));
        Assert.Null(CorsCheck.Run(response, Origin, include ? CredentialsMode.Include : CredentialsMode.SameOrigin));
    }

    [Theory]
    [InlineData("True")]
    [InlineData("TRUE")]
    [InlineData("1")]
    [InlineData(" true, true")]
    public void Allow_credentials_must_be_exactly_true(string value)
    {
        var response = Responses.Ok($"Access-Control-Allow-Origin: {Origin}", $"Access-Control-Allow-Credentials: {value}");
        var failure = CorsCheck.Run(response, Origin, CredentialsMode.Include);
        Assert.Equal(CorsFailureKind.InvalidAllowCredentials, failure?.Kind);
    }

    [Fact]
    public void The_null_origin_passes_only_with_null()
    {
        Assert.Null(CorsCheck.Run(Responses.Ok("Access-Control-Allow-Origin: null"), "null", CredentialsMode.SameOrigin));
        Assert.NotNull(CorsCheck.Run(Responses.Ok($"Access-Control-Allow-Origin: {Origin}"), "null", CredentialsMode.SameOrigin));
    }
}
