using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CorsKit.Packages.Tests;

/// <summary>
/// The packages, not the projects: what a release packs from a tagged clone is installed and run as a stranger would,
/// from the local feed, with no project reference. The clone is of HEAD, so uncommitted changes are not in it.
/// </summary>
public sealed partial class PackageTests(TaggedClone clone) : IClassFixture<TaggedClone>
{
    private const string App = "https://app.example.com";

    [Theory]
    [InlineData("CorsKit", "lib/net10.0/CorsKit.dll")]
    [InlineData("CorsKit.Configuration", "lib/net10.0/CorsKit.Configuration.dll")]
    [InlineData("CorsKit.BrowserSimulation", "lib/net10.0/CorsKit.BrowserSimulation.dll")]
    [InlineData("CorsKit.AspNetCore", "lib/net10.0/CorsKit.AspNetCore.dll")]
    [InlineData("CorsKit.Sqlite", "lib/net10.0/CorsKit.Sqlite.dll")]
    [InlineData("CorsKit.Cli", "tools/net10.0/any/CorsKit.Cli.dll")]
    public void Each_package_has_the_tags_version_its_readme_the_licence_docs_symbols_and_the_repository(string id, string assembly)
    {
        var package = Path.Combine(clone.Feed, $"{id}.{TaggedClone.Version}.nupkg");
        Assert.True(File.Exists(package), $"{package} was not packed; the feed holds {string.Join(", ", Directory.GetFiles(clone.Feed).Select(Path.GetFileName))}");
        Assert.True(File.Exists(Path.ChangeExtension(package, ".snupkg")), $"{id} has no symbol package");

        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(entry => entry.FullName).ToHashSet();
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Contains(assembly, entries);
        Assert.Contains(Path.ChangeExtension(assembly, ".xml"), entries);

        using var readme = new StreamReader(zip.GetEntry("README.md")!.Open());
        var text = readme.ReadToEnd();
        Assert.StartsWith("# ", text, StringComparison.Ordinal);
        // The shared browser model is installed through its users, and its readme says so.
        var install = id switch
        {
            "CorsKit.Cli" => "dotnet tool install",
            "CorsKit.BrowserSimulation" => "dotnet add package CorsKit.AspNetCore",
            _ => $"dotnet add package {id}",
        };
        Assert.Contains(install, text, StringComparison.Ordinal);

        using var nuspec = zip.GetEntry($"{id}.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Field(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;
        Assert.Equal(TaggedClone.Version, Field("version"));
        Assert.Equal("MIT", Field("license"));
        Assert.Equal("README.md", Field("readme"));
        var repository = metadata.Elements().Single(element => element.Name.LocalName == "repository");
        Assert.Equal("https://github.com/corskit/corskit", repository.Attribute("url")?.Value);
        Assert.Matches("^[0-9a-f]{40}$", repository.Attribute("commit")?.Value ?? "");
    }

    [Theory]
    [InlineData("CorsKit")]
    [InlineData("CorsKit.AspNetCore")]
    public void The_symbols_link_each_source_file_to_the_tagged_commit_on_github(string id)
    {
        using var symbols = ZipFile.OpenRead(Path.Combine(clone.Feed, $"{id}.{TaggedClone.Version}.snupkg"));
        using var pdb = new MemoryStream();
        using (var entry = symbols.GetEntry($"lib/net10.0/{id}.pdb")!.Open())
        {
            entry.CopyTo(pdb);
        }

        var text = System.Text.Encoding.UTF8.GetString(pdb.ToArray());
        Assert.Matches("https://raw.githubusercontent.com/corskit/corskit/[0-9a-f]{40}/\\*", text);
    }

    [Fact]
    public void Nothing_else_is_packed()
    {
        var packed = Directory.GetFiles(clone.Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(TaggedClone.Packages.Select(id => $"{id}.{TaggedClone.Version}.nupkg").Order(StringComparer.Ordinal), packed);
    }

    [Fact]
    public async Task A_clone_under_a_src_folder_builds_what_does_not_ship_too()
    {
        // Shipping was once decided by "/src/" anywhere in the path: here the benchmarks failed with CS1591.
        Assert.Contains("/src/", clone.Root, StringComparison.Ordinal);
        (await Command.RunAsync(clone.Root, "dotnet", "build", "bench/CorsKit.Benchmarks", "-c", "Release")).ShouldSucceed("building the benchmarks");
    }

    [Fact]
    public async Task The_tool_installs_from_the_feed_and_runs()
    {
        var tools = clone.Scratch("tools");
        (await Command.RunAsync(tools, "dotnet", "tool", "install", "CorsKit.Cli", "--tool-path", tools, "--add-source", clone.Feed, "--version", TaggedClone.Version))
            .ShouldSucceed("dotnet tool install");
        var corskit = Path.Combine(tools, "corskit");

        var version = (await Command.RunAsync(tools, corskit, "--version")).ShouldSucceed("corskit --version");
        Assert.Equal(TaggedClone.Version, version.Output.Split('\n')[1].Trim());

        var empty = clone.Scratch("empty");
        var lint = (await Command.RunAsync(empty, corskit, "lint")).ShouldSucceed("corskit lint");
        Assert.Contains("valid: CorsKit.Server would start", lint.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_command_line_publishes_as_one_file_that_runs_without_the_sdk()
    {
        var output = clone.Scratch("cli-single-file");
        (await Command.RunAsync(clone.Root, "dotnet", "publish", "src/CorsKit.Cli", "-c", "Release", "-r", "linux-x64", "--self-contained", "-p:PublishSingleFile=true", "-o", output))
            .ShouldSucceed("publishing the command line");
        var files = Directory.GetFiles(output).Select(Path.GetFileName).Where(name => !name!.EndsWith(".pdb", StringComparison.Ordinal) && !name.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Equal(["CorsKit.Cli"], files);

        var version = (await Command.RunAsync(output, Path.Combine(output, "CorsKit.Cli"), "--version")).ShouldSucceed("the published CorsKit.Cli --version");
        Assert.Equal(TaggedClone.Version, version.Output.Split('\n')[1].Trim());
    }

    [Fact]
    public async Task The_readme_quick_start_runs_in_a_new_web_app()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(clone.Root, "README.md"));
        var program = QuickStart().Match(readme);
        Assert.True(program.Success, "the README has no Quick start with a Program.cs");

        var app = Path.Combine(clone.Scratch("quickstart"), "MyApi");
        (await Command.RunAsync(Path.GetDirectoryName(app)!, "dotnet", "new", "web", "-o", app)).ShouldSucceed("dotnet new web");
        File.Copy(Path.Combine(clone.Root, "samples", "from-packages", "nuget.config"), Path.Combine(app, "nuget.config"));
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), (await File.ReadAllTextAsync(Path.Combine(app, "nuget.config"))).Replace("../../artifacts/packages", clone.Feed, StringComparison.Ordinal));
        (await Command.RunAsync(app, "dotnet", "add", "package", "CorsKit.AspNetCore")).ShouldSucceed("the README's dotnet add package");
        await File.WriteAllTextAsync(Path.Combine(app, "Program.cs"), program.Groups["code"].Value);
        (await Command.RunAsync(app, "dotnet", "build", "-c", "Release")).ShouldSucceed("building the quick start");

        await using var running = await Command.StartAsync(app, "dotnet", "bin/Release/net10.0/MyApi.dll", "--urls", "http://127.0.0.1:0");
        using var preflight = await running.Client.SendAsync(Preflight("/", "http://localhost:5173", "DELETE", "authorization"));
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal("http://localhost:5173", Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(preflight, "Access-Control-Allow-Credentials"));

        using var foreign = await running.Client.SendAsync(Actual("/", "https://evil.example.net"));
        Assert.Equal("Hello World!", await foreign.Content.ReadAsStringAsync());
        Assert.Null(Header(foreign, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("MinimalApi")]
    [InlineData("Controllers")]
    [InlineData("HotReload")]
    public async Task Each_sample_builds_on_the_packages_and_decides_as_its_code_says(string sample)
    {
        var folder = Path.Combine(clone.Root, "samples", "from-packages", sample);
        var build = (await Command.RunAsync(folder, "dotnet", "build", "-c", "Release")).ShouldSucceed($"building {sample}");
        Assert.DoesNotContain("ProjectReference", await File.ReadAllTextAsync(Path.Combine(folder, sample + ".csproj")), StringComparison.Ordinal);
        Assert.Contains($"\"CorsKit.AspNetCore/{TaggedClone.Version}\"", await File.ReadAllTextAsync(Path.Combine(folder, "obj", "project.assets.json")), StringComparison.Ordinal);

        await using var app = await Command.StartAsync(folder, "dotnet", $"bin/Release/net10.0/{sample}.dll", "--urls", "http://127.0.0.1:0");
        switch (sample)
        {
            case "MinimalApi":
                await AssertPreflightAsync(app, "/api/items/one", App, "DELETE", allowed: true);
                await AssertPreflightAsync(app, "/api/items/one", "https://evil.example.net", "DELETE", allowed: false);
                await AssertActualAsync(app, "/api/items", App, App);
                break;
            case "Controllers":
                await AssertPreflightAsync(app, "/api/admin/users/7", "https://admin.example.com", "DELETE", allowed: true);
                await AssertPreflightAsync(app, "/api/admin/users/7", App, "DELETE", allowed: false);
                await AssertPreflightAsync(app, "/api/orders/1", App, "DELETE", allowed: true);
                await AssertActualAsync(app, "/api/catalog", "https://anyone.example.net", "*");
                await AssertActualAsync(app, "/api/health", App, null);
                break;
            case "HotReload":
                await AssertActualAsync(app, "/api/items", App, App);
                await AssertActualAsync(app, "/api/items", "https://new.example.com", null);
                var settings = Path.Combine(folder, "appsettings.json");
                await File.WriteAllTextAsync(settings, (await File.ReadAllTextAsync(settings)).Replace("\"https://app.example.com\"", "\"https://app.example.com\", \"https://new.example.com\"", StringComparison.Ordinal));
                await EventuallyAllowsAsync(app, "/api/items", "https://new.example.com");
                break;
        }
    }

    private static async Task AssertPreflightAsync(RunningApp app, string path, string origin, string method, bool allowed)
    {
        using var response = await app.Client.SendAsync(Preflight(path, origin, method, null));
        Assert.True(allowed == (Header(response, "Access-Control-Allow-Origin") == origin), $"preflight {method} {path} from {origin}: {(int)response.StatusCode}, allowed expected {allowed}");
        Assert.Equal(allowed ? HttpStatusCode.NoContent : HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task AssertActualAsync(RunningApp app, string path, string origin, string? allowOrigin)
    {
        using var response = await app.Client.SendAsync(Actual(path, origin));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(allowOrigin, Header(response, "Access-Control-Allow-Origin"));
    }

    private static async Task EventuallyAllowsAsync(RunningApp app, string path, string origin)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            using var response = await app.Client.SendAsync(Actual(path, origin));
            if (Header(response, "Access-Control-Allow-Origin") == origin)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the edited appsettings.json never allowed {origin}:\n{app.Output}");
    }

    private static HttpRequestMessage Preflight(string path, string origin, string method, string? headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        if (headers is not null)
        {
            request.Headers.Add("Access-Control-Request-Headers", headers);
        }

        return request;
    }

    private static HttpRequestMessage Actual(string path, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    // The C# block of the README's Quick start section.
    [GeneratedRegex(@"## Quick start.*?```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStart();
}
