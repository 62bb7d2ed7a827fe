using System.Globalization;

namespace CorsKit.Origins.Idna;

/// <summary>
/// Reads the Unicode tables <c>generate.py</c> writes into <c>Data/</c> and this assembly embeds. Their format is
/// described at the top of that script: comment lines start with <c>#</c>, <c>@name</c> lines open a section, every
/// other line is hexadecimal fields separated by single spaces.
/// </summary>
internal static class IdnaData
{
    /// <summary>The lines of one embedded table, grouped by section (the unnamed leading section is <c>""</c>).</summary>
    public static Dictionary<string, List<string>> ReadSections(string logicalName)
    {
        using var stream = typeof(IdnaData).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"The embedded resource {logicalName} is missing from {typeof(IdnaData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = new List<string>();
        sections.Add("", current);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '@')
            {
                current = [];
                sections.Add(line[1..], current);
                continue;
            }

            current.Add(line);
        }

        return sections;
    }

    /// <summary>Parses one hexadecimal field.</summary>
    public static int Hex(ReadOnlySpan<char> field) => int.Parse(field, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    /// <summary>
    /// Parses a section of runs (<c>START VALUE</c>, holding up to the next START - 1) into a table whose values
    /// come from <paramref name="value"/>.
    /// </summary>
    public static CodePointRuns<T> Runs<T>(List<string> lines, Func<string, T> value)
    {
        var starts = new int[lines.Count];
        var values = new T[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            starts[i] = Hex(line.AsSpan(0, space));
            values[i] = value(line[(space + 1)..]);
        }

        return new CodePointRuns<T>(starts, values);
    }
}
