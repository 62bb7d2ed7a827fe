using CorsKit.Policy;
using static CorsKit.Tests.TestPolicies;

namespace CorsKit.Tests.Policy;

// Every configuration that could leak credentials, trust an attacker's origin, or mean nothing is refused at
// compile time with a message naming the setting, the value, why and the fix.
public class ValidationTests
{
    [Fact]
    public void The_seed_configuration_compiles_with_a_warning_for_OPTIONS()
    {
        var warnings = WarningsOf(b => b.WithOrigins("http://localhost:5173").WithMethods("GET", "POST", "DELETE", "OPTIONS")
            .WithHeaders("Content-Type", "Authorization").AllowCredentials());
        Assert.Contains(warnings, w => w.Setting == "Methods" && w.Value == "OPTIONS");
        Assert.Contains(warnings, w => w.Setting == "Methods" && w.Value == "GET");
    }

    [Fact]
    public void No_origin_is_an_error()
    {
        var problem = Assert.Single(ErrorsOf(_ => { }));
        Assert.Equal("Origins", problem.Setting);
        Assert.Null(problem.Value);
    }

    [Fact]
    public void Any_origin_with_credentials_is_refused_and_says_how_to_opt_out()
    {
        var problem = Assert.Single(ErrorsOf(b => b.AllowAnyOrigin().AllowCredentials()));
        Assert.Equal(("Origins", "*"), (problem.Setting, problem.Value));
        Assert.Contains("Credentials to false", problem.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_origin_beside_other_origins_is_meaningless()
    {
        Assert.Contains(ErrorsOf(b => b.WithOrigins("*", "https://app.example.com")), p => p.Reason.Contains("\"*\" with other origins", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://app.example.com")]
    [InlineData("http://*.example.com")]
    [InlineData("http://192.168.1.10:8080")]
    [InlineData("http://[::ffff:127.0.0.1]:5173")] // IPv4-mapped loopback: not potentially trustworthy by Secure Contexts
    public void Non_local_http_with_credentials_needs_an_explicit_opt_in(string origin)
    {
        var problem = Assert.Single(ErrorsOf(b => b.WithOrigins(origin).AllowCredentials()));
        Assert.Contains("AllowInsecureOrigins", problem.Fix, StringComparison.Ordinal);

        Assert.Empty(ErrorsOf(b => b.WithOrigins(origin).AllowCredentials().AllowInsecureOrigins()));
        Assert.Contains(WarningsOf(b => b.WithOrigins(origin).AllowCredentials().AllowInsecureOrigins()), w => w.Value == origin);
    }

    [Theory]
    [InlineData("http://localhost:3000")]
    [InlineData("http://localhost:*")]
    [InlineData("http://app.localhost:*")]
    [InlineData("http://*.localhost:*")]
    [InlineData("http://127.0.0.1:*")]
    [InlineData("http://127.5.6.7:8080")]
    [InlineData("http://[::1]:*")]
    public void Local_http_origins_are_fine_with_credentials(string origin) =>
        Assert.Empty(ErrorsOf(b => b.WithOrigins(origin).AllowCredentials()));

    [Theory]
    [InlineData("https://*.com")]
    [InlineData("https://*.co.uk")]
    [InlineData("https://*.github.io")]
    [InlineData("https://*.herokuapp.com")]
    public void A_pattern_over_a_public_suffix_is_refused_with_credentials_and_warned_without(string origin)
    {
        var problem = Assert.Single(ErrorsOf(b => b.WithOrigins(origin).AllowCredentials()));
        Assert.Contains("public suffix", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(WarningsOf(b => b.WithOrigins(origin)), w => w.Value == origin);
        Assert.Empty(ErrorsOf(b => b.WithOrigins(origin)));
    }

    // A domain that is not itself a public suffix can still have public suffixes below it: a pattern over it then
    // trusts names that strangers register there (issue: https://*.amazonaws.com covered anyone's S3 bucket).
    [Theory]
    [InlineData("https://*.amazonaws.com", "us-east-1.amazonaws.com")]   // listed suffixes below the base (s3.amazonaws.com, ...): the first shortest
    [InlineData("https://*.compute.amazonaws.com", "*.compute.amazonaws.com")] // a wildcard rule at the base
    [InlineData("https://*.kawasaki.jp", "*.kawasaki.jp")]               // a wildcard rule at the base, with exceptions
    [InlineData("https://*.s3.amazonaws.com", "s3.amazonaws.com")]       // the base itself
    [InlineData("https://*.GITHUB.io", "github.io")]                  // compared after case folding
    public void A_pattern_with_a_public_suffix_below_it_is_refused_with_credentials_and_names_the_suffix(string origin, string suffix)
    {
        var problem = Assert.Single(ErrorsOf(b => b.WithOrigins(origin).AllowCredentials()));
        Assert.Equal(("Origins", origin), (problem.Setting, problem.Value));
        Assert.Contains("public suffix", problem.Reason, StringComparison.Ordinal);
        Assert.Contains($"\"{suffix}\"", problem.Reason, StringComparison.Ordinal);
        Assert.Contains(WarningsOf(b => b.WithOrigins(origin)), w => w.Value == origin && w.Reason.Contains(suffix, StringComparison.Ordinal));
        Assert.Empty(ErrorsOf(b => b.WithOrigins(origin)));
    }

    [Theory]
    [InlineData("https://*.example.com")]
    [InlineData("https://*.city.kawasaki.jp")]   // an exception rule: the city's own domain, owned below
    [InlineData("https://*.bbc.co.uk")]
    [InlineData("https://*.user.github.io")]
    public void A_pattern_over_a_domain_with_no_public_suffix_below_it_is_accepted_with_credentials(string origin) =>
        Assert.Empty(ErrorsOf(b => b.WithOrigins(origin).AllowCredentials()));

    [Theory]
    [InlineData("CONNECT")]
    [InlineData("trace")]
    [InlineData("TRACK")]
    [InlineData("GET POST")]
    [InlineData("")]
    [InlineData("DELETE\r\n")]
    public void Forbidden_or_malformed_methods_are_errors(string method) =>
        Assert.Contains(ErrorsOf(b => b.WithOrigins("https://a.example.com").WithMethods(method)), p => p.Setting == "Methods" && p.Value == method);

    [Fact]
    public void A_method_that_differs_only_by_case_warns_because_fetch_compares_it_byte_for_byte()
    {
        var warning = Assert.Single(WarningsOf(b => b.WithOrigins("https://a.example.com").WithMethods("patch")));
        Assert.Contains("\"PATCH\"", warning.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cookie")]
    [InlineData("host")]
    [InlineData("Origin")]
    [InlineData("Sec-Fetch-Mode")]
    [InlineData("Proxy-Authorization")]
    [InlineData("Content-Length")]
    [InlineData("X Custom")]
    [InlineData("X-Custom:")]
    public void Forbidden_or_malformed_request_headers_are_errors(string header) =>
        Assert.Contains(ErrorsOf(b => b.WithOrigins("https://a.example.com").WithHeaders(header)), p => p.Setting == "Headers" && p.Value == header);

    [Theory]
    [InlineData("Set-Cookie")]
    [InlineData("set-cookie2")]
    [InlineData("Bad Header")]
    public void Unexposable_or_malformed_response_headers_are_errors(string header) =>
        Assert.Contains(ErrorsOf(b => b.WithOrigins("https://a.example.com").WithExposedHeaders(header)), p => p.Setting == "ExposeHeaders");

    [Fact]
    public void Exposing_star_with_credentials_is_an_error()
    {
        Assert.Contains(ErrorsOf(b => b.WithOrigins("https://a.example.com").WithExposedHeaders("*").AllowCredentials()), p => p.Setting == "ExposeHeaders" && p.Value == "*");
        Assert.Empty(ErrorsOf(b => b.WithOrigins("https://a.example.com").WithExposedHeaders("*")));
    }

    [Theory]
    [InlineData(-1.0, true)]
    [InlineData(1.5, true)]
    [InlineData(0.0, false)]
    [InlineData(600.0, false)]
    public void Max_age_must_be_whole_non_negative_seconds(double seconds, bool isError) =>
        Assert.Equal(isError, ErrorsOf(b => b.WithOrigins("https://a.example.com").WithMaxAge(TimeSpan.FromSeconds(seconds))).Any(p => p.Setting == "MaxAge"));

    [Fact]
    public void Max_age_above_chromiums_cap_is_a_warning()
    {
        Assert.Contains(WarningsOf(b => b.WithOrigins("https://a.example.com").WithMaxAge(TimeSpan.FromHours(24))), w => w.Setting == "MaxAge" && w.Value == "86400");
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(302, true)]
    [InlineData(403, true)]
    [InlineData(200, false)]
    [InlineData(204, false)]
    public void Preflight_status_must_be_a_success(int status, bool isError) =>
        Assert.Equal(isError, ErrorsOf(b => b.WithOrigins("https://a.example.com").WithPreflightStatus(status)).Any(p => p.Setting == "PreflightStatus"));

    [Fact]
    public void Every_problem_is_reported_at_once_in_one_exception()
    {
        var builder = new CorsKitPolicyBuilder().WithOrigins("https://a.example.com/", "null").WithMethods("TRACE").WithHeaders("Cookie")
            .WithMaxAge(TimeSpan.FromSeconds(-5));
        var exception = Assert.Throws<CorsConfigurationException>(builder.Build);
        Assert.Equal(5, exception.Problems.Count);
        Assert.Equal(["Origins", "Origins", "Methods", "Headers", "MaxAge"], exception.Problems.Select(p => p.Setting));
        Assert.Contains("5 problems", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"https://a.example.com/\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_can_be_renamed_to_the_hosts_key()
    {
        var problem = ErrorsOf(b => b.WithOrigins("null"))[0].WithSetting("CORS_ORIGINS");
        Assert.StartsWith("CORS_ORIGINS: \"null\":", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicates_warn_instead_of_failing()
    {
        var warnings = WarningsOf(b => b.WithOrigins("https://a.example.com", "HTTPS://A.example.com:443").WithHeaders("X-A", "x-a"));
        Assert.Contains(warnings, w => w.Setting == "Origins");
        Assert.Contains(warnings, w => w.Setting == "Headers");
    }

    [Fact]
    public void A_predicate_beside_any_origin_is_an_error()
    {
        Assert.Contains(ErrorsOf(b => b.AllowAnyOrigin().WithOriginPredicate(_ => true)), p => p.Setting == "OriginPredicate");
    }
}

public class ProblemRenamingTests
{
    [Fact]
    public void Renaming_changes_the_setting_and_mentions_of_options_in_the_text()
    {
        var problem = TestPolicies.ErrorsOf(b => b.AllowAnyOrigin().AllowCredentials())[0]
            .RenameSettings(new Dictionary<string, string> { ["Origins"] = "CORS_ORIGINS", ["Credentials"] = "CORS_CREDENTIALS" });
        Assert.Equal("CORS_ORIGINS", problem.Setting);
        Assert.Contains("set CORS_CREDENTIALS to false", problem.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain("Credentials is on", problem.Reason, StringComparison.Ordinal);
    }
}
