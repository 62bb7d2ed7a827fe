namespace CorsKit.Policy;

/// <summary>
/// One thing wrong (or risky) in a CORS configuration: which setting, which value, why, and how to fix it.
/// </summary>
/// <param name="Setting">The setting, by its option name (<c>Origins</c>, <c>Methods</c>, ...); hosts rename it to their own key.</param>
/// <param name="Value">The offending value as it was given, or <see langword="null"/> when the problem is a missing value.</param>
/// <param name="Reason">Why the value is wrong, in one sentence.</param>
/// <param name="Fix">What to write instead.</param>
public sealed record ConfigurationProblem(string Setting, string? Value, string Reason, string Fix)
{
    /// <summary>The same problem reported under another setting name, such as <c>CORS_ORIGINS</c> or <c>Cors:Origins</c>.</summary>
    public ConfigurationProblem WithSetting(string setting) => this with { Setting = setting };

    /// <summary>
    /// The same problem in a host's vocabulary: the setting, and every mention of an option name in the reason and the
    /// fix, renamed by <paramref name="names"/> (option name to host key, such as <c>Credentials</c> to <c>CORS_CREDENTIALS</c>).
    /// </summary>
    public ConfigurationProblem RenameSettings(IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count == 0)
        {
            return this;
        }

        // One pass, longest name first, so "Cors:Origins" is renamed whole and never again as "Origins".
        var alternatives = names.Keys.OrderByDescending(name => name.Length).Select(System.Text.RegularExpressions.Regex.Escape);
        var words = new System.Text.RegularExpressions.Regex($@"(?<![\w:])(?:{string.Join('|', alternatives)})(?![\w:])", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        string Rename(string text) => words.Replace(text, match => names[match.Value]);
        return this with { Setting = names.GetValueOrDefault(Setting, Setting), Reason = Rename(Reason), Fix = Rename(Fix) };
    }

    /// <summary>One line: setting, value, reason and fix.</summary>
    public override string ToString() =>
        Value is null ? $"{Setting}: {Reason} Fix: {Fix}" : $"{Setting}: \"{Value}\": {Reason} Fix: {Fix}";
}
