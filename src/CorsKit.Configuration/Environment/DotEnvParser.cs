namespace CorsKit.Configuration.Environment;

/// <summary>
/// The <c>.env</c> format as dotenv writes it: <c>KEY=value</c> lines, <c>#</c> comments, an optional <c>export </c>
/// prefix, and values optionally in single or double quotes (double quotes understand <c>\n</c> and <c>\"</c>). An
/// unquoted value ends at a <c>#</c> that follows white space. Later lines win; keys are case-insensitive, as in
/// configuration.
/// </summary>
internal static class DotEnvParser
{
    /// <summary>Parses the file's text; a line that is not an assignment is reported with its number.</summary>
    /// <param name="text">The whole file.</param>
    /// <returns>The variables by name (case-insensitive).</returns>
    /// <exception cref="DotEnvLineException">A line is neither blank, a comment nor <c>KEY=value</c>; it names the line and the fix.</exception>
    public static Dictionary<string, string?> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line["export ".Length..].TrimStart();
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? line[..equals].Trim() : "";
            if (key.Length == 0 || key.Any(char.IsWhiteSpace))
            {
                throw new DotEnvLineException(number, lines[number - 1]);
            }

            values[key] = Unquote(line[(equals + 1)..].Trim());
        }

        return values;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\"", "\"", StringComparison.Ordinal);
        }

        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1];
        }

        // An unquoted value ends at a comment that follows white space, as in dotenv.
        var comment = value.IndexOf(" #", StringComparison.Ordinal);
        return comment >= 0 ? value[..comment].TrimEnd() : value;
    }
}
