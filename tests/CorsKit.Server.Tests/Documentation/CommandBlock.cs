using System.Text.RegularExpressions;

namespace CorsKit.Server.Tests.Documentation;

/// <summary>One documented shell command, with the lines the page shows as its output.</summary>
/// <param name="Text">The command as a shell reads it: continuation lines joined, its trailing comment kept.</param>
/// <param name="ShownOutput">The comment lines right after it (<c># ...</c>), which a page uses to show what it prints.</param>
public sealed record DocumentedCommand(string Text, IReadOnlyList<string> ShownOutput);

/// <summary>
/// A fenced shell block (<c>bash</c>, <c>sh</c>) of README.md or a page of docs/, where it is, and the reason it is not
/// run when the line before its fence says <c>&lt;!-- not run: why --&gt;</c>.
/// </summary>
public sealed partial record CommandBlock(string Page, int Line, IReadOnlyList<DocumentedCommand> Commands, string? NotRunBecause)
{
    public override string ToString() => $"{Page}:{Line}";

    /// <summary>Every shell block of the README and of docs/, in page order.</summary>
    public static IReadOnlyList<CommandBlock> InRepository(string root)
    {
        var pages = new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal).Select(path => Path.GetRelativePath(root, path)));
        return [.. pages.SelectMany(page => Parse(page, File.ReadAllText(Path.Combine(root, page))))];
    }

    public static IEnumerable<CommandBlock> Parse(string page, string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (ShellFence().Match(lines[i]) is not { Success: true })
            {
                continue;
            }

            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            var marker = start > 0 ? NotRunMarker().Match(lines[start - 1]) : Match.Empty;
            yield return new CommandBlock(page, start + 1, Split(body), marker.Success ? marker.Groups["why"].Value.Trim() : null);
        }
    }

    private static List<DocumentedCommand> Split(List<string> body)
    {
        var commands = new List<(string Text, List<string> Output)>();
        var pending = "";
        foreach (var line in body)
        {
            var trimmed = line.Trim();
            if (pending.Length == 0 && trimmed.StartsWith('#'))
            {
                // A comment line under a command is what the page says it prints.
                if (commands.Count > 0)
                {
                    commands[^1].Output.Add(trimmed.TrimStart('#').TrimStart());
                }

                continue;
            }

            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed.EndsWith('\\'))
            {
                pending += trimmed[..^1] + " ";
                continue;
            }

            commands.Add((pending + trimmed, []));
            pending = "";
        }

        return [.. commands.Select(command => new DocumentedCommand(command.Text, command.Output))];
    }

    [GeneratedRegex(@"^```(bash|sh|shell)\s*$")]
    private static partial Regex ShellFence();

    [GeneratedRegex(@"^<!--\s*not run:(?<why>.*?)-->\s*$")]
    private static partial Regex NotRunMarker();
}
