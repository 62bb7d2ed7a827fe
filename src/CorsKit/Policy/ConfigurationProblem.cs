using System.Text;

namespace CorsKit.Policy;

/// <summary>
/// One thing wrong (or risky) in a CORS configuration: its kind, which setting, which value, why, and how to fix it.
/// </summary>
/// <remarks>
/// <para>
/// A problem is structured: <see cref="Kind"/>, <see cref="Setting"/>, <see cref="Value"/>, <see cref="Detail"/> and
/// <see cref="Expected"/> say everything, and <see cref="Reason"/> and <see cref="Fix"/> are derived from them by the
/// rule's <see cref="ConfigurationProblemTemplate"/>, one pair of sentences per rule. A host that words problems its
/// own way branches on the kind and uses the fields.
/// </para>
/// <para>
/// The sentences name other settings as <c>{Credentials}</c>, <c>{AllowInsecureOrigins}</c> and so on (any
/// <see cref="CorsPolicyOptions"/> property). They read as the option names, and <see cref="RenameSettings"/> gives
/// them a host's own names (<c>CORS_CREDENTIALS</c>, <c>Cors:Credentials</c>): the names are part of the problem's
/// structure, never found again in its prose. <c>{value}</c>, <c>{detail}</c> and <c>{expected}</c> read as the
/// fields. A literal brace is written twice; text quoted from the user goes through <see cref="Literal"/>.
/// </para>
/// </remarks>
public sealed record ConfigurationProblem
{
    private static readonly HashSet<string> OptionNames =
        [.. typeof(CorsPolicyOptions).GetProperties().Select(property => property.Name)];

    private readonly string _reason;
    private readonly string _fix;

    /// <summary>Creates a problem from its own sentences; a rule that reports problems declares a <see cref="ConfigurationProblemTemplate"/> instead.</summary>
    /// <param name="kind">What is wrong.</param>
    /// <param name="setting">The setting, by its option name (<c>Origins</c>, <c>Methods</c>, ...); hosts rename it to their own key.</param>
    /// <param name="value">The offending value as it was given, or <see langword="null"/> when the problem is a missing value.</param>
    /// <param name="reason">Why the value is wrong, in one sentence; other settings written as <c>{OptionName}</c>, the fields as <c>{value}</c>, <c>{detail}</c> and <c>{expected}</c>.</param>
    /// <param name="fix">What to write instead, written as <paramref name="reason"/> is.</param>
    public ConfigurationProblem(ConfigurationProblemKind kind, string setting, string? value, string reason, string fix)
    {
        Kind = kind;
        Setting = setting;
        Value = value;
        _reason = reason;
        _fix = fix;
    }

    /// <summary>What is wrong.</summary>
    public ConfigurationProblemKind Kind { get; init; }

    /// <summary>The setting, by its option name or, after <see cref="RenameSettings"/>, by the host's key.</summary>
    public string Setting { get; init; }

    /// <summary>The offending value as it was given, or <see langword="null"/> when the problem is a missing value.</summary>
    public string? Value { get; init; }

    /// <summary>
    /// The part of the value the reason points at, when there is one: the scheme, port or host at fault, the public
    /// suffix a pattern covers, the form an origin is listed twice as, the length of an origin too long to match.
    /// </summary>
    public string? Detail { get; init; }

    /// <summary>What to write instead, when one value answers: the origin as browsers send it, the method in upper case, ...</summary>
    public string? Expected { get; init; }

    /// <summary>Why the value is wrong, in one sentence, naming settings as the host does.</summary>
    public string Reason => Render(_reason);

    /// <summary>What to write instead, naming settings as the host does.</summary>
    public string Fix => Render(_fix);

    /// <summary>
    /// <paramref name="text"/> as it must read, whatever braces it holds: for a reason or a fix that quotes what the
    /// user wrote (a host, a file's error), so that <c>{Credentials}</c> typed by a user is never taken for a setting.
    /// </summary>
    public static string Literal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
    }

    /// <summary>The same problem reported under another setting name, such as <c>CORS_ORIGINS</c> or <c>Cors:Origins</c>.</summary>
    public ConfigurationProblem WithSetting(string setting) => this with { Setting = setting };

    /// <summary>
    /// The same problem in a host's vocabulary: the setting and every setting the reason and the fix name, renamed by
    /// <paramref name="names"/> (option name to host key, such as <c>Credentials</c> to <c>CORS_CREDENTIALS</c>).
    /// </summary>
    public ConfigurationProblem RenameSettings(IReadOnlyDictionary<string, string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return names.Count == 0 ? this : this with { Setting = names.GetValueOrDefault(Setting, Setting), Names = names };
    }

    /// <summary>Problems are equal when they read the same: kind, setting, value, reason and fix.</summary>
    public bool Equals(ConfigurationProblem? other) =>
        other is not null
        && Kind == other.Kind
        && string.Equals(Setting, other.Setting, StringComparison.Ordinal)
        && string.Equals(Value, other.Value, StringComparison.Ordinal)
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && string.Equals(Fix, other.Fix, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Setting, Value, Reason, Fix);

    // The host's names for settings, once renamed; null reads the option names.
    private IReadOnlyDictionary<string, string>? Names { get; init; }

    /// <summary>One line: setting, value, reason and fix.</summary>
    public override string ToString() =>
        Value is null ? $"{Setting}: {Reason} Fix: {Fix}" : $"{Setting}: \"{Value}\": {Reason} Fix: {Fix}";

    // Replaces each {OptionName} with the host's name for it, each field with its text, and {{ and }} with a brace;
    // any other brace is text.
    private string Render(string template)
    {
        if (!template.Contains('{', StringComparison.Ordinal) && !template.Contains('}', StringComparison.Ordinal))
        {
            return template;
        }

        var text = new StringBuilder(template.Length);
        var rest = template.AsSpan();
        while (rest.IndexOfAny('{', '}') is var brace and >= 0)
        {
            text.Append(rest[..brace]);
            rest = rest[brace..];
            if (rest.Length > 1 && rest[1] == rest[0])
            {
                text.Append(rest[0]);
                rest = rest[2..];
                continue;
            }

            var close = rest[0] == '{' ? rest.IndexOf('}') : -1;
            var name = close > 1 ? rest[1..close].ToString() : null;
            if (name is not null && (Field(name) ?? Option(name)) is { } replacement)
            {
                text.Append(replacement);
                rest = rest[(close + 1)..];
            }
            else
            {
                text.Append(rest[0]);
                rest = rest[1..];
            }
        }

        return text.Append(rest).ToString();
    }

    private string? Field(string name) => name switch
    {
        "value" => Value,
        "detail" => Detail,
        "expected" => Expected,
        _ => null,
    };

    private string? Option(string name) =>
        OptionNames.Contains(name) ? Names?.GetValueOrDefault(name) ?? name : null;
}
