using System.Globalization;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Configuration.Settings;

/// <summary>
/// One setting of a CORS policy, described once: its <see cref="CorsPolicyOptions"/> property and configuration key,
/// the CorsKit server's environment variable and default, and how its value is read. The configuration reader, the
/// server's variable mapping and <c>corskit lint</c> all work from <see cref="CorsSettings.All"/>.
/// </summary>
public sealed class CorsSetting
{
    private readonly Action<CorsPolicyOptions, IConfigurationSection, List<ConfigurationProblem>> _read;

    private CorsSetting(string key, CorsSettingKind kind, string variable, string? serverDefault, string help,
        Action<CorsPolicyOptions, IConfigurationSection, List<ConfigurationProblem>> read)
    {
        Key = key;
        Kind = kind;
        Variable = variable;
        ServerDefault = serverDefault;
        Help = help;
        _read = read;
    }

    /// <summary>The configuration key under a policy's section, which is also the <see cref="CorsPolicyOptions"/> property's name.</summary>
    public string Key { get; }

    /// <summary>How the value is read.</summary>
    public CorsSettingKind Kind { get; }

    /// <summary>The CorsKit server's environment variable, such as <c>CORS_ORIGINS</c>.</summary>
    internal string Variable { get; }

    /// <summary>The value the CorsKit server uses when neither the variable nor <c>appsettings.json</c> sets it; <see langword="null"/> for the engine's own default.</summary>
    internal string? ServerDefault { get; }

    /// <summary>What the setting does, in one line.</summary>
    public string Help { get; }

    /// <summary>
    /// The setting's line in the server's startup report, as the label and how a compiled policy reads for it; null for
    /// a setting another line already tells (a warning, or a line that folds several settings).
    /// </summary>
    internal (string Label, Func<CorsKitPolicy, string> Describe)? Report { get; private init; }

    /// <summary>This setting with its startup report line.</summary>
    internal CorsSetting Reported(string label, Func<CorsKitPolicy, string> describe) =>
        new(Key, Kind, Variable, ServerDefault, Help, _read) { Report = (label, describe) };

    /// <summary>Reads <paramref name="section"/>'s value into <paramref name="options"/>; an unreadable value is a problem under the section's path.</summary>
    public void ReadInto(CorsPolicyOptions options, IConfigurationSection section, List<ConfigurationProblem> problems) =>
        _read(options, section, problems);

    internal static CorsSetting List(string key, string variable, string? serverDefault, string help, Func<CorsPolicyOptions, IList<string>> target) =>
        new(key, CorsSettingKind.List, variable, serverDefault, help, (options, section, _) => AddList(section, target(options)));

    internal static CorsSetting Boolean(string key, string variable, string? serverDefault, string help, Action<CorsPolicyOptions, bool> set) =>
        new(key, CorsSettingKind.Boolean, variable, serverDefault, help, (options, section, problems) => set(options, ReadBoolean(section, problems)));

    internal static CorsSetting Switch(string key, string variable, string? serverDefault, string help, Action<CorsPolicyOptions, bool> set) =>
        new(key, CorsSettingKind.Switch, variable, serverDefault, help, (options, section, problems) => set(options, ReadSwitch(section, problems)));

    internal static CorsSetting Seconds(string key, string variable, string help, Action<CorsPolicyOptions, TimeSpan?> set) =>
        new(key, CorsSettingKind.Seconds, variable, null, help, (options, section, problems) =>
            set(options, ReadInteger(section, problems, "a whole number of seconds, such as 600") is { } seconds ? TimeSpan.FromSeconds(seconds) : null));

    internal static CorsSetting StatusCode(string key, string variable, string help, Action<CorsPolicyOptions, int> set) =>
        new(key, CorsSettingKind.StatusCode, variable, null, help, (options, section, problems) =>
        {
            if (ReadInteger(section, problems, "a status code from 200 to 299, such as 204") is { } status)
            {
                set(options, status);
            }
        });

    // A scalar is split on commas (environment variables), and so is each item of an array. A key can hold both only
    // when two sources wrote it, an array in a JSON file and one value over it (Cors__Origins in the environment): the
    // value replaces the list, as a user overriding a list means, rather than joining its items.
    private static void AddList(IConfigurationSection section, IList<string> target)
    {
        if (section.Value is { } scalar)
        {
            AddSplit(scalar, target);
            return;
        }

        foreach (var item in section.GetChildren())
        {
            if (item.Value is { } value)
            {
                AddSplit(value, target);
            }
        }
    }

    private static void AddSplit(string value, IList<string> target)
    {
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            target.Add(part);
        }
    }

    private static bool ReadBoolean(IConfigurationSection section, List<ConfigurationProblem> problems)
    {
        if (bool.TryParse(section.Value?.Trim(), out var value))
        {
            return value;
        }

        problems.Add(SettingProblems.NotABoolean.Create(section.Path, section.Value));
        return false;
    }

    private static bool ReadSwitch(IConfigurationSection section, List<ConfigurationProblem> problems)
    {
        switch (section.Value?.Trim().ToLowerInvariant())
        {
            case "on" or "true":
                return true;
            case "off" or "false":
                return false;
            default:
                problems.Add(SettingProblems.NotASwitch.Create(section.Path, section.Value));
                return false;
        }
    }

    private static int? ReadInteger(IConfigurationSection section, List<ConfigurationProblem> problems, string expected)
    {
        if (int.TryParse(section.Value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(SettingProblems.NotAWholeNumber.Create(section.Path, section.Value, expected: expected));
        return null;
    }
}
