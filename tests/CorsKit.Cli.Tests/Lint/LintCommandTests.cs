using CorsKit.TestSupport.Cli;

namespace CorsKit.Cli.Tests.Lint;

/// <summary>
/// lint's reading and wording, in-process. That its verdicts are the real hosts' is proven against a real server
/// process (CorsKit.Server.Tests, LintAgreementTests) and a real application (MiddlewareLintAgreementTests).
/// </summary>
public sealed class LintCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> NoVariables = [];
    private readonly string _directory = Directory.CreateTempSubdirectory("corskit-lint-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private Task<CliResult> LintHere(params string[] args) => LintHere(NoVariables, args);

    private Task<CliResult> LintHere(Dictionary<string, string> variables, params string[] args) =>
        Corskit.RunInAsync(_directory, variables, ["lint", .. args]);

    [Fact]
    public async Task A_valid_appsettings_passes_and_the_output_names_the_host_and_what_was_read()
    {
        var path = Write("appsettings.json", """{ "Cors": { "Origins": ["https://app.example.com"], "Methods": "DELETE, PUT", "MaxAge": 600 } }""");
        var result = await LintHere(path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("modelled CorsKit.Server with the files named and no environment variables", result.Out);
        Assert.Contains($"read     {path}", result.Out);
        Assert.Contains("origins:           https://app.example.com", result.Out);
        Assert.Contains("valid: CorsKit.Server would start", result.Out);
    }

    [Fact]
    public async Task Appsettings_problems_are_reported_under_their_configuration_keys()
    {
        var path = Write("appsettings.json", """
            {
              // comments are allowed, as in ASP.NET Core
              "Cors": {
                "Origins": "https://app.example.com/, *",
                "Credentials": true,
                "MaxAge": "ten",
                "Origin": "typo"
              }
            }
            """);
        var result = await LintHere(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cors:Origins: \"https://app.example.com/\"", result.Out);
        Assert.Contains("Cors:MaxAge: \"ten\": is not a whole number.", result.Out);
        Assert.Contains("error   Cors:Origin: \"typo\": is not a CorsKit setting", result.Out);
        Assert.Contains("Fix:", result.Out);
        Assert.Contains("CorsKit.Server would refuse to start", result.Out);
    }

    [Fact]
    public async Task Env_problems_are_reported_under_the_variable_names()
    {
        var path = Write(".env", """
            # the server's settings
            CORS_ORIGINS=https://app.example.com,null
            CORS_CREDENTIALS=yes
            CORS_MAX_AGE=600
            CORS_METHOD=PUT
            PORT=eighty
            UPSTREAM=localhost:8080
            """);
        var result = await LintHere(path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CORS_CREDENTIALS: \"yes\": is not a boolean.", result.Out);
        Assert.Contains("PORT: \"eighty\"", result.Out);
        Assert.Contains("UPSTREAM: \"localhost:8080\"", result.Out);
        Assert.Contains("warning CORS_METHOD: \"PUT\": is not a variable of the server", result.Out);
    }

    [Fact]
    public async Task Base_url_is_the_origin_when_cors_origins_is_unset()
    {
        var result = await LintHere(Write(".env", "BASE_URL=https://app.example.com/\nPORT=4000\n"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BASE_URL: \"https://app.example.com/\"", result.Out);
    }

    [Fact]
    public async Task Without_an_argument_the_folder_and_the_environment_are_merged_as_the_server_merges_them()
    {
        Write("appsettings.json", """{ "Cors": { "Origins": "*" } }""");
        Write(".env", "CORS_ORIGINS=https://app.example.com\n");
        var result = await LintHere(new Dictionary<string, string> { ["CORS_MAX_AGE"] = "600", ["HOME"] = "/root" });

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"modelled CorsKit.Server started in {_directory} (environment Production)", result.Out);
        Assert.Contains($"appsettings.json, {Path.Combine(_directory, ".env")}, variables CORS_MAX_AGE", result.Out);
        Assert.DoesNotContain("HOME", result.Out);
        Assert.Contains("preflight max age: 600 s", result.Out);
    }

    [Fact]
    public async Task The_environments_own_appsettings_file_is_read_over_appsettings_json()
    {
        Write("appsettings.json", """{ "Cors": { "Origins": "https://app.example.com" } }""");
        Write("appsettings.Staging.json", """{ "Cors": { "Origins": "*" } }""");
        var staging = await LintHere(new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Staging" });
        Assert.Equal(1, staging.ExitCode);
        Assert.Contains("(environment Staging)", staging.Out);
        Assert.Contains("Cors:Origins: \"*\"", staging.Out);

        var production = await LintHere();
        Assert.Equal(0, production.ExitCode);
    }

    [Fact]
    public async Task Missing_files_exit_with_2_and_broken_files_are_the_servers_refusal()
    {
        var missing = await LintHere(Path.Combine(_directory, "nope.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error);

        var broken = await LintHere(Write("broken.json", "{ \"Cors\": "));
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("error   broken.json: could not be read: line 1, column 11:", broken.Out);

        var line = await LintHere(Write(".env", "PORT=4000\nthis is not an assignment\n"));
        Assert.Equal(1, line.ExitCode);
        Assert.Contains("error   .env: line 2, \"this is not an assignment\", is not KEY=value. Fix: Write it as NAME=value", line.Out);
    }

    [Fact]
    public async Task An_empty_folder_reads_nothing_and_is_the_servers_defaults()
    {
        var result = await LintHere();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("read     nothing", result.Out);
        Assert.Contains("origins:           http://localhost:*, http://127.0.0.1:*, http://[::1]:*", result.Out);
        Assert.Contains("methods:           GET, POST, DELETE", result.Out);
        Assert.Contains("credentials:       allowed", result.Out);
    }

    [Fact]
    public async Task Warnings_about_the_servers_defaults_are_left_out_as_the_server_does()
    {
        var defaults = await LintHere(Write(".env", "PORT=4000\n"));
        Assert.Equal(0, defaults.ExitCode);
        Assert.DoesNotContain("warning", defaults.Out);

        var chosen = await LintHere(Write("chosen.env", "CORS_METHODS=GET,DELETE\n"));
        Assert.Equal(0, chosen.ExitCode);
        Assert.Contains("warning CORS_METHODS: \"GET\"", chosen.Out);
    }

    [Fact]
    public async Task Every_server_variable_is_checked_with_the_servers_rules()
    {
        var result = await LintHere(Write(".env", "CORS_PREFLIGHT_STATUS=302\nLOG_LEVEL=loud\nHOST=not a host\n"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CORS_PREFLIGHT_STATUS: \"302\"", result.Out);
        Assert.Contains("LOG_LEVEL: \"loud\": is not a log level.", result.Out);
        Assert.Contains("HOST: \"not a host\"", result.Out);
        Assert.DoesNotContain("is not a variable of the server", result.Out);
    }

    [Fact]
    public async Task Named_policies_are_the_middlewares_and_the_server_refuses_them()
    {
        var path = Write("appsettings.json", """
            { "Cors": { "Origins": ["https://app.example.com"],
                        "Policies": { "admin": { "Origins": ["http://admin.example.com"], "Credentials": "true" } } } }
            """);
        var server = await LintHere(path);
        Assert.Equal(1, server.ExitCode);
        Assert.Contains("error   Cors:Policies", server.Out);

        var middleware = await LintHere("--for", "middleware", path);
        Assert.Equal(1, middleware.ExitCode);
        Assert.Contains("modelled an ASP.NET Core application with AddCorsKit(configuration.GetSection(\"Cors\"))", middleware.Out);
        Assert.Contains("policy default (Cors): valid", middleware.Out);
        Assert.Contains("policy admin (Cors:Policies:admin): 1 error", middleware.Out);
        Assert.Contains("Cors:Policies:admin:Origins: \"http://admin.example.com\"", middleware.Out);
        Assert.Contains("the application would refuse to start: 1 error.", middleware.Out);
    }

    [Fact]
    public async Task The_middleware_has_its_own_defaults_and_reads_variables_with_double_underscores()
    {
        Write("appsettings.json", """{ "Cors": { "Origins": ["https://one.example.com", "https://two.example.com"] } }""");
        var result = await LintHere(new Dictionary<string, string> { ["Cors__Origins"] = "https://three.example.com", ["CORS_ORIGINS"] = "*" }, "--for", "middleware");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("variables Cors__Origins", result.Out);
        Assert.DoesNotContain("CORS_ORIGINS", result.Out);
        Assert.Contains("origins:           https://three.example.com", result.Out);
        Assert.Contains("credentials:       not allowed", result.Out);
    }

    [Fact]
    public async Task The_middleware_reads_no_env_file()
    {
        var result = await LintHere("--for", "middleware", Write(".env", "CORS_ORIGINS=*\n"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reads no .env", result.Error);
    }
}
