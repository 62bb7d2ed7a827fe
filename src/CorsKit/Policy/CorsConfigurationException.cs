namespace CorsKit.Policy;

/// <summary>
/// Thrown when a CORS configuration is invalid. It carries every problem found, not only the first, so a user fixes
/// them all in one go.
/// </summary>
public sealed class CorsConfigurationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of problems.</summary>
    public CorsConfigurationException(IReadOnlyList<ConfigurationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception with a message only; prefer the constructor that takes the problems.</summary>
    public CorsConfigurationException(string message)
        : this([new ConfigurationProblem(ConfigurationProblemKind.Other, "Configuration", null, ConfigurationProblem.Literal(message), "Correct the configuration.")])
    {
    }

    /// <summary>Creates the exception with a message and an inner exception; prefer the constructor that takes the problems.</summary>
    public CorsConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new ConfigurationProblem(ConfigurationProblemKind.Other, "Configuration", null, ConfigurationProblem.Literal(message), "Correct the configuration.")];
    }

    /// <summary>Creates the exception with no detail; prefer the constructor that takes the problems.</summary>
    public CorsConfigurationException()
        : this("The CORS configuration is invalid.")
    {
    }

    /// <summary>Every problem found, in the order of the settings.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; } = [];

    /// <summary>
    /// The message this exception carries for <paramref name="problems"/>, one problem per line, headed by
    /// <paramref name="subject"/> (a host names its own configuration: "The server's configuration has 2 problems:").
    /// </summary>
    public static string Describe(IReadOnlyList<ConfigurationProblem> problems, string subject = "The CORS configuration")
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var lines = problems.Select(problem => "  - " + problem);
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"{subject} has {problems.Count} {noun}:{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
    }
}
