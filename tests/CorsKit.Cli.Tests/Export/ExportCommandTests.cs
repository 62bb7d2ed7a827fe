using CorsKit.TestSupport.Cli;

namespace CorsKit.Cli.Tests.Export;

/// <summary>corskit export reads and checks the configuration as CorsKit.Server does; the engines' own runs are in CorsKit.Edge.Tests.</summary>
public class ExportCommandTests
{
    private static Task<CliResult> ExportAsync(IReadOnlyDictionary<string, string> variables, params string[] args) =>
        Corskit.RunInAsync(Directory.CreateTempSubdirectory("corskit-export-").FullName, variables, ["export", .. args]);

    [Fact]
    public async Task An_invalid_policy_is_refused_with_the_servers_message_and_nothing_is_written()
    {
        var result = await ExportAsync(new Dictionary<string, string> { ["CORS_ORIGINS"] = "*" }, "nginx");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Contains("CORS_ORIGINS: \"*\": allows every origin, and CORS_CREDENTIALS is on", result.Error, StringComparison.Ordinal);
        Assert.Contains("corskit export wrote nothing", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_go_to_standard_error_and_the_export_is_written()
    {
        var result = await ExportAsync(new Dictionary<string, string> { ["CORS_ORIGINS"] = "http://app.example.com", ["CORS_ALLOW_INSECURE_ORIGINS"] = "true" }, "haproxy");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning: CORS_ORIGINS: \"http://app.example.com\"", result.Error, StringComparison.Ordinal);
        Assert.Contains("req.fhdr(origin) -m str http://app.example.com", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nginx")]
    [InlineData("caddy")]
    [InlineData("haproxy")]
    public async Task The_output_names_corskit_its_version_the_sources_the_policy_and_where_it_goes(string engine)
    {
        var result = await ExportAsync(new Dictionary<string, string> { ["CORS_ORIGINS"] = "https://app.example.com" }, engine);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.StartsWith("# CORS for ", lines[0], StringComparison.Ordinal);
        Assert.Contains("written by corskit ", lines[0], StringComparison.Ordinal);
        Assert.Equal("# From: variables CORS_ORIGINS", lines[1]);
        Assert.Contains("#   origins:           https://app.example.com", result.Out, StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("# Put these", StringComparison.Ordinal) || line.StartsWith("# Two parts", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nginx --listen 8080", "--listen and --upstream go together")]
    [InlineData("nginx --upstream http://127.0.0.1:3000", "--listen and --upstream go together")]
    [InlineData("nginx --listen 0 --upstream http://127.0.0.1:3000", "--listen 0 is not a port")]
    [InlineData("caddy --listen 8080 --upstream https://api.example.com", "--upstream https://api.example.com is not a plain http://host:port URL")]
    [InlineData("haproxy --listen 8080 --upstream not-a-url", "--upstream not-a-url is not a plain http://host:port URL")]
    [InlineData("caddy --part http", "--part is for nginx's include blocks only")]
    [InlineData("nginx missing.env", "the file 'missing.env' does not exist")]
    public async Task Bad_arguments_exit_with_2_and_say_why(string arguments, string message)
    {
        var result = await ExportAsync(new Dictionary<string, string>(), arguments.Split(' '));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task An_unknown_engine_is_a_usage_error()
    {
        var result = await ExportAsync(new Dictionary<string, string>(), "envoy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("envoy", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_writes_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("corskit-export-out-").FullName;
        var file = Path.Combine(folder, "corskit.cfg");
        var result = await Corskit.RunInAsync(folder, new Dictionary<string, string>(), "export", "haproxy", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("# CORS for HAProxy", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }
}
