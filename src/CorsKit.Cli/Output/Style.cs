namespace CorsKit.Cli.Output;

/// <summary>ANSI colours that disappear when the output is not a terminal or NO_COLOR is set.</summary>
internal sealed class Style(bool enabled)
{
    /// <summary>Red, for blocks and errors.</summary>
    public string Red(string text) => Wrap("31", text);

    /// <summary>Green, for allowed and passed.</summary>
    public string Green(string text) => Wrap("32", text);

    /// <summary>Yellow, for warnings.</summary>
    public string Yellow(string text) => Wrap("33", text);

    /// <summary>Cyan, for what was sent.</summary>
    public string Cyan(string text) => Wrap("36", text);

    /// <summary>Bold.</summary>
    public string Bold(string text) => Wrap("1", text);

    /// <summary>Dim, for detail.</summary>
    public string Dim(string text) => Wrap("2", text);

    private string Wrap(string code, string text) => enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
