using System.Reflection;
using System.Text;

namespace CorsKit.Cli.Export;

/// <summary>The comment block every export starts with: who wrote it, from what, the policy, and what the engine cannot do.</summary>
internal static class EdgeComments
{
    /// <summary>The version of corskit that wrote the export.</summary>
    public static string Version { get; } =
        typeof(EdgeComments).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "(unversioned)";

    /// <summary>The header: generator and version, sources, the policy line by line, and <paramref name="notes"/>.</summary>
    public static void Write(StringBuilder text, string engine, IReadOnlyList<string> sources, EdgePolicy policy, IEnumerable<string> notes, string? placement)
    {
        text.AppendLine($"# CORS for {engine}, written by corskit {Version} (corskit export). Do not edit: change the policy and export again.");
        text.AppendLine($"# From: {(sources.Count == 0 ? "CorsKit.Server's defaults" : string.Join(", ", sources))}");
        foreach (var (label, value) in policy.Summary)
        {
            text.AppendLine($"#   {label + ":",-19}{value}");
        }

        foreach (var note in notes)
        {
            text.AppendLine($"# {note}");
        }

        if (placement is not null)
        {
            text.AppendLine($"# {placement}");
        }

        text.AppendLine();
    }
}
