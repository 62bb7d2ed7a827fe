using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CorsKit.TestSupport.Server;

/// <summary>
/// CorsKit.Server as a real process: `dotnet CorsKit.Server.dll` in a working directory of the test's own, with the
/// environment the test gives, on a free port chosen by the server (PORT=0) and read from its startup block.
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _errors = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServerProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The server's base address, such as http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public string Errors { get { lock (_errors) { return _errors.ToString(); } } }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    // The startup block's last policy line: the block is one write, but its lines arrive one by one.
    private const string LastPolicyLine = "  writes:";

    /// <summary>Starts the server and waits until it prints where it listens and the policy in force.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var server = Launch(environment, workingDirectory);
        var finished = await Task.WhenAny(server._listening.Task, server._process.WaitForExitAsync(), Task.Delay(StartTimeout));
        if (finished != server._listening.Task)
        {
            var state = server._process.HasExited ? $"exited with code {server._process.ExitCode}" : "did not start in time";
            await server.DisposeAsync();
            throw new InvalidOperationException($"CorsKit.Server {state}.\nstdout:\n{server.Output}\nstderr:\n{server.Errors}");
        }

        server.BaseAddress = new Uri(await server._listening.Task);
        server.Client = new HttpClient { BaseAddress = server.BaseAddress };
        await server.PrintsAsync(LastPolicyLine);
        return server;
    }

    /// <summary>Runs the server expecting it to refuse to start; returns its exit code and standard error.</summary>
    public static async Task<(int ExitCode, string Errors, string Output)> RunToExitAsync(IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        await using var server = Launch(environment, workingDirectory);
        var exited = server._process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(StartTimeout)) != exited)
        {
            throw new InvalidOperationException($"CorsKit.Server kept running although it should have refused its configuration.\nstdout:\n{server.Output}");
        }

        server._process.WaitForExit(); // drains the output readers
        return (server._process.ExitCode, server.Errors, server.Output);
    }

    /// <summary>Waits until the server has printed <paramref name="text"/> (its output arrives line by line, after the fact).</summary>
    public async Task<bool> PrintsAsync(string text)
    {
        for (var attempt = 0; attempt < 200 && !HasExited; attempt++)
        {
            if (Output.Contains(text, StringComparison.Ordinal) || Errors.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(50);
        }

        return Output.Contains(text, StringComparison.Ordinal) || Errors.Contains(text, StringComparison.Ordinal);
    }

    /// <summary>Sends SIGTERM, as a container runtime or systemd would, and waits for the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(StartTimeout);
        return _process.ExitCode;
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

    private static ServerProcess Launch(IReadOnlyDictionary<string, string>? environment, string? workingDirectory)
    {
        var info = new ProcessStartInfo("dotnet", [ServerAssembly.Path])
        {
            WorkingDirectory = workingDirectory ?? Directory.CreateTempSubdirectory("corskit-server-").FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // A clean slate: nothing from the developer's or CI's shell may change what the test asserts.
        foreach (var name in ServerVariableNames)
        {
            info.Environment.Remove(name);
        }

        info.Environment["PORT"] = "0";
        info.Environment["HOST"] = "127.0.0.1";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var server = new ServerProcess(process);
        process.OutputDataReceived += (_, line) => server.OnOutput(line.Data);
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (server._errors)
                {
                    server._errors.AppendLine(line.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    private void OnOutput(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(match.Groups["url"].Value);
        }
    }

    private static readonly string[] ServerVariableNames =
        [.. CorsKit.Configuration.Environment.CorsEnvironmentVariables.All, "ASPNETCORE_URLS", "URLS"];

    [GeneratedRegex(@"listening on (?<url>http://[^\s,]+)")]
    private static partial Regex ListeningLine();
}
