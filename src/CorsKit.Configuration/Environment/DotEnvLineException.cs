namespace CorsKit.Configuration.Environment;

/// <summary>A line of a <c>.env</c> file that is neither blank, a comment nor <c>KEY=value</c>.</summary>
/// <remarks>A <see cref="FormatException"/>, which is what configuration providers report a broken file as.</remarks>
internal sealed class DotEnvLineException : FormatException
{
    /// <summary>What to write instead, for any such line.</summary>
    public const string Fix = "Write it as NAME=value, or start it with # to make it a comment.";

    public DotEnvLineException(int line, string text)
        : base($".env line {line}: \"{text}\" is not KEY=value. Fix: {Fix}")
    {
        Line = line;
        Text = text;
    }

    /// <summary>The line's number, from 1.</summary>
    public int Line { get; }

    /// <summary>The line as written.</summary>
    public string Text { get; }
}
