using CorsKit.TestSupport.Cli;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

/// <summary>
/// `corskit lint` in a folder gives the verdict CorsKit.Server started in that folder gives: each case is linted, then
/// the real server process is started with the same files and variables, and the two must agree on whether it starts
/// and on every error and warning, word for word.
/// </summary>
public class LintAgreementTests
{
    private const string Readme = """
        { "Cors": { "Origins": ["https://app.example.com"], "Credentials": true,
                    "Policies": { "admin": { "Origins": ["https://admin.example.com"], "Methods": ["DELETE"] } } } }
        """;

    // The variables ServerProcess gives every server, so that lint sees what the server sees.
    private static readonly Dictionary<string, string> ProcessVariables = new()
    {
        ["PORT"] = "0",
        ["HOST"] = "127.0.0.1",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };

    public sealed record FileSet(string Name, Dictionary<string, string> Files, Dictionary<string, string> Variables, bool Starts)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<FileSet> Cases => new()
    {
        new("appsettings: * with the server's credentials", new() { ["appsettings.json"] = """{"Cors":{"Origins":"*"}}""" }, [], false),
        new("appsettings: plain http with credentials", new() { ["appsettings.json"] = """{"Cors":{"Origins":"http://app.example.com"}}""" }, [], false),
        new("appsettings: exposed * with credentials", new() { ["appsettings.json"] = """{"Cors":{"Origins":"https://app.example.com","ExposeHeaders":"*"}}""" }, [], false),
        new("appsettings: valid", new() { ["appsettings.json"] = """{"Cors":{"Origins":["https://app.example.com"],"MaxAge":600}}""" }, [], true),
        new("appsettings: the README's named policies", new() { ["appsettings.json"] = Readme }, [], false),
        new("appsettings: unknown key", new() { ["appsettings.json"] = """{"Cors":{"Orgins":["https://app.example.com"]}}""" }, [], false),
        new(".env: valid", new() { [".env"] = "CORS_ORIGINS=https://app.example.com\nCORS_MAX_AGE=600\n" }, [], true),
        new(".env: unreadable values", new() { [".env"] = "CORS_CREDENTIALS=yes\nCORS_ORIGINS=https://app.example.com/\n" }, [], false),
        new(".env: warnings and a misspelt variable", new() { [".env"] = "CORS_METHODS=GET,DELETE\nCORS_METHOD=PUT\nCSRF_PROTECT=off\n" }, [], true),
        new(".env over an invalid appsettings value", new() { ["appsettings.json"] = """{"Cors":{"Origins":"*"}}""", [".env"] = "CORS_ORIGINS=https://app.example.com\n" }, [], true),
        new(".env turning credentials on over *", new() { ["appsettings.json"] = """{"Cors":{"Origins":"*","Credentials":false}}""", [".env"] = "CORS_CREDENTIALS=true\n" }, [], false),
        new("appsettings over the .env it does not override", new() { ["appsettings.json"] = """{"Cors":{"Methods":"PUT"}}""", [".env"] = "BASE_URL=https://app.example.com\n" }, [], true),
        new("variables over .env", new() { [".env"] = "CORS_ORIGINS=*\nPORT=eighty\n" }, new() { ["CORS_ORIGINS"] = "https://app.example.com" }, true),
        new("a Cors__ variable replaces a JSON list", new() { ["appsettings.json"] = """{"Cors":{"Origins":["https://a.example.com","*"]}}""" }, new() { ["Cors__Origins"] = "https://b.example.com" }, true),
        new("the environment's own appsettings file", new() { ["appsettings.json"] = """{"Cors":{"Origins":"https://app.example.com"}}""", ["appsettings.Production.json"] = """{"Cors":{"Origins":"null"}}""" }, [], false),
        new("CORS_EXPLAIN where DOTNET_ENVIRONMENT says Production over ASPNETCORE_ENVIRONMENT", [], new() { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["CORS_EXPLAIN"] = "on" }, false),
        new("CORS_EXPLAIN in Development", [], new() { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_ENVIRONMENT"] = "Development", ["CORS_EXPLAIN"] = "on" }, true),
        new("broken JSON", new() { ["appsettings.json"] = """{ "Cors": { """ }, [], false),
        new("broken .env", new() { [".env"] = "PORT=4000\nnot an assignment\n" }, [], false),
        new("broken JSON and .env: the JSON is told", new() { ["appsettings.json"] = "{", [".env"] = "nope\n" }, [], false),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Lint_and_the_server_agree(FileSet @case)
    {
        var directory = Directory.CreateTempSubdirectory("corskit-agree-").FullName;
        foreach (var (name, content) in @case.Files)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name), content);
        }

        var variables = new Dictionary<string, string>(ProcessVariables);
        foreach (var (name, value) in @case.Variables)
        {
            variables[name] = value;
        }

        var lint = await Corskit.RunInAsync(directory, variables, "lint");
        var lintErrors = Lines(lint.Out, "  error   ");
        var lintWarnings = Lines(lint.Out, "  warning ");

        if (@case.Starts)
        {
            await using var server = await ServerProcess.StartAsync(@case.Variables, directory);

            // The startup block arrives line by line after "listening on": its last setting line, then its warnings.
            Assert.True(await server.PrintsAsync("  writes:"), "the startup block never ended");
            foreach (var warning in lintWarnings)
            {
                await server.PrintsAsync("warning: " + warning);
            }

            await Task.Delay(200);
            Assert.Equal(0, lint.ExitCode);
            Assert.Empty(lintErrors);
            Assert.Equal(Lines(server.Output, "warning: "), lintWarnings);
        }
        else
        {
            var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(@case.Variables, directory);
            Assert.Equal(1, exitCode);
            Assert.Equal(1, lint.ExitCode);
            Assert.Equal(Lines(errors, "  - "), lintErrors);
            Assert.NotEmpty(lintErrors);
        }
    }

    private static List<string> Lines(string text, string prefix) =>
        [.. text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.StartsWith(prefix, StringComparison.Ordinal)).Select(line => line[prefix.Length..])];
}
