using CorsKit.Policy;

namespace CorsKit.Cli.Lint;

/// <summary>One policy read from a file, before the engine validates it.</summary>
/// <param name="Name">The policy's name: <c>default</c> or the name under <c>Cors:Policies</c>.</param>
/// <param name="Options">The options as read.</param>
/// <param name="ToFileKeys">Renames the engine's problems (<c>Origins</c>) to the file's keys (<c>CORS_ORIGINS</c>, <c>Cors:Origins</c>).</param>
/// <param name="DefaultedOptions">Options the file left at the server's defaults; their warnings are nobody's choice, so the server leaves them out and so does lint.</param>
internal sealed record PolicySource(
    string Name,
    CorsPolicyOptions Options,
    Func<IEnumerable<ConfigurationProblem>, IReadOnlyList<ConfigurationProblem>> ToFileKeys,
    IReadOnlySet<string> DefaultedOptions);

/// <summary>What a configuration reader found in one file.</summary>
/// <param name="File">The file's path as given.</param>
/// <param name="Policies">The policies to validate.</param>
/// <param name="Errors">Problems found while reading values (not a number, not true/false, unknown key...), already under the file's keys.</param>
/// <param name="Warnings">Suspicious things found while reading (no Cors section, unknown CORS_ variables...).</param>
internal sealed record ConfigurationFile(
    string File,
    IReadOnlyList<PolicySource> Policies,
    IReadOnlyList<ConfigurationProblem> Errors,
    IReadOnlyList<ConfigurationProblem> Warnings);
