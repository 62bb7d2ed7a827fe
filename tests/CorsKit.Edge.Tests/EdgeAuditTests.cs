using CorsKit.TestSupport.Cli;
using CorsKit.TestSupport.Edge;

namespace CorsKit.Edge.Tests;

/// <summary>
/// corskit audit sends every scanner class's probe origins; against each exported configuration it must find nothing,
/// as against CorsKit.Server. The include blocks, placed in a minimal configuration of each engine, pass its own check.
/// </summary>
[Collection(UsesEdgeFleet.Name)]
public sealed class EdgeAuditTests(EdgeFleet fleet)
{
    [Theory]
    [MemberData(nameof(EdgeShapes.EnginesAndShapes), MemberType = typeof(EdgeShapes))]
    public async Task Audit_finds_nothing_at_the_edge(string engine, string shape)
    {
        var proxy = await fleet.ProxyAsync(engine, shape);
        var trusted = shape == "subdomains on any port" ? "https://app.example.com:8443" : EdgeShapes.App;
        var result = await Corskit.RunAsync("audit", new Uri(proxy.BaseAddress, "/api/items").ToString(), "--origin", trusted);

        Assert.True(result.ExitCode == 0, $"{engine}, {shape}: corskit audit found something.\n{result.Out}{result.Error}");
        Assert.Contains("No CORS misconfiguration found.", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EdgeShapes.EnginesAndShapes), MemberType = typeof(EdgeShapes))]
    public async Task The_include_block_passes_the_engines_own_check_inside_a_minimal_configuration(string engine, string shape)
    {
        var folder = Directory.CreateTempSubdirectory("corskit-include-");
        try
        {
            string configuration;
            if (engine == "nginx")
            {
                var maps = await ExportAsync(folder.FullName, shape, engine, "--part", "http");
                var server = await ExportAsync(folder.FullName, shape, engine, "--part", "server");
                configuration = $"events {{}}\nhttp {{\n{maps}\nserver {{\nlisten 127.0.0.1:1;\n{server}\nlocation / {{ proxy_pass http://127.0.0.1:2; }}\n}}\n}}\n";
            }
            else if (engine == "caddy")
            {
                configuration = $"{{\n\tadmin off\n\tauto_https off\n}}\n{await ExportAsync(folder.FullName, shape, engine)}\nhttp://:1 {{\n\timport corskit\n\treverse_proxy 127.0.0.1:2\n\thandle_errors {{\n\t\timport corskit_errors\n\t}}\n}}\n";
            }
            else
            {
                configuration = $"defaults\n    mode http\n    timeout connect 5s\n    timeout client 5s\n    timeout server 5s\nfrontend api\n    bind 127.0.0.1:1\n{await ExportAsync(folder.FullName, shape, engine)}\n    default_backend api\nbackend api\n    server one 127.0.0.1:2\n";
            }

            var (exitCode, output) = await EdgeProxy.CheckAsync(engine, configuration);
            Assert.True(exitCode == 0, $"{engine} refused the include block for \"{shape}\":\n{output}\n{configuration}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> ExportAsync(string folder, string shape, string engine, params string[] options)
    {
        var result = await Corskit.RunInAsync(folder, EdgeShapes.All[shape], ["export", engine, .. options]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Out;
    }
}
