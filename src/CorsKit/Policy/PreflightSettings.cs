using System.Globalization;
using CorsKit.Fetch;
using CorsKit.Policy.Problems;

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
            problems.Error(PreflightProblems.NegativeMaxAge, Setting, text);
            return null;
        }

        if (maxAge.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            problems.Error(PreflightProblems.FractionalMaxAge, Setting, text, expected: Math.Floor(maxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture));
            return null;
        }

        if (maxAge.TotalSeconds > int.MaxValue)
        {
            problems.Error(PreflightProblems.MaxAgeTooLarge, Setting, text);
            return null;
        }

        if (maxAge.TotalSeconds > PreflightMaxAge.ChromiumCapSeconds)
        {
            problems.Warning(PreflightProblems.MaxAgeAboveBrowsers, Setting, text);
        }

        return ((long)maxAge.TotalSeconds).ToString(CultureInfo.InvariantCulture);
    }

    public static void ValidateStatus(CorsPolicyOptions options, ProblemCollector problems)
    {
        if (options.PreflightStatus is < 200 or > 299)
        {
            problems.Error(PreflightProblems.StatusNotSuccess, nameof(CorsPolicyOptions.PreflightStatus), options.PreflightStatus.ToString(CultureInfo.InvariantCulture));
        }
    }
}
