using CorsKit.Cli.Lint;
using CorsKit.TestSupport.Cli;

namespace CorsKit.Cli.Tests.Lint;

public sealed class LintCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("corskit-lint-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task A_valid_appsettings_passes()
    {
        var path = Write("appsettings.json", """{ "Cors": { "Origins": ["https://app.example.com"], "Methods": "DELETE, PUT", "Credentials": true, "MaxAge": 600 } }""");
        var result = await Corskit.RunAsync("lint", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("valid", result.Out);
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
                "Origin": "typo",
                "Policies": { "admin": { "Origins": ["http://admin.example.com"], "Credentials": "true" } }
              }
            }
            """);
        var result = await Corskit.RunAsync("lint", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cors:Origins: \"https://app.example.com/\"", result.Out);
        Assert.Contains("Cors:MaxAge: \"ten\": is not a whole number.", result.Out);
        Assert.Contains("error   Cors:Origin: \"typo\": is not a CorsKit setting", result.Out);
        Assert.Contains("Cors:Policies:admin:Origins: \"http://admin.example.com\"", result.Out);
        Assert.Contains("Fix:", result.Out);
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
        var result = await Corskit.RunAsync("lint", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CORS_CREDENTIALS: \"yes\": is not a boolean.", result.Out);
        Assert.Contains("PORT: \"eighty\"", result.Out);
        Assert.Contains("UPSTREAM: \"localhost:8080\"", result.Out);
        Assert.Contains("warning CORS_METHOD", result.Out);
    }

    [Fact]
    public async Task The_engine_errors_carry_the_env_variable_name()
    {
        var path = Write(".env", "CORS_ORIGINS=https://app.example.com/\n");
        var result = await Corskit.RunAsync("lint", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CORS_ORIGINS: \"https://app.example.com/\"", result.Out);
    }

    [Fact]
    public async Task Base_url_is_the_origin_when_cors_origins_is_unset()
    {
        var path = Write(".env", "BASE_URL=https://app.example.com/\nPORT=4000\n");
        var result = await Corskit.RunAsync("lint", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BASE_URL: \"https://app.example.com/\"", result.Out);
    }

    [Fact]
    public async Task Without_an_argument_both_files_in_the_current_directory_are_read()
    {
        Write(".env", "PORT=4000\n");
        Write("appsettings.json", """{ "Cors": { "Origins": "https://app.example.com" } }""");
        var result = await Corskit.RunInAsync(_directory, "lint");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(".env", result.Out);
        Assert.Contains("appsettings.json", result.Out);
    }

    [Fact]
    public async Task Missing_files_and_broken_json_exit_with_2()
    {
        var missing = await Corskit.RunAsync("lint", Path.Combine(_directory, "nope.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error);

        var broken = await Corskit.RunAsync("lint", Write("broken.json", "{ \"Cors\": "));
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("cannot read", broken.Error);

        var none = await Corskit.RunInAsync(_directory, "lint");
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("neither .env nor appsettings.json", none.Error);
    }

    [Fact]
    public void The_env_defaults_are_the_servers_defaults()
    {
        var read = EnvConfigurationReader.Read(Write(".env", ""));
        var options = Assert.Single(read.Policies).Options;
        Assert.Equal(["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"], options.Origins);
        Assert.Equal(["GET", "POST", "DELETE"], options.Methods);
        Assert.Equal(["Content-Type", "Authorization"], options.Headers);
        Assert.True(options.Credentials);
    }

    [Fact]
    public async Task Warnings_about_the_servers_defaults_are_left_out_as_the_server_does()
    {
        var defaults = await Corskit.RunAsync("lint", Write(".env", "PORT=4000\n"));
        Assert.Equal(0, defaults.ExitCode);
        Assert.DoesNotContain("warning", defaults.Out);

        var chosen = await Corskit.RunAsync("lint", Write("chosen.env", "CORS_METHODS=GET,DELETE\n"));
        Assert.Equal(0, chosen.ExitCode);
        Assert.Contains("warning CORS_METHODS: \"GET\"", chosen.Out);
    }

    [Fact]
    public async Task Every_server_variable_is_checked_with_the_servers_rules()
    {
        var path = Write(".env", "CORS_PREFLIGHT_STATUS=302\nLOG_LEVEL=loud\nHOST=not a host\n");
        var result = await Corskit.RunAsync("lint", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("CORS_PREFLIGHT_STATUS: \"302\"", result.Out);
        Assert.Contains("LOG_LEVEL: \"loud\": is not a log level.", result.Out);
        Assert.Contains("HOST: \"not a host\"", result.Out);
        Assert.DoesNotContain("Unknown CORS variable", result.Out);
    }

    [Fact]
    public async Task A_malformed_env_line_is_unreadable_like_broken_json()
    {
        var result = await Corskit.RunAsync("lint", Write(".env", "PORT=4000\nthis is not an assignment\n"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read", result.Error);
        Assert.Contains(".env line 2", result.Error);
        Assert.Contains("Fix:", result.Error);
    }
}
