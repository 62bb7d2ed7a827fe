using CorsKit.Cli.Lint;

namespace CorsKit.Cli.Output;

/// <summary>Writes a lint report: the host modelled, what was read, then each policy's errors, warnings and lines.</summary>
internal static class LintRenderer
{
    /// <summary>The terminal rendering.</summary>
    public static void WriteText(TextWriter output, LintReport report, LintHost host, Style style)
    {
        output.WriteLine($"{style.Bold("modelled")} {report.Host}");
        output.WriteLine($"{style.Bold("read")}     {(report.Read.Count == 0 ? "nothing: no file and no variable, so the defaults" : string.Join(", ", report.Read))}");
        foreach (var result in report.Results)
        {
            if (result.Policy is not null)
            {
                var status = result.Errors.Count > 0 ? style.Red(Count(result.Errors.Count, "error")) : style.Green("valid");
                output.WriteLine($"{style.Bold("policy " + result.Policy)}: {status}");
            }

            foreach (var error in result.Errors)
            {
                output.WriteLine($"  {style.Red("error")}   {error}");
            }

            foreach (var warning in result.Warnings)
            {
                output.WriteLine($"  {style.Yellow("warning")} {warning}");
            }

            foreach (var (label, value) in result.Allows)
            {
                output.WriteLine(style.Dim(FormattableString.Invariant($"  {label + ":",-19}{value}")));
            }
        }

        var subject = host is LintHost.Server ? "CorsKit.Server" : "the application";
        var errors = report.Results.Sum(result => result.Errors.Count);
        output.WriteLine(errors > 0
            ? style.Red($"{subject} would refuse to start: {Count(errors, "error")}.")
            : style.Green($"valid: {subject} would start with this configuration."));
    }

    private static string Count(int count, string noun) =>
        FormattableString.Invariant($"{count} {noun}{(count == 1 ? "" : "s")}");
}
