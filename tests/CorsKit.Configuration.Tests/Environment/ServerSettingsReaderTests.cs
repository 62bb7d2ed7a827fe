using CorsKit.Configuration.Environment;
using Microsoft.Extensions.Logging;

namespace CorsKit.Configuration.Tests.Environment;

public class ServerSettingsReaderTests
{
    [Fact]
    public void With_nothing_set_it_is_the_seeds_server()
    {
        var (settings, problems) = ServerSettingsReader.Read(Variables.Of());

        Assert.Empty(problems);
        Assert.Equal(4000, settings.Port);
        Assert.Equal("localhost", settings.Host);
        Assert.Null(settings.Upstream);
        Assert.Equal(LogLevel.Information, settings.LogLevel);
        Assert.Equal(["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"], settings.Cors.Origins);
        Assert.Equal(["GET", "POST", "DELETE"], settings.Cors.Methods);
        Assert.Equal(["Content-Type", "Authorization"], settings.Cors.Headers);
        Assert.True(settings.Cors.Credentials);
        Assert.True(settings.Cors.ProtectWrites);
        Assert.Equal("http://localhost:4000", settings.ListenUrl);
    }

    [Fact]
    public void Every_variable_is_read()
    {
        var (settings, problems) = ServerSettingsReader.Read(Variables.Of(
            ("PORT", "0"), ("HOST", "::1"), ("UPSTREAM", "http://localhost:8080"), ("LOG_LEVEL", "debug"),
            ("BASE_URL", "https://app.example.com"), ("CORS_METHODS", "PUT, PATCH"), ("CORS_HEADERS", "X-Api-Key"),
            ("CORS_CREDENTIALS", "false"), ("CORS_EXPOSE_HEADERS", "X-Total"), ("CORS_MAX_AGE", "600"),
            ("CORS_ALLOW_INSECURE_ORIGINS", "true"), ("CORS_PREFLIGHT_STATUS", "200"), ("CSRF_PROTECTION", "off"),
            ("CSRF_TRUSTED_ORIGINS", "https://pay.example.net"), ("CSRF_ALLOW_SAME_SITE", "true")));

        Assert.Empty(problems);
        Assert.Equal("http://[::1]:0", settings.ListenUrl);
        Assert.Equal(new Uri("http://localhost:8080"), settings.Upstream);
        Assert.Equal(LogLevel.Debug, settings.LogLevel);
        Assert.Equal(["https://app.example.com"], settings.Cors.Origins);
        Assert.Equal(["PUT", "PATCH"], settings.Cors.Methods);
        Assert.Equal(["X-Api-Key"], settings.Cors.Headers);
        Assert.False(settings.Cors.Credentials);
        Assert.Equal(["X-Total"], settings.Cors.ExposeHeaders);
        Assert.Equal(TimeSpan.FromSeconds(600), settings.Cors.MaxAge);
        Assert.True(settings.Cors.AllowInsecureOrigins);
        Assert.Equal(200, settings.Cors.PreflightStatus);
        Assert.False(settings.Cors.ProtectWrites);
        Assert.Equal(["https://pay.example.net"], settings.Cors.TrustedWriteOrigins);
        Assert.True(settings.Cors.AllowSameSiteWrites);
        Assert.Empty(settings.DefaultedCorsOptions);
        Assert.Equal("BASE_URL", settings.CorsKeys["Origins"]);
    }

    [Fact]
    public void Every_problem_is_listed_at_once_under_the_name_the_user_wrote()
    {
        var (_, problems) = ServerSettingsReader.Read(Variables.Of(
            ("PORT", "eighty"), ("HOST", "not a host"), ("UPSTREAM", "ftp://api.example.com"), ("LOG_LEVEL", "loud"),
            ("CORS_CREDENTIALS", "yes"), ("Cors:MaxAge", "ten")));

        Assert.Equal(["PORT", "HOST", "UPSTREAM", "LOG_LEVEL", "CORS_CREDENTIALS", "Cors:MaxAge"], problems.Select(problem => problem.Setting));
        Assert.All(problems, problem => Assert.False(string.IsNullOrEmpty(problem.Fix)));
        Assert.Equal("ten", problems[^1].Value);
    }

    [Theory]
    [InlineData("65536")]
    [InlineData("-1")]
    [InlineData("4000.5")]
    public void A_port_outside_0_to_65535_is_a_problem(string port)
    {
        var (_, problems) = ServerSettingsReader.Read(Variables.Of(("PORT", port)));
        Assert.Equal(port, Assert.Single(problems, problem => problem.Setting == "PORT").Value);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("Verbose")]
    public void A_log_level_must_be_a_name(string level)
    {
        var (settings, problems) = ServerSettingsReader.Read(Variables.Of(("LOG_LEVEL", level)));
        Assert.Equal("LOG_LEVEL", Assert.Single(problems).Setting);
        Assert.Equal(LogLevel.Information, settings.LogLevel);
    }

    [Fact]
    public void The_cors_keys_rename_engine_problems_to_the_variables()
    {
        var (settings, _) = ServerSettingsReader.Read(Variables.Of(("CORS_ORIGINS", "*")));
        var compilation = CorsKit.Policy.CorsKitPolicy.TryCompile(settings.Cors);

        var problem = Assert.Single(compilation.Errors).RenameSettings(settings.CorsKeys);
        Assert.Equal("CORS_ORIGINS", problem.Setting);
        Assert.Contains("CORS_CREDENTIALS", problem.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("on", true)]
    [InlineData("OFF", false)]
    [InlineData(" true ", true)]
    [InlineData("false", false)]
    public void Write_protection_is_a_switch(string value, bool protects)
    {
        var (settings, problems) = ServerSettingsReader.Read(Variables.Of(("CSRF_PROTECTION", value)));
        Assert.Empty(problems);
        Assert.Equal(protects, settings.Cors.ProtectWrites);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("")]
    public void An_unreadable_write_protection_switch_names_the_variable(string value)
    {
        var (_, problems) = ServerSettingsReader.Read(Variables.Of(("CSRF_PROTECTION", value)));
        var problem = Assert.Single(problems);
        Assert.Equal("CSRF_PROTECTION", problem.Setting);
        Assert.Equal(value, problem.Value);
        Assert.Equal("Write on or off.", problem.Fix);
    }

    [Fact]
    public void Trusted_write_origins_are_refused_under_their_variable()
    {
        var (settings, _) = ServerSettingsReader.Read(Variables.Of(("CSRF_TRUSTED_ORIGINS", "https://pay.example.net/callback, null, *")));
        var compilation = CorsKit.Policy.CorsKitPolicy.TryCompile(settings.Cors);

        var problems = compilation.Errors.Select(problem => problem.RenameSettings(settings.CorsKeys)).ToList();
        Assert.Equal(["CSRF_TRUSTED_ORIGINS", "CSRF_TRUSTED_ORIGINS", "CSRF_TRUSTED_ORIGINS"], problems.Select(problem => problem.Setting));
        Assert.Equal(["https://pay.example.net/callback", "null", "*"], problems.Select(problem => problem.Value));
        Assert.Contains("CSRF_PROTECTION", problems[2].Fix, StringComparison.Ordinal);
    }
}
