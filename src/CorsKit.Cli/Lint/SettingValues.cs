using System.Globalization;
using CorsKit.Policy;

namespace CorsKit.Cli.Lint;

/// <summary>Parses setting values the same way for JSON and .env files, reporting bad ones under the file's key.</summary>
internal static class SettingValues
{
    /// <summary>Splits a comma-separated list, trimming items and dropping empty ones.</summary>
    public static IEnumerable<string> SplitList(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Parses <c>true</c> or <c>false</c> (any case); reports anything else.</summary>
    public static bool? Boolean(string key, string? value, List<ConfigurationProblem> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (bool.TryParse(value.Trim(), out var result))
        {
            return result;
        }

        errors.Add(new ConfigurationProblem(key, value, "Not a boolean.", $"Write {key} as true or false."));
        return null;
    }

    /// <summary>Parses a whole number of seconds; reports anything else.</summary>
    public static TimeSpan? Seconds(string key, string? value, List<ConfigurationProblem> errors)
    {
        var number = Integer(key, value, errors, "a whole number of seconds, such as 600");
        return number is null ? null : TimeSpan.FromSeconds(number.Value);
    }

    /// <summary>Parses an integer; reports anything else with <paramref name="example"/>.</summary>
    public static int? Integer(string key, string? value, List<ConfigurationProblem> errors, string example)
    {
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        errors.Add(new ConfigurationProblem(key, value, "Not a whole number.", $"Write {key} as {example}."));
        return null;
    }
}
