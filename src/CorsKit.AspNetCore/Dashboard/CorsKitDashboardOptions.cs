namespace CorsKit.AspNetCore.Dashboard;

/// <summary>How <c>app.MapCorsKitDashboard()</c> serves the decisions page.</summary>
public sealed class CorsKitDashboardOptions
{
    /// <summary>Where the page is served when the host does not say: <c>/_corskit</c>.</summary>
    public const string DefaultPath = "/_corskit";

    /// <summary>
    /// Serves the page outside the Development environment too. It shows the origins and paths of recent requests to
    /// anyone who can open a page on this machine, so it is off by default there, and turning it on is logged as a
    /// warning. The page is served to loopback clients only, whatever this says.
    /// </summary>
    public bool AllowOutsideDevelopment { get; set; }

    /// <summary>
    /// The configuration keys whose values and sources the page lists under the policy, by prefix (case-insensitive):
    /// each key that starts with one is shown with the file or provider its value came from. Empty by default, in which
    /// case the section bound with <c>AddCorsKit(section)</c> is shown.
    /// </summary>
    public IList<string> SettingPrefixes { get; } = [];
}
