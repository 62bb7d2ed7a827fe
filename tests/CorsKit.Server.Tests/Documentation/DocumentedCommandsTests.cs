using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests.Documentation;

/// <summary>
/// Every shell command in README.md and docs/ runs as written, from the repository's root, with the placeholders a
/// reader would replace (<c>https://api.example.com</c>, <c>appsettings.json</c>, a port) pointed at a fixture server
/// and file. A command fails the test when it exits with an error; a server command passes once it listens, and shows
/// the lines its page says it prints. A block that cannot run here says why with <c>&lt;!-- not run: why --&gt;</c>.
/// </summary>
public sealed partial class DocumentedCommandsTests(DocumentedCommandsTests.Fixture fixture) : IClassFixture<DocumentedCommandsTests.Fixture>
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(4);

    // Commands that are not run, by their text: each runs something this test cannot run inside itself.
    private static readonly Dictionary<string, string> NotRunCommands = new(StringComparer.Ordinal)
    {
        ["./test.sh"] = "it is the suite this test belongs to",
    };

    public static string Root => ServerAssembly.RepositoryRoot;

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        foreach (var block in CommandBlock.InRepository(Root).Where(block => block.NotRunBecause is null))
        {
            for (var i = 0; i < block.Commands.Count; i++)
            {
                if (!NotRunCommands.ContainsKey(WithoutComment(block.Commands[i].Text)))
                {
                    data.Add($"{block} #{i + 1}");
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_block_is_run_or_says_why_not()
    {
        var blocks = CommandBlock.InRepository(Root);
        Assert.True(blocks.Count >= 10, $"found only {blocks.Count} shell blocks: is the parser still reading the pages?");
        Assert.All(blocks, block => Assert.True(block.NotRunBecause is null or { Length: > 10 }, $"{block}: a block that is not run says why"));
        Assert.All(blocks, block => Assert.NotEmpty(block.Commands));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Runs_as_documented(string id)
    {
        var (block, command) = Find(id);
        var text = fixture.Substitute(command.Text);
        if (IsServer(text))
        {
            await RunServerAsync(id, text, command.ShownOutput);
        }
        else
        {
            var (exitCode, output) = await RunAsync(text);
            Assert.True(exitCode == 0, $"{id} ({block.Page}) exited with {exitCode}:\n$ {text}\n{output}");
        }
    }

    private async Task RunServerAsync(string id, string text, IReadOnlyList<string> shownOutput)
    {
        using var process = Start(text);
        var output = new StringBuilder();
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (line.Data is { } text && text.IndexOf("listening on http://", StringComparison.Ordinal) is var at and >= 0)
            {
                listening.TrySetResult(text[(at + "listening on ".Length)..].Split([' ', ','], 2)[0]);
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var finished = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(CommandTimeout));
            Assert.True(finished == listening.Task, $"{id} never listened:\n$ {text}\n{Text(output)}");

            // A server that listens answers, whichever build of it the page runs (the published file included).
            using (var client = new HttpClient())
            using (var health = await client.GetAsync(new Uri(new Uri(await listening.Task), "/healthz")))
            {
                Assert.True(health.IsSuccessStatusCode, $"{id}: GET /healthz answered {(int)health.StatusCode}");
            }

            // The report arrives in one write; give its last lines a moment to reach the reader.
            await Task.Delay(500);
            var printed = Text(output).Split('\n').Select(line => line.Trim()).ToList();
            // The first line names the version and the port, which differ from the page's.
            foreach (var shown in shownOutput.Where(line => !(line.StartsWith("CorsKit.Server ", StringComparison.Ordinal) && line.Contains(" listening on ", StringComparison.Ordinal))))
            {
                Assert.True(printed.Contains(shown), $"{id}: the page shows \"{shown}\", which the server does not print:\n{Text(output)}");
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string text)
    {
        using var process = Start(text);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(CommandTimeout)) != exited)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {CommandTimeout}\n{await stdout}\n{await stderr}");
        }

        return (process.ExitCode, $"{await stdout}\n{await stderr}");
    }

    private static Process Start(string text)
    {
        var info = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", text])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // What a reader's shell would not have: the suite's own settings. Servers listen on a free port.
        foreach (var name in CorsKit.Configuration.Environment.CorsEnvironmentVariables.All)
        {
            info.Environment.Remove(name);
        }

        info.Environment["PORT"] = "0";
        info.Environment["HOST"] = "127.0.0.1";
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(info)!;
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static bool IsServer(string text) => ServerCommand().IsMatch(WithoutComment(text));

    private static string WithoutComment(string text) => CommentTail().Replace(text, "").Trim();

    private static (CommandBlock Block, DocumentedCommand Command) Find(string id)
    {
        var hash = id.LastIndexOf(" #", StringComparison.Ordinal);
        var block = CommandBlock.InRepository(Root).Single(block => block.ToString() == id[..hash]);
        return (block, block.Commands[int.Parse(id[(hash + 2)..], System.Globalization.CultureInfo.InvariantCulture) - 1]);
    }

    // The server, run from the project or as the published file.
    [GeneratedRegex(@"(--project src/CorsKit\.Server|/CorsKit\.Server)$")]
    private static partial Regex ServerCommand();

    // A comment after the command: white space, then # to the end of the line.
    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex CommentTail();

    /// <summary>The server and the file the commands' placeholders point at, and the substitutions themselves.</summary>
    public sealed partial class Fixture : IAsyncLifetime
    {
        private ServerProcess _server = null!;
        private readonly string _scratch = Directory.CreateTempSubdirectory("corskit-docs-").FullName;

        public async Task InitializeAsync()
        {
            _server = await ServerProcess.StartAsync(new Dictionary<string, string>
            {
                ["CORS_ORIGINS"] = "https://app.example.com,http://localhost:*,http://127.0.0.1:*",
            });
            await File.WriteAllTextAsync(Path.Combine(_scratch, "appsettings.json"), """{ "Cors": { "Origins": ["https://app.example.com"] } }""");
        }

        public async Task DisposeAsync()
        {
            await _server.DisposeAsync();
            Directory.Delete(_scratch, recursive: true);
        }

        /// <summary>
        /// <paramref name="command"/> with what a reader would put in place of the page's examples: a server that
        /// exists, a file that exists, a free port, a scratch folder for output, and fewer iterations of the
        /// measurement runs (the counts the pages give take minutes; the commands are the same).
        /// </summary>
        public string Substitute(string command)
        {
            var server = _server.BaseAddress.ToString().TrimEnd('/');
            var text = command
                .Replace("http://localhost:4000", server, StringComparison.Ordinal)
                .Replace("https://api.example.com", server, StringComparison.Ordinal)
                .Replace("PORT=8080", "PORT=0", StringComparison.Ordinal)
                .Replace("mutate 10000000", "mutate 20000", StringComparison.Ordinal)
                .Replace("CORSKIT_PROPERTY_ITERATIONS=1000000", "CORSKIT_PROPERTY_ITERATIONS=2000", StringComparison.Ordinal)
                .Replace("-o out/", $"-o {_scratch}/out/", StringComparison.Ordinal)
                .Replace("./out/", $"{_scratch}/out/", StringComparison.Ordinal);
            text = Upstream().Replace(text, "UPSTREAM=" + server);

            // The installed tool, as this checkout builds it (the package tests install the tool itself).
            text = InstalledTool().Replace(text, "dotnet run --project src/CorsKit.Cli -- ");
            return LintedFile().Replace(text, "lint " + Path.Combine(_scratch, "appsettings.json"));
        }

        [GeneratedRegex(@"UPSTREAM=http://localhost:\d+")]
        private static partial Regex Upstream();

        [GeneratedRegex(@"lint appsettings\.json")]
        private static partial Regex LintedFile();

        [GeneratedRegex(@"^corskit ")]
        private static partial Regex InstalledTool();
    }
}
