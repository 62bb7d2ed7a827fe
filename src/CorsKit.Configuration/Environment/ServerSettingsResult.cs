using CorsKit.Policy;

namespace CorsKit.Configuration.Environment;

/// <summary>What <see cref="ServerSettingsReader.Read"/> found.</summary>
/// <param name="Settings">The settings; an unreadable value is left at its default.</param>
/// <param name="Problems">Every value that could not be read, named by the variable or key the user wrote. The CORS
/// options are not validated yet: compile <see cref="ServerSettings.Cors"/> for that.</param>
internal sealed record ServerSettingsResult(ServerSettings Settings, IReadOnlyList<ConfigurationProblem> Problems);
