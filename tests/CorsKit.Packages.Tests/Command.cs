using System.Diagnostics;
using System.Text;

namespace CorsKit.Packages.Tests;

/// <summary>What a finished command printed and returned.</summary>
public sealed record CommandResult(int ExitCode, string Output)
{
    public CommandResult ShouldSucceed(string what)
    {
        Assert.True(ExitCode == 0, $"{what} exited with {ExitCode}:\n{Output}");
        return this;
    }
}

/// <summary>Runs programs as a user would in a terminal, with the output kept for the failure message.</summary>
public static class Command
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public static async Task<CommandResult> RunAsync(string directory, string file, params string[] arguments)
    {
        using var process = Process.Start(Info(directory, file, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(Timeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            return new CommandResult(-1, $"$ {file} {string.Join(' ', arguments)}\ntimed out after {Timeout}\n{await output}\n{await errors}");
        }

        return new CommandResult(process.ExitCode, $"$ {file} {string.Join(' ', arguments)}\n{await output}\n{await errors}");
    }

    /// <summary>A server's process, read line by line, until it says where it listens.</summary>
    public static async Task<RunningApp> StartAsync(string directory, string file, params string[] arguments)
    {
        var process = Process.Start(Info(directory, file, arguments))!;
        var app = new RunningApp(process);
        await app.ListeningAsync(Timeout);
        return app;
    }

    private static ProcessStartInfo Info(string directory, string file, string[] arguments)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["NO_COLOR"] = "1";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment.Remove("ASPNETCORE_URLS");
        return info;
    }
}

/// <summary>An application started by <see cref="Command.StartAsync"/>; stopped when disposed.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public RunningApp(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, line) => Read(line.Data);
        process.ErrorDataReceived += (_, line) => Read(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Url { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task ListeningAsync(TimeSpan timeout)
    {
        var done = await Task.WhenAny(_listening.Task, _process.WaitForExitAsync(), Task.Delay(timeout));
        Assert.True(done == _listening.Task, $"the application never listened:\n{Output}");
        Url = await _listening.Task;
        Client = new HttpClient { BaseAddress = Url };
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        // ASP.NET Core's "Now listening on: http://...", or CorsKit.Server's "listening on http://...".
        var at = line.IndexOf("listening on", StringComparison.Ordinal);
        var http = at < 0 ? -1 : line.IndexOf("http://", at, StringComparison.Ordinal);
        if (http >= 0)
        {
            var url = line[http..].Split([' ', ','], 2)[0];
            _listening.TrySetResult(new Uri(url.TrimEnd('/') + "/"));
        }
    }
}
