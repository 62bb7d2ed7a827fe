using System.Globalization;
using CorsKit.Fetch;

namespace CorsKit.Policy;

/// <summary>Validates <see cref="CorsPolicyOptions.MaxAge"/> and <see cref="CorsPolicyOptions.PreflightStatus"/>.</summary>
internal static class PreflightSettings
{
    /// <summary>The <c>Access-Control-Max-Age</c> value to send, or <see langword="null"/>.</summary>
    public static string? ValidateMaxAge(CorsPolicyOptions options, ProblemCollector problems)
    {
        if (options.MaxAge is not { } maxAge)
        {
            return null;
        }

        const string Setting = nameof(CorsPolicyOptions.MaxAge);
        var text = maxAge.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        if (maxAge < TimeSpan.Zero)
        {
            problems.Error(ConfigurationProblemKind.OutOfRange, Setting, text, "is negative; it is a number of seconds.", "Use 0 or more seconds, such as 600.");
            return null;
        }

        if (maxAge.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            problems.Error(ConfigurationProblemKind.UnreadableValue, Setting, text, "is not a whole number of seconds; browsers ignore such a value.", $"Use {Math.Floor(maxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        if (maxAge.TotalSeconds > int.MaxValue)
        {
            problems.Error(ConfigurationProblemKind.OutOfRange, Setting, text, "is too large to send.", $"Use at most {PreflightMaxAge.ChromiumCapSeconds} seconds, Chromium's cap.");
            return null;
        }

        if (maxAge.TotalSeconds > PreflightMaxAge.ChromiumCapSeconds)
        {
            problems.Warning(ConfigurationProblemKind.AboveBrowserLimit, Setting, text, $"is above what browsers honour: Chromium caps it at {PreflightMaxAge.ChromiumCapSeconds} s, Firefox at {PreflightMaxAge.FirefoxCapSeconds} s.", $"Use at most {PreflightMaxAge.ChromiumCapSeconds}.");
        }

        return ((long)maxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }

    public static void ValidateStatus(CorsPolicyOptions options, ProblemCollector problems)
    {
        if (options.PreflightStatus is < 200 or > 299)
        {
            problems.Error(ConfigurationProblemKind.OutOfRange, nameof(CorsPolicyOptions.PreflightStatus), options.PreflightStatus.ToString(CultureInfo.InvariantCulture),
                "is not a success status; browsers fail every preflight answered with a status outside 200-299.", "Use 204 (the default) or 200.");
        }
    }
}
