namespace CorsKit.Configuration.Settings;

/// <summary>How a setting's configuration value is read.</summary>
public enum CorsSettingKind
{
    /// <summary>A list: a JSON array, a comma-separated string, or both (array items are split on commas too).</summary>
    List,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A whole number of seconds.</summary>
    Seconds,

    /// <summary>An HTTP status code.</summary>
    StatusCode,

    /// <summary><c>on</c> or <c>off</c> (or <c>true</c> or <c>false</c>).</summary>
    Switch,
}
