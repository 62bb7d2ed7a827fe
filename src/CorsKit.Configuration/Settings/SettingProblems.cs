using CorsKit.Policy;
using static CorsKit.Policy.ConfigurationProblemKind;

namespace CorsKit.Configuration.Settings;

/// <summary>What can be wrong with a configuration section's keys and values as they are read, each rule worded once.</summary>
internal static class SettingProblems
{
    public static readonly ConfigurationProblemTemplate NotABoolean = new(UnreadableValue, "is not a boolean.", "Write true or false.");

    public static readonly ConfigurationProblemTemplate NotASwitch = new(UnreadableValue, "is not a switch.", "Write on or off.");

    // expected: a number the setting takes.
    public static readonly ConfigurationProblemTemplate NotAWholeNumber = new(UnreadableValue, "is not a whole number.", "Write {expected}.");

    // expected: the section the one policy is read from.
    public static readonly ConfigurationProblemTemplate NamedPoliciesIgnored = new(UnknownSetting,
        "holds named policies, which only an application's AddCorsKit reads; here there is one policy, so they would be ignored.",
        "Write the one policy's settings directly under {expected}, and remove " + CorsConfigurationKeys.Policies + ".");

    // expected: the keys the section takes.
    public static readonly ConfigurationProblemTemplate UnknownKey = new(UnknownSetting,
        "is not a CorsKit setting, so it would be ignored.", "Use one of {expected}.");
}
