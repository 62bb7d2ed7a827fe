using System.Net;
using System.Text;
using CorsKit.AspNetCore.Tests.Infrastructure;
using CorsKit.Configuration;
using CorsKit.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.AspNetCore.Tests.Configuration;

public sealed class ConfigurationBindingTests
{
    private static IConfigurationSection Section(IDictionary<string, string?> values, string path = "Cors") =>
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(path);

    [Fact]
    public void Json_arrays_and_scalars_bind_to_the_default_and_named_policies()
    {
        const string json = """
        {
          "Cors": {
            "Origins": [ "https://a.example.com", "https://b.example.com" ],
            "Methods": [ "PUT", "DELETE" ],
            "Headers": "Content-Type, Authorization",
            "ExposeHeaders": [ "X-Total" ],
            "Credentials": true,
            "MaxAge": 600,
            "PreflightStatus": 200,
            "Policies": {
              "admin": { "Origins": "https://admin.example.com", "AllowInsecureOrigins": "false" }
            }
          }
        }
        """;
        var section = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build().GetSection("Cors");

        var result = CorsConfigurationReader.ReadPolicies(section);

        Assert.Empty(result.Problems);
        var defaults = result.DefaultPolicy!;
        Assert.Equal(["https://a.example.com", "https://b.example.com"], defaults.Origins);
        Assert.Equal(["PUT", "DELETE"], defaults.Methods);
        Assert.Equal(["Content-Type", "Authorization"], defaults.Headers);
        Assert.Equal(["X-Total"], defaults.ExposeHeaders);
        Assert.True(defaults.Credentials);
        Assert.Equal(TimeSpan.FromSeconds(600), defaults.MaxAge);
        Assert.Equal(200, defaults.PreflightStatus);
        Assert.Equal(["https://admin.example.com"], result.Policies["ADMIN"].Origins);
        Assert.Equal("Cors:Policies:admin", result.PolicyPaths["admin"]);
    }

    [Fact]
    public void Environment_variables_with_comma_lists_bind()
    {
        var prefix = "CORSKIT_TEST_" + Guid.NewGuid().ToString("N") + "_";
        Environment.SetEnvironmentVariable(prefix + "Cors__Origins", "https://a.example.com,https://b.example.com");
        Environment.SetEnvironmentVariable(prefix + "Cors__Policies__admin__Methods", "DELETE, PATCH");
        try
        {
            var section = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build().GetSection("Cors");

            var result = CorsConfigurationReader.ReadPolicies(section);

            Assert.Empty(result.Problems);
            Assert.Equal(["https://a.example.com", "https://b.example.com"], result.DefaultPolicy!.Origins);
            Assert.Equal(["DELETE", "PATCH"], result.Policies["admin"].Methods);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Cors__Origins", null);
            Environment.SetEnvironmentVariable(prefix + "Cors__Policies__admin__Methods", null);
        }
    }

