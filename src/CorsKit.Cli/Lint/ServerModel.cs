using CorsKit.Configuration.Environment;
using CorsKit.Configuration.Settings;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Cli.Lint;

/// <summary>
/// CorsKit.Server's start, without starting it: the same sources in the same precedence, then the server's own check
/// (<see cref="ServerStartupCheck"/>), so lint's verdict is the server's, word for word.
/// </summary>
internal static class ServerModel
{
    /// <summary>
    /// The server started in <paramref name="directory"/> with <paramref name="variables"/>; or, when
    /// <paramref name="files"/> are named, the server with only those files (JSON as appsettings, others as <c>.env</c>)
    /// and no variables, as on the machine the files are for.
    /// </summary>
    public static LintReport Lint(string directory, IReadOnlyList<string> files, IReadOnlyDictionary<string, string> variables) =>
        Read(directory, files, variables).Report;

    /// <summary>As <see cref="Lint"/>, with the policy the server would start with (<see langword="null"/> when it would refuse to).</summary>
    public static (LintReport Report, CorsKitPolicy? Policy) Read(string directory, IReadOnlyList<string> files, IReadOnlyDictionary<string, string> variables)
    {
        string host;
        var environmentName = HostSources.EnvironmentName(variables);
        IReadOnlyList<string> jsonFiles;
        IReadOnlyList<string> dotEnvFiles;
        if (files.Count == 0)
        {
            host = $"CorsKit.Server started in {directory} (environment {environmentName})";
            jsonFiles = HostSources.JsonFiles(directory, environmentName);
            dotEnvFiles = [.. new[] { Path.Combine(directory, ServerConfigurationFiles.DotEnv) }.Where(File.Exists)];
        }
        else
        {
            host = "CorsKit.Server with the files named and no environment variables";
            jsonFiles = [.. files.Where(IsJson)];
            dotEnvFiles = [.. files.Where(file => !IsJson(file))];
            variables = new Dictionary<string, string>();
        }

        var readVariables = HostSources.Named(variables, IsServerVariable).ToList();
        var read = new List<string>([.. jsonFiles, .. dotEnvFiles]);
        if (readVariables.Count > 0)
        {
            read.Add("variables " + string.Join(", ", readVariables));
        }

        var (configuration, unreadable) = Build(jsonFiles, dotEnvFiles, variables);
        if (unreadable is not null)
        {
            return (new LintReport(host, read, [new LintResult(null, [unreadable], [], [])]), null);
        }

        var verdict = ServerStartupCheck.Check(configuration!, environmentName);
        var allows = verdict.Policy is { } policy ? CorsSettings.Report(policy).ToList() : [];
        return (new LintReport(host, read, [new LintResult(null, verdict.Errors, verdict.Warnings, allows)]), verdict.Policy);
    }

    // The server reads its JSON first and stops at the first broken file, then its .env, then the variables.
    private static (IConfiguration? Configuration, ConfigurationProblem? Unreadable) Build(
        IReadOnlyList<string> jsonFiles, IReadOnlyList<string> dotEnvFiles, IReadOnlyDictionary<string, string> variables)
    {
        var builder = new ConfigurationBuilder().AddHostVariables(variables).AddJsonFiles(jsonFiles);
        try
        {
            builder.Build();
        }
        catch (InvalidDataException exception)
        {
            return (null, ServerStartupCheck.UnreadableJson(exception));
        }

        foreach (var file in dotEnvFiles)
        {
            try
            {
                builder.AddInMemoryCollection(DotEnvParser.Parse(File.ReadAllText(file)));
            }
            catch (DotEnvLineException exception)
            {
                return (null, ServerStartupCheck.UnreadableDotEnv(exception));
            }
        }

        return (builder.AddVariables(variables).Build(), null);
    }

    private static bool IsJson(string file) => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static bool IsServerVariable(string name) =>
        CorsEnvironmentVariables.All.Contains(name, StringComparer.OrdinalIgnoreCase)
        || ServerStartupCheck.HasOwnPrefix(name)
        || name.Equals("ASPNETCORE_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)
        || name.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase);
}
