using CorsKit.AspNetCore.Diagnostics;
using CorsKit.Policy;
using CorsKit.TestSupport.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Tests.Configuration;

/// <summary>
/// `corskit lint --for middleware` in an application's folder gives the verdict of the application itself: a real
/// WebApplication with AddCorsKit(Configuration.GetSection("Cors")) and UseCorsKit, started on Kestrel from the same
/// folder, must agree on whether it starts and on every error and warning.
/// </summary>
public class MiddlewareLintAgreementTests
{
    public sealed record AppFolder(string Name, Dictionary<string, string> Files, Dictionary<string, string> Variables, bool Starts)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<AppFolder> Folders => new()
    {
        new("one valid policy", new() { ["appsettings.json"] = """{"Cors":{"Origins":["https://app.example.com"]}}""" }, [], true),
        new("* without credentials, the middleware's default", new() { ["appsettings.json"] = """{"Cors":{"Origins":"*"}}""" }, [], true),
        new("* with credentials", new() { ["appsettings.json"] = """{"Cors":{"Origins":"*","Credentials":true}}""" }, [], false),
        new("the README's named policies", new() { ["appsettings.json"] = """
            { "Cors": { "Origins": ["https://app.example.com"], "Credentials": true,
                        "Policies": { "admin": { "Origins": ["https://admin.example.com"], "Methods": ["DELETE"] } } } }
            """ }, [], true),
        new("a named policy with an error", new() { ["appsettings.json"] = """
            { "Cors": { "Policies": { "admin": { "Origins": ["http://admin.example.com"], "Credentials": "true" } } } }
            """ }, [], false),
        new("unknown keys and unreadable values", new() { ["appsettings.json"] = """{"Cors":{"Orgins":"https://a.example.com","MaxAge":"ten"}}""" }, [], false),
        new("warnings", new() { ["appsettings.json"] = """{"Cors":{"Origins":"https://app.example.com","Methods":"GET,PUT","ExposeHeaders":"Content-Type"}}""" }, [], true),
        new("the environment's own file", new() { ["appsettings.json"] = """{"Cors":{"Origins":"https://app.example.com"}}""", ["appsettings.Production.json"] = """{"Cors":{"Origins":"null"}}""" }, [], false),
        new("a variable replacing a JSON list", new() { ["appsettings.json"] = """{"Cors":{"Origins":["https://a.example.com","*"],"Credentials":true}}""" }, new() { ["Cors__Origins"] = "https://b.example.com" }, true),
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public async Task Lint_and_the_application_agree(AppFolder folder)
    {
        var directory = Directory.CreateTempSubdirectory("corskit-app-").FullName;
        foreach (var (name, content) in folder.Files)
        {
            await File.WriteAllTextAsync(Path.Combine(directory, name), content);
        }

        var lint = await Corskit.RunInAsync(directory, new Dictionary<string, string>(folder.Variables) { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, "lint", "--for", "middleware");
        var lintErrors = Lines(lint.Out, "  error   ");
        var lintWarnings = Lines(lint.Out, "  warning ");

        if (folder.Starts)
        {
            await using var app = await StartAsync(directory, folder.Variables);
            var warnings = app.Services.GetFakeLogCollector().GetSnapshot()
                .Where(record => record.Id.Id == CorsKitEventIds.PolicyWarning)
                .Select(record => record.Message["CORS configuration warning: ".Length..])
                .ToList();
            Assert.Equal(0, lint.ExitCode);
            Assert.Empty(lintErrors);
            Assert.Equal(warnings, lintWarnings);
            await app.StopAsync();
        }
        else
        {
            var refusal = await Assert.ThrowsAsync<CorsConfigurationException>(() => StartAsync(directory, folder.Variables));
            Assert.Equal(1, lint.ExitCode);
            Assert.Equal(refusal.Problems.Select(problem => problem.ToString()), lintErrors);
        }
    }

    // The application as its Program.cs would be, run from its folder.
    private static async Task<WebApplication> StartAsync(string directory, Dictionary<string, string> variables)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = directory, EnvironmentName = "Production" });

        // The case's variables, last as the environment's are, with their names read the same way.
        builder.Configuration.AddInMemoryCollection(variables.Select(variable => KeyValuePair.Create(variable.Key.Replace("__", ":", StringComparison.Ordinal), (string?)variable.Value)));
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddFakeLogging();
        builder.Services.AddCorsKit(builder.Configuration.GetSection("Cors"));
        var app = builder.Build();
        try
        {
            app.UseCorsKit();
            app.MapGet("/", () => "hello");
            await app.StartAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static List<string> Lines(string text, string prefix) =>
        [.. text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.StartsWith(prefix, StringComparison.Ordinal)).Select(line => line[prefix.Length..])];
}
