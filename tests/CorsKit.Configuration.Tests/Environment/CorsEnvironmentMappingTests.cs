using Microsoft.Extensions.Configuration;
using CorsKit.Configuration.Environment;

namespace CorsKit.Configuration.Tests.Environment;

public class CorsEnvironmentMappingTests
{
    [Fact]
    public void The_variable_wins_over_base_url_and_the_cors_section()
    {
        var mapped = CorsEnvironmentMapping.Map(Variables.Of(
            ("CORS_ORIGINS", "https://variable.example.com"),
            ("BASE_URL", "https://base-url.example.com"),
            ("Cors:Origins:0", "https://section.example.com")));

        Assert.Equal("https://variable.example.com", mapped.Values["Cors:Origins"]);
        Assert.False(mapped.Values.ContainsKey("Cors:Origins:0"));
        Assert.Equal("CORS_ORIGINS", mapped.Sources["Origins"]);
        Assert.Equal("CORS_ORIGINS", mapped.Sources["Cors:Origins"]);
        Assert.DoesNotContain("Origins", mapped.DefaultedOptions);
    }

    [Fact]
    public void Base_url_wins_over_the_cors_section_for_origins_only()
    {
        var mapped = CorsEnvironmentMapping.Map(Variables.Of(
            ("BASE_URL", "https://base-url.example.com"),
            ("Cors:Origins:0", "https://section.example.com"),
            ("Cors:Methods", "PUT")));

        Assert.Equal("https://base-url.example.com", mapped.Values["Cors:Origins"]);
        Assert.Equal("BASE_URL", mapped.Sources["Origins"]);
        Assert.Equal("PUT", mapped.Values["Cors:Methods"]);
        Assert.Equal("Cors:Methods", mapped.Sources["Methods"]);
    }

    [Fact]
    public void The_cors_section_wins_over_the_default_and_keeps_its_array_items()
    {
        var mapped = CorsEnvironmentMapping.Map(Variables.Of(
            ("Cors:Origins:0", "https://one.example.com"),
            ("Cors:Origins:1", "https://two.example.com")));

        Assert.Equal("https://one.example.com", mapped.Values["Cors:Origins:0"]);
        Assert.Equal("https://two.example.com", mapped.Values["Cors:Origins:1"]);
        Assert.False(mapped.Values.ContainsKey("Cors:Origins"));
        Assert.Equal("Cors:Origins", mapped.Sources["Origins"]);
        Assert.DoesNotContain("Origins", mapped.DefaultedOptions);
    }

    [Fact]
    public void With_nothing_set_the_seeds_defaults_apply_and_are_marked_as_defaulted()
    {
        var mapped = CorsEnvironmentMapping.Map(Variables.Of());

        Assert.Equal(CorsEnvironmentVariables.DefaultOrigins, mapped.Values["Cors:Origins"]);
        Assert.Equal(CorsEnvironmentVariables.DefaultMethods, mapped.Values["Cors:Methods"]);
        Assert.Equal(CorsEnvironmentVariables.DefaultHeaders, mapped.Values["Cors:Headers"]);
        Assert.Equal(CorsEnvironmentVariables.DefaultCredentials, mapped.Values["Cors:Credentials"]);
        Assert.Equal(CorsEnvironmentVariables.DefaultWriteProtection, mapped.Values["Cors:ProtectWrites"]);
        Assert.Equal(5, mapped.Values.Count);
        Assert.Equal(["Credentials", "Headers", "Methods", "Origins", "ProtectWrites"], mapped.DefaultedOptions.Order());
    }

    [Fact]
    public void An_unset_option_without_a_default_is_named_by_its_variable()
    {
        var mapped = CorsEnvironmentMapping.Map(Variables.Of());

        Assert.False(mapped.Values.ContainsKey("Cors:MaxAge"));
        Assert.Equal("CORS_MAX_AGE", mapped.Sources["MaxAge"]);
        Assert.Equal("CORS_MAX_AGE", mapped.Sources["Cors:MaxAge"]);
        Assert.Equal("CORS_PREFLIGHT_STATUS", mapped.Sources["PreflightStatus"]);
        Assert.DoesNotContain("MaxAge", mapped.DefaultedOptions);
    }

    [Fact]
    public void Each_setting_picks_its_own_source()
    {
        var mapped = CorsEnvironmentMapping.Map(Variables.Of(
            ("CORS_MAX_AGE", "90"),
            ("Cors:MaxAge", "30"),
            ("Cors:Credentials", "false"),
            ("CORS_EXPOSE_HEADERS", "X-Total")));

        Assert.Equal("90", mapped.Values["Cors:MaxAge"]);
        Assert.Equal("CORS_MAX_AGE", mapped.Sources["MaxAge"]);
        Assert.Equal("false", mapped.Values["Cors:Credentials"]);
        Assert.Equal("Cors:Credentials", mapped.Sources["Credentials"]);
        Assert.Equal("X-Total", mapped.Values["Cors:ExposeHeaders"]);
        Assert.Equal(["Headers", "Methods", "Origins", "ProtectWrites"], mapped.DefaultedOptions.Order());
    }

    [Fact]
    public void A_variable_set_to_empty_is_set_not_defaulted()
    {
        var mapped = CorsEnvironmentMapping.Map(Variables.Of(("CORS_METHODS", "")));

        Assert.Equal("", mapped.Values["Cors:Methods"]);
        Assert.Equal("CORS_METHODS", mapped.Sources["Methods"]);
        Assert.DoesNotContain("Methods", mapped.DefaultedOptions);
    }

    [Fact]
    public void Unknown_cors_keys_are_carried_into_the_section_so_the_reader_names_them_and_unknown_variables_are_not()
    {
        var mapped = CorsEnvironmentMapping.Map(Variables.Of(
            ("Cors:Origin", "typo"),
            ("Cors:Policies:admin:Origins", "https://admin.example.com"),
            ("CORS_METHOD", "PUT")));

        Assert.Equal("typo", mapped.Values["Cors:Origin"]);
        Assert.Equal("https://admin.example.com", mapped.Values["Cors:Policies:admin:Origins"]);
        Assert.Equal(CorsEnvironmentVariables.DefaultMethods, mapped.Values["Cors:Methods"]);

        var section = new ConfigurationBuilder().AddInMemoryCollection(mapped.Values).Build().GetSection("Cors");
        var problems = CorsConfigurationReader.ReadPolicy(section).Problems;
        Assert.Contains(problems, problem => problem.Setting == "Cors:Origin");
        Assert.Contains(problems, problem => problem.Setting == "Cors:Policies");
    }

    [Fact]
    public void Variable_names_ignore_case_like_configuration()
    {
        var mapped = CorsEnvironmentMapping.Map(Variables.Of(("cors_origins", "https://app.example.com")));
        Assert.Equal("https://app.example.com", mapped.Values["cors:origins"]);
        Assert.Equal("CORS_ORIGINS", mapped.Sources["Origins"]);
    }
}
