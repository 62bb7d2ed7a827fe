using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CorsKit.TestSupport.Cli;

namespace CorsKit.TestSupport.Edge;

/// <summary>
/// A real nginx, Caddy or HAProxy, running the configuration <c>corskit export</c> wrote for it, from a scratch folder,
/// in front of an upstream. Missing engines fail with the command that installs them: the edge tests never skip.
/// </summary>
public sealed class EdgeProxy : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private EdgeProxy(string engine, Process process, DirectoryInfo folder, int port, string configuration)
    {
        Engine = engine;
        _process = process;
        Folder = folder;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        Configuration = configuration;
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>nginx, caddy or haproxy.</summary>
    public string Engine { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    /// <summary>The exported configuration the engine runs.</summary>
    public string Configuration { get; }

    public DirectoryInfo Folder { get; }

    /// <summary>What the engine printed.</summary>
    public string Log { get { lock (_log) { return _log.ToString(); } } }

    /// <summary>The engines, as <c>corskit export</c> names them.</summary>
    public static IReadOnlyList<string> Engines { get; } = ["nginx", "caddy", "haproxy"];

    /// <summary>
    /// Exports the policy of <paramref name="variables"/> (the server's variables) for <paramref name="engine"/> in
    /// front of <paramref name="upstream"/>, checks it with the engine's own validator, and starts the engine.
    /// </summary>
    public static async Task<EdgeProxy> StartAsync(string engine, IReadOnlyDictionary<string, string> variables, Uri upstream)
    {
        var executable = Find(engine);
        var folder = Directory.CreateTempSubdirectory($"corskit-{engine}-");
        var port = FreePort();
        var file = Path.Combine(folder.FullName, engine switch { "nginx" => "nginx.conf", "caddy" => "Caddyfile", _ => "haproxy.cfg" });
        var export = await Corskit.RunInAsync(folder.FullName, variables, "export", engine, "--listen", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--upstream", upstream.GetLeftPart(UriPartial.Authority), "--out", file);
        if (export.ExitCode != 0)
        {
            throw new InvalidOperationException($"corskit export {engine} exited with {export.ExitCode}:\n{export.Error}");
        }

        var configuration = await File.ReadAllTextAsync(file);
        var check = await RunAsync(executable, CheckArguments(engine, folder.FullName, file), folder.FullName);
        if (check.ExitCode != 0)
        {
            throw new InvalidOperationException($"{engine} refused the exported configuration ({check.ExitCode}):\n{check.Output}\n{configuration}");
        }

        var process = Start(executable, RunArguments(engine, folder.FullName, file), folder.FullName);
        var proxy = new EdgeProxy(engine, process, folder, port, configuration);
        process.OutputDataReceived += (_, line) => proxy.Append(line.Data);
        process.ErrorDataReceived += (_, line) => proxy.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await proxy.WaitUntilListeningAsync();
        return proxy;
    }

    /// <summary>The engine's own check of <paramref name="configuration"/>: exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> CheckAsync(string engine, string configuration)
    {
        var folder = Directory.CreateTempSubdirectory($"corskit-{engine}-check-");
        try
        {
            var file = Path.Combine(folder.FullName, engine == "caddy" ? "Caddyfile" : "edge.conf");
            await File.WriteAllTextAsync(file, configuration);
            return await RunAsync(Find(engine), CheckArguments(engine, folder.FullName, file), folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // nginx's workers may still be closing a temp file; the folder is scratch.
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Engine} exited with {_process.ExitCode}:\n{Log}\n{Configuration}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, BaseAddress.Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"{Engine} did not listen on {BaseAddress} in {StartTimeout.TotalSeconds} s:\n{Log}");
    }

    private static string Find(string engine)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Concat(["/usr/sbin", "/usr/bin"]))
        {
            var candidate = Path.Combine(folder, engine);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"{engine} is not installed, and the edge tests need the real engine: run sudo apt-get install -y {engine} (./test.sh installs it as root).");
    }

    private static string[] CheckArguments(string engine, string folder, string file) => engine switch
    {
        "nginx" => ["-t", "-q", "-p", folder, "-c", file, "-e", "stderr"],
        "caddy" => ["validate", "--config", file, "--adapter", "caddyfile"],
        _ => ["-c", "-f", file],
    };

    private static string[] RunArguments(string engine, string folder, string file) => engine switch
    {
        "nginx" => ["-p", folder, "-c", file, "-e", "stderr", "-g", "daemon off;"],
        "caddy" => ["run", "--config", file, "--adapter", "caddyfile"],
        _ => ["-f", file, "-db"],
    };

    private static Process Start(string executable, string[] arguments, string folder)
    {
        var info = new ProcessStartInfo(executable) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Caddy keeps its state under the user's folders; a scratch run keeps it in the scratch folder.
        info.Environment["XDG_CONFIG_HOME"] = folder;
        info.Environment["XDG_DATA_HOME"] = folder;
        return Process.Start(info) ?? throw new InvalidOperationException($"{executable} did not start.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string executable, string[] arguments, string folder)
    {
        using var process = Start(executable, arguments, folder);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
