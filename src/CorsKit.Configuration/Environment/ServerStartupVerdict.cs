using CorsKit.Policy;

namespace CorsKit.Configuration.Environment;

/// <summary>What <see cref="ServerStartupCheck.Check"/> found.</summary>
/// <param name="Settings">The settings as read; an unreadable value is left at its default.</param>
/// <param name="Policy">The compiled policy, when there is no error.</param>
/// <param name="Errors">Every problem that stops the server, named by the variable or key the user wrote.</param>
/// <param name="Warnings">Risky or useless choices the server starts with and reports.</param>
internal sealed record ServerStartupVerdict(
    ServerSettings Settings,
    CorsKitPolicy? Policy,
    IReadOnlyList<ConfigurationProblem> Errors,
    IReadOnlyList<ConfigurationProblem> Warnings);
