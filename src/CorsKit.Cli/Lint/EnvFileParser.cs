namespace CorsKit.Cli.Lint;

/// <summary>
/// Parses a <c>.env</c> file: <c>KEY=value</c> lines, <c># comments</c>, optional <c>export</c>, values in single or
/// double quotes. Later lines win, as with dotenv.
/// </summary>
internal static class EnvFileParser
{
    /// <summary>The variables, and a sentence for every line that is not <c>KEY=value</c>.</summary>
    public static (Dictionary<string, string> Variables, List<string> BadLines) Parse(IEnumerable<string> lines)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var badLines = new List<string>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                badLines.Add($"line {number}: '{raw}' is not KEY=value");
                continue;
            }

            variables[line[..equals].Trim()] = Unquote(line[(equals + 1)..].Trim());
        }

        return (variables, badLines);
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
        {
            return value[1..^1];
        }

        // An unquoted value ends at " #", as in dotenv.
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].TrimEnd() : value;
    }
}
