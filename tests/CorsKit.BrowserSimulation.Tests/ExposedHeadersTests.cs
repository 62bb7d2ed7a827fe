
namespace CorsKit.BrowserSimulation.Tests;

public class ExposedHeadersTests
{
    private static readonly string[] Base =
        ["Content-Type: text/plain", "Cache-Control: no-store", "X-Total: 5", "X-Request-Id: 1", "Set-Cookie: sid=1", "Date: today"];

    [Fact]
    public void Only_safelisted_response_headers_are_readable_by_default()
    {
        var (readable, hidden) = ExposedHeaders.Split(Responses.Ok(Base), CredentialsMode.SameOrigin);
        Assert.Equal(["Content-Type", "Cache-Control"], readable);
        Assert.Equal(["X-Total", "X-Request-Id", "Set-Cookie", "Date"], hidden);
    }

    [Fact]
    public void Expose_headers_adds_names_case_insensitively()
    {
        var response = Responses.Ok([.. Base, "Access-Control-Expose-Headers: x-total"]);
        var (readable, _) = ExposedHeaders.Split(response, CredentialsMode.SameOrigin);
        Assert.Contains("X-Total", readable);
        Assert.DoesNotContain("X-Request-Id", readable);
    }

    [Fact]
    public void A_wildcard_exposes_everything_but_Set_Cookie_without_credentials()
    {
        var response = Responses.Ok([.. Base, "Access-Control-Expose-Headers: *"]);
        var (readable, hidden) = ExposedHeaders.Split(response, CredentialsMode.SameOrigin);
        Assert.Contains("X-Request-Id", readable);
        Assert.Equal(["Set-Cookie"], hidden);
    }

    [Fact]
    public void A_wildcard_is_a_literal_name_with_credentials()
    {
        var response = Responses.Ok([.. Base, "Access-Control-Expose-Headers: *"]);
        var (readable, _) = ExposedHeaders.Split(response, CredentialsMode.Include);
        Assert.DoesNotContain("X-Request-Id", readable);
    }

    [Fact]
    public void Set_Cookie_is_never_readable_even_when_listed()
    {
        var response = Responses.Ok([.. Base, "Access-Control-Expose-Headers: Set-Cookie"]);
        var (readable, _) = ExposedHeaders.Split(response, CredentialsMode.SameOrigin);
        Assert.DoesNotContain("Set-Cookie", readable);
    }
}
