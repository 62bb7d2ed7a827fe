using CorsKit.Cli.Lint;

namespace CorsKit.Cli.Output;

/// <summary>Writes lint results: every error and warning with its key, value, reason and fix.</summary>
internal static class LintRenderer
{
    /// <summary>The terminal rendering.</summary>
    public static void WriteText(TextWriter output, IReadOnlyList<LintResult> results, Style style)
    {
        foreach (var result in results)
        {
            var policy = result.Policy == "default" ? "" : $" ({(result.Policy == "(reading)" ? "reading the file" : "policy " + result.Policy)})";
            var status = result.Errors.Count > 0
                ? style.Red($"{result.Errors.Count} error(s)")
                : result.Summary is null ? style.Yellow("read with warnings") : style.Green("valid");
            output.WriteLine($"{style.Bold(result.File + policy)}: {status}");
            foreach (var error in result.Errors)
            {
                output.WriteLine($"  {style.Red("error")}   {error}");
            }

            foreach (var warning in result.Warnings)
            {
                output.WriteLine($"  {style.Yellow("warning")} {warning}");
            }

            if (result.Summary is not null)
            {
                output.WriteLine(style.Dim($"  allows {result.Summary}"));
            }
        }
    }
}
