using CorsKit.Policy;

namespace CorsKit.Tests.Writes;

// Go's invalid trusted origins, and CorsKit's own refusals: a trusted writer is one exact, secure origin.
public class WriteSettingsTests
{
    private static CorsPolicyCompilation Compile(Action<CorsPolicyOptions> configure)
    {
        var options = new CorsPolicyOptions { Credentials = true, ProtectWrites = true };
        options.Origins.Add("https://app.example.com");
        configure(options);
        return CorsKitPolicy.TryCompile(options);
    }

    [Theory]
    [InlineData("example.com", ConfigurationProblemKind.NotAnOrigin)]
    [InlineData("https://", ConfigurationProblemKind.NotAnOrigin)]
    [InlineData("https://example.com/", ConfigurationProblemKind.NotAnOrigin)]
    [InlineData("/path", ConfigurationProblemKind.NotAnOrigin)]
    [InlineData("?query=value", ConfigurationProblemKind.NotAnOrigin)]
    [InlineData("#fragment", ConfigurationProblemKind.NotAnOrigin)]
    [InlineData("https://ex ample.com", ConfigurationProblemKind.NotAnOrigin)]
    [InlineData("", ConfigurationProblemKind.EmptyValue)]
    [InlineData("null", ConfigurationProblemKind.NullOrigin)]
    [InlineData("https://user@example.com", ConfigurationProblemKind.NotAnOrigin)]
    [InlineData("*", ConfigurationProblemKind.MisplacedWildcard)]
    [InlineData("https://*.example.com", ConfigurationProblemKind.NotOneOrigin)]
    [InlineData("http://localhost:*", ConfigurationProblemKind.NotOneOrigin)]
    [InlineData("http://pay.example.net", ConfigurationProblemKind.InsecureOrigin)]
    public void An_invalid_trusted_origin_is_refused_naming_the_setting(string value, ConfigurationProblemKind kind)
    {
        var compilation = Compile(options => options.TrustedWriteOrigins.Add(value));
        var problem = Assert.Single(compilation.Errors);
        Assert.Equal(kind, problem.Kind);
        Assert.Equal(nameof(CorsPolicyOptions.TrustedWriteOrigins), problem.Setting);
        Assert.Equal(value, problem.Value);
        Assert.False(string.IsNullOrWhiteSpace(problem.Fix));
    }

    [Fact]
    public void A_local_http_writer_and_a_secure_one_are_accepted()
    {
        var compilation = Compile(options =>
        {
            options.TrustedWriteOrigins.Add("http://localhost:5173");
            options.TrustedWriteOrigins.Add("https://PAY.example.net:443");
        });
        Assert.True(compilation.Succeeded);
        Assert.Equal(["http://localhost:5173", "https://pay.example.net"], compilation.Policy!.WriteProtection.TrustedOrigins);
    }

    [Fact]
    public void An_insecure_writer_is_a_warning_when_insecure_origins_are_allowed()
    {
        var compilation = Compile(options =>
        {
            options.AllowInsecureOrigins = true;
            options.TrustedWriteOrigins.Add("http://pay.example.net");
        });
        Assert.True(compilation.Succeeded);
        Assert.Contains(compilation.Warnings, warning => warning.Kind == ConfigurationProblemKind.InsecureOrigin && warning.Setting == nameof(CorsPolicyOptions.TrustedWriteOrigins));
    }

    [Fact]
    public void Settings_without_protection_are_warned_about()
    {
        var compilation = Compile(options =>
        {
            options.ProtectWrites = false;
            options.AllowSameSiteWrites = true;
            options.TrustedWriteOrigins.Add("https://pay.example.net");
        });
        Assert.True(compilation.Succeeded);
        Assert.Equal(
            [nameof(CorsPolicyOptions.TrustedWriteOrigins), nameof(CorsPolicyOptions.AllowSameSiteWrites)],
            compilation.Warnings.Where(warning => warning.Kind == ConfigurationProblemKind.NoEffect).Select(warning => warning.Setting));
    }

    // Kept, not dropped: on an endpoint that disables CORS nobody reads, and the trusted writers still write there.
    [Fact]
    public void A_trusted_writer_that_may_read_anyway_is_kept()
    {
        var compilation = Compile(options => options.TrustedWriteOrigins.Add("https://app.example.com"));
        Assert.Empty(compilation.Warnings);
        Assert.Equal(["https://app.example.com"], compilation.Policy!.WriteProtection.WithoutReaders.TrustedOrigins);
    }
}
