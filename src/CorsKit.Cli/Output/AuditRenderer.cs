using System.Text.Json;
using CorsKit.Cli.Audit;

namespace CorsKit.Cli.Output;

/// <summary>Writes audit results for a person or as one JSON document.</summary>
internal static class AuditRenderer
{
    /// <summary>The terminal rendering.</summary>
    public static void WriteText(TextWriter output, AuditDocument document, Style style)
    {
        var trusted = document.TrustedOrigin is null ? "" : $" (trusted origin: {document.TrustedOrigin})";
        output.WriteLine(style.Bold($"CORS audit of {document.Url}{trusted}: {document.RequestsSent} requests sent"));
        output.WriteLine();
        foreach (var finding in document.Findings.Concat(document.Notes))
        {
            WriteFinding(output, finding, style);
        }

        if (document.Findings.Count == 0)
        {
            output.WriteLine(style.Green("No CORS misconfiguration found."));
        }
        else
        {
            var counts = document.Findings.GroupBy(f => f.Severity).OrderByDescending(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
            output.WriteLine(style.Red($"{document.Findings.Count} finding(s): {string.Join(", ", counts)}."));
        }
    }

    /// <summary>The <c>--json</c> rendering.</summary>
    public static void WriteJson(TextWriter output, AuditDocument document) =>
        output.WriteLine(JsonSerializer.Serialize(document, CliJsonContext.Default.AuditDocument));

    private static void WriteFinding(TextWriter output, AuditFinding finding, Style style)
    {
        var label = finding.Severity switch
        {
            Severity.High => style.Red(style.Bold("HIGH  ")),
            Severity.Medium => style.Red("MEDIUM"),
            Severity.Low => style.Yellow("LOW   "),
            _ => style.Dim("INFO  "),
        };
        output.WriteLine($"{label} {style.Bold(finding.Title)} [{finding.Id}]");
        output.WriteLine($"       {finding.Detail}");
        output.WriteLine(style.Cyan($"       > {finding.Request.Method} {finding.Request.Url}"));
        foreach (var header in finding.Request.Headers)
        {
            output.WriteLine(style.Cyan($"       > {header.Name}: {header.Value}"));
        }

        output.WriteLine($"       < {finding.Response.Status}");
        foreach (var header in finding.Response.Headers.Where(h => IsCorsRelevant(h.Name)))
        {
            output.WriteLine($"       < {header.Name}: {header.Value}");
        }

        output.WriteLine($"       {style.Bold("fix:")} {finding.Fix}");
        output.WriteLine();
    }

    private static bool IsCorsRelevant(string name) =>
        name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "Vary", StringComparison.OrdinalIgnoreCase);
}
