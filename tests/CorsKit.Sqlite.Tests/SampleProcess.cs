using System.Diagnostics;
using System.Text;
using CorsKit.TestSupport.Server;

namespace CorsKit.Sqlite.Tests;

/// <summary>The tenants sample as a real process on a free port, reading the database file the test gives it.</summary>
internal sealed class SampleProcess : IAsyncDisposable
{
    private const string ListeningPrefix = "Now listening on: ";
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SampleProcess(Process process) => _process = process;

    public HttpClient Client { get; private set; } = null!;

    public static async Task<SampleProcess> StartAsync(string databasePath)
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(ServerAssembly.RepositoryRoot, "samples", "CorsKit.Samples.Tenants", "bin", framework.Parent!.Name, framework.Name, "CorsKit.Samples.Tenants.dll");
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(databasePath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["TENANTS_DB"] = databasePath;
        info.Environment["TENANTS_POLL_SECONDS"] = "0.1";
        var sample = new SampleProcess(new Process { StartInfo = info });
        sample._process.OutputDataReceived += (_, line) => sample.OnLine(line.Data);
        sample._process.ErrorDataReceived += (_, line) => sample.OnLine(line.Data);
        sample._process.Start();
        sample._process.BeginOutputReadLine();
        sample._process.BeginErrorReadLine();

        if (await Task.WhenAny(sample._listening.Task, sample._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60))) != sample._listening.Task)
        {
            await sample.DisposeAsync();
            throw new InvalidOperationException($"The tenants sample did not start:\n{sample.Output}");
        }

        sample.Client = new HttpClient { BaseAddress = new Uri(await sample._listening.Task) };
        return sample;
    }

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    /// <summary>The <c>Access-Control-Allow-Origin</c> this instance answers for <paramref name="origin"/> on <paramref name="host"/>.</summary>
    public async Task<string?> AllowedOriginAsync(string host, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;
        request.Headers.TryAddWithoutValidation("Origin", origin);
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        var at = line.IndexOf(ListeningPrefix, StringComparison.Ordinal);
        if (at >= 0)
        {
            _listening.TrySetResult(line[(at + ListeningPrefix.Length)..].Trim());
        }
    }
}
