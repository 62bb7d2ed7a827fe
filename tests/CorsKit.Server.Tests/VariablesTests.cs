using System.Net;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

// Each variable of the configuration contract, from the environment, from .env, and their precedence.
public class VariablesTests
{
    private static async Task<HttpResponseMessage> PreflightWith(Dictionary<string, string> environment, string origin, string method = "GET", string? headers = null, string? directory = null)
    {
        await using var server = await ServerProcess.StartAsync(environment, directory);
        return await server.Client.Preflight("/", origin, method, headers);
    }

    [Fact]
    public async Task Cors_origins_replaces_the_defaults_and_accepts_patterns()
    {
        var environment = new Dictionary<string, string> { ["CORS_ORIGINS"] = "https://app.example.com, https://*.preview.example.com" };
        await using var server = await ServerProcess.StartAsync(environment);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.Preflight("/", "https://app.example.com", "DELETE")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.Preflight("/", "https://pr-42.preview.example.com", "DELETE")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.Preflight("/", "http://localhost:5173", "DELETE")).StatusCode);
    }

    // The server runs with invariant globalization, where .NET's IDN mapping folds no case and maps no width: the
    // engine's own mapping must still store what the browser sends.
    [Fact]
    public async Task International_and_fullwidth_origins_are_stored_as_browsers_send_them()
    {
        var environment = new Dictionary<string, string> { ["CORS_ORIGINS"] = "https://BÜCHER.Example,https://\uFF21\uFF30\uFF30.example.com" };
        await using var server = await ServerProcess.StartAsync(environment);
        Assert.True(await server.PrintsAsync("preflight max age:"), server.Output);
        Assert.Contains("origins:           https://xn--bcher-kva.example, https://app.example.com", server.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.Preflight("/", "https://xn--bcher-kva.example", "DELETE")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.Preflight("/", "https://app.example.com", "DELETE")).StatusCode);
    }

    [Fact]
    public async Task Base_url_is_the_seeds_single_origin_when_cors_origins_is_unset()
    {
        var response = await PreflightWith(new() { ["BASE_URL"] = "https://app.example.com" }, "https://app.example.com", "DELETE");
        Assert.Equal("https://app.example.com", response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_origins_wins_over_base_url()
    {
        var response = await PreflightWith(new() { ["BASE_URL"] = "https://app.example.com", ["CORS_ORIGINS"] = "https://other.example.com" }, "https://app.example.com", "DELETE");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Methods_headers_and_max_age_are_configurable()
    {
        var environment = new Dictionary<string, string>
        {
            ["CORS_METHODS"] = "PUT,PATCH",
            ["CORS_HEADERS"] = "*,Authorization",
            ["CORS_CREDENTIALS"] = "false",
            ["CORS_MAX_AGE"] = "600",
        };
        var response = await PreflightWith(environment, "http://localhost:5173", "PATCH", "x-anything,authorization");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("PUT, PATCH", response.Header("Access-Control-Allow-Methods"));
        Assert.Equal("*, Authorization", response.Header("Access-Control-Allow-Headers"));
        Assert.Equal("600", response.Header("Access-Control-Max-Age"));
        Assert.Null(response.Header("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Any_origin_works_once_credentials_are_off()
    {
        var response = await PreflightWith(new() { ["CORS_ORIGINS"] = "*", ["CORS_CREDENTIALS"] = "false" }, "https://anyone.example", "DELETE");
        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Insecure_origins_need_the_explicit_opt_in()
    {
        var response = await PreflightWith(new() { ["CORS_ORIGINS"] = "http://intranet.example", ["CORS_ALLOW_INSECURE_ORIGINS"] = "true" }, "http://intranet.example", "DELETE");
        Assert.Equal("http://intranet.example", response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_dotenv_file_is_read_from_the_working_directory()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-env-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, ".env"), "# the seed's file\nBASE_URL=\"https://from-dotenv.example.com\"\nCORS_MAX_AGE=120\n");
        var response = await PreflightWith([], "https://from-dotenv.example.com", "DELETE", directory: directory);
        Assert.Equal("https://from-dotenv.example.com", response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("120", response.Header("Access-Control-Max-Age"));
    }

    [Fact]
    public async Task The_startup_block_says_which_files_it_read_and_where_it_looked()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-env-").FullName;
        await using (var none = await ServerProcess.StartAsync(workingDirectory: directory))
        {
            Assert.True(await none.PrintsAsync($"config:            no appsettings.json or .env in {directory}: variables and defaults only"), none.Output);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, ".env"), "CORS_MAX_AGE=120\n");
        await File.WriteAllTextAsync(Path.Combine(directory, "appsettings.json"), "{}");
        await using var both = await ServerProcess.StartAsync(workingDirectory: directory);
        Assert.True(await both.PrintsAsync($"config:            appsettings.json, .env in {directory}, then the variables"), both.Output);
    }

    [Fact]
    public async Task Dotnet_run_reads_the_dotenv_where_it_is_started_not_in_the_project_folder()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-run-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, ".env"), "CORS_ORIGINS=https://from-dotenv.example.com\n");
        var info = new System.Diagnostics.ProcessStartInfo("dotnet", ["run", "--no-build", "-c", "Release", "--project", Path.Combine(ServerAssembly.RepositoryRoot, "src", "CorsKit.Server")])
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.Environment["PORT"] = "0";
        info.Environment["HOST"] = "127.0.0.1";
        info.Environment.Remove("CORS_ORIGINS");
        using var process = System.Diagnostics.Process.Start(info)!;
        try
        {
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2))) is not null && !line.Contains("origins:", StringComparison.Ordinal))
            {
            }

            Assert.Equal("origins:           https://from-dotenv.example.com", line?.Trim());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task The_real_environment_wins_over_dotenv()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-env-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, ".env"), "CORS_ORIGINS=https://from-dotenv.example.com\n");
        var response = await PreflightWith(new() { ["CORS_ORIGINS"] = "https://from-env.example.com" }, "https://from-dotenv.example.com", "DELETE", directory: directory);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Variables_win_over_appsettings_json()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-env-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, "appsettings.json"), """{ "Cors": { "Origins": ["https://from-json.example.com"], "MaxAge": 30 } }""");
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_MAX_AGE"] = "90" }, directory);
        var response = await server.Client.Preflight("/", "https://from-json.example.com", "DELETE");
        Assert.Equal("https://from-json.example.com", response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("90", response.Header("Access-Control-Max-Age"));
    }

    [Fact]
    public async Task Port_and_host_choose_where_it_listens()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["HOST"] = "127.0.0.1" });
        Assert.Equal(new Uri($"http://127.0.0.1:{port}/"), server.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.Get("/healthz", null)).StatusCode);
    }
}
