using System.Globalization;
using CorsKit.Fetch;
using static CorsKit.Policy.ConfigurationProblemKind;

namespace CorsKit.Policy.Problems;

/// <summary>What can be wrong with <see cref="CorsPolicyOptions.MaxAge"/> and <see cref="CorsPolicyOptions.PreflightStatus"/>.</summary>
internal static class PreflightProblems
{
    private static readonly string ChromiumCap = PreflightMaxAge.ChromiumCapSeconds.ToString(CultureInfo.InvariantCulture);
    private static readonly string FirefoxCap = PreflightMaxAge.FirefoxCapSeconds.ToString(CultureInfo.InvariantCulture);

    public static readonly ConfigurationProblemTemplate NegativeMaxAge = new(OutOfRange, "is negative; it is a number of seconds.", "Use 0 or more seconds, such as 600.");

    // expected: the whole seconds below the value.
    public static readonly ConfigurationProblemTemplate FractionalMaxAge = new(UnreadableValue,
        "is not a whole number of seconds; browsers ignore such a value.", "Use {expected}.");

    public static readonly ConfigurationProblemTemplate MaxAgeTooLarge = new(OutOfRange,
        "is too large to send.", "Use at most " + ChromiumCap + " seconds, Chromium's cap.");

    public static readonly ConfigurationProblemTemplate MaxAgeAboveBrowsers = new(AboveBrowserLimit,
        "is above what browsers honour: Chromium caps it at " + ChromiumCap + " s, Firefox at " + FirefoxCap + " s.",
        "Use at most " + ChromiumCap + ".");

    public static readonly ConfigurationProblemTemplate StatusNotSuccess = new(OutOfRange,
        "is not a success status; browsers fail every preflight answered with a status outside 200-299.", "Use 204 (the default) or 200.");
}