    [Fact]
    public void A_variable_over_a_json_list_replaces_the_list_instead_of_joining_it()
    {
        const string json = """{ "Cors": { "Origins": [ "https://a.example.com", "https://b.example.com" ] } }""";
        var prefix = "CORSKIT_TEST_" + Guid.NewGuid().ToString("N") + "_";
        Environment.SetEnvironmentVariable(prefix + "Cors__Origins", "https://c.example.com");
        try
        {
            var section = new ConfigurationBuilder()
                .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)))
                .AddEnvironmentVariables(prefix)
                .Build().GetSection("Cors");

            Assert.Equal(["https://c.example.com"], CorsConfigurationReader.ReadPolicies(section).DefaultPolicy!.Origins);
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Cors__Origins", null);
        }
    }

    [Fact]
    public void Two_json_lists_merge_item_by_item_as_configuration_always_does()
    {
        var section = new ConfigurationBuilder()
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""{ "Cors": { "Origins": [ "https://a.example.com", "https://b.example.com" ] } }""")))
            .AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes("""{ "Cors": { "Origins": [ "https://c.example.com" ] } }""")))
            .Build().GetSection("Cors");

        Assert.Equal(["https://c.example.com", "https://b.example.com"], CorsConfigurationReader.ReadPolicies(section).DefaultPolicy!.Origins);
    }

    // The check docs/configuration.md shows, as written there.
    [Fact]
    public void The_documented_check_finds_the_default_policys_errors_and_the_reading_problems()
    {
        static List<ConfigurationProblem> Check(IConfiguration configuration)
        {
            var read = CorsConfigurationReader.ReadPolicies(configuration.GetSection(CorsConfigurationKeys.DefaultSection));
            var problems = new List<ConfigurationProblem>(read.Problems);
            if (read.DefaultPolicy is { } defaultPolicy)
            {
                problems.AddRange(CorsConfigurationReader.AtPath(CorsKitPolicy.TryCompile(defaultPolicy).Errors, read.DefaultPolicyPath));
            }

            foreach (var (name, options) in read.Policies)
            {
                problems.AddRange(CorsConfigurationReader.AtPath(CorsKitPolicy.TryCompile(options).Errors, read.PolicyPaths[name]));
            }

            return problems;
        }

        static IConfiguration Json(string json) => new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();

        var nullOrigin = Assert.Single(Check(Json("""{"Cors":{"Origins":"null","Credentials":true}}""")));
        Assert.Equal(("Cors:Origins", ConfigurationProblemKind.NullOrigin), (nullOrigin.Setting, nullOrigin.Kind));
        Assert.Equal(["Cors:MaxAge", "Cors:Policies:admin:Origins"], Check(Json("""{"Cors":{"Origins":"https://a.example.com","MaxAge":"ten","Policies":{"admin":{"Origins":"*","Credentials":true}}}}""")).Select(problem => problem.Setting));
    }

    [Fact]
    public void A_section_with_only_named_policies_has_no_default_policy()
    {
        var result = CorsConfigurationReader.ReadPolicies(Section(new Dictionary<string, string?> { ["Cors:Policies:a:Origins"] = "https://a.example.com" }));

        Assert.Null(result.DefaultPolicy);
        Assert.Single(result.Policies);
    }

    [Theory]
    [InlineData("Credentials", "yes", "is not a boolean")]
    [InlineData("AllowInsecureOrigins", "1", "is not a boolean")]
    [InlineData("MaxAge", "00:10:00", "is not a whole number")]
    [InlineData("PreflightStatus", "ok", "is not a whole number")]
    [InlineData("Orgins", "https://a.example.com", "is not a CorsKit setting")]
    public void Unreadable_values_are_reported_under_their_full_key(string key, string value, string reason)
    {
        var result = CorsConfigurationReader.ReadPolicies(Section(new Dictionary<string, string?>
        {
            ["Cors:Policies:admin:Origins"] = "https://admin.example.com",
            ["Cors:Policies:admin:" + key] = value,
        }));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("Cors:Policies:admin:" + key, problem.Setting);
        Assert.Equal(value, problem.Value);
        Assert.Contains(reason, problem.Reason);
    }

    [Fact]
    public void Engine_problems_are_renamed_to_the_configuration_key()
    {
        var problems = CorsConfigurationReader.AtPath([new ConfigurationProblem(ConfigurationProblemKind.Other, "Origins", "*", "why", "fix")], "Cors:Policies:admin");

        Assert.Equal("Cors:Policies:admin:Origins", Assert.Single(problems).Setting);
    }

    [Fact]
    public async Task Policies_bound_from_configuration_serve_requests_and_override_code_policies()
    {
        var builder = TestApp.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cors:Origins"] = "https://config.example.com",
            ["Cors:Policies:admin:Origins"] = "https://admin.example.com,https://ops.example.com",
        });
        builder.Services.AddCorsKit(options => options.AddDefaultPolicy(policy => policy.WithOrigins("https://code.example.com")))
            .BindConfiguration();
        await using var app = await TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            app.MapGet("/", () => "hi");
            app.MapGet("/admin", () => "admin").RequireCorsKit("admin");
        });

        using var configured = await app.Client.SendAsync(CorsRequests.Actual("/", "https://config.example.com"));
        using var code = await app.Client.SendAsync(CorsRequests.Actual("/", "https://code.example.com"));
        using var admin = await app.Client.SendAsync(CorsRequests.Actual("/admin", "https://ops.example.com"));

        Assert.Equal("https://config.example.com", configured.Header("Access-Control-Allow-Origin"));
        Assert.Null(code.Header("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Equal("https://ops.example.com", admin.Header("Access-Control-Allow-Origin"));
    }
}
