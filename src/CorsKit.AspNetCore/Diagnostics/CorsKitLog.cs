using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>
/// CorsKit's log messages, source-generated so a disabled level costs a flag check. Refusals are logged from the
/// engine's table of reasons (<see cref="DenialLogging"/>).
/// </summary>
internal static partial class CorsKitLog
{
    [LoggerMessage(CorsKitEventIds.PolicyNotFound, LogLevel.Warning, "Endpoint {Endpoint} names the CORS policy {Policy}, which is not configured; its CORS requests are refused. Add the policy or fix the name.")]
    public static partial void PolicyNotFound(ILogger logger, string endpoint, string policy);

    [LoggerMessage(CorsKitEventIds.TenantNotFound, LogLevel.Debug, "CORS request from {Origin} refused: its tenant has no policy. Add the tenant's policy to the store, or choose UnknownTenant.UseDefaultPolicy.")]
    public static partial void TenantNotFound(ILogger logger, string origin);

    [LoggerMessage(CorsKitEventIds.ReloadApplied, LogLevel.Information, "CORS configuration reloaded: {PolicyCount} policies in force (generation {Generation}).")]
    public static partial void ReloadApplied(ILogger logger, int policyCount, int generation);

    [LoggerMessage(CorsKitEventIds.ReloadRejected, LogLevel.Error, "CORS configuration reload rejected; the previous policies stay in force. {Problems}")]
    public static partial void ReloadRejected(ILogger logger, string problems);

    [LoggerMessage(CorsKitEventIds.PolicyWarning, LogLevel.Warning, "CORS configuration warning: {Problem}")]
    public static partial void PolicyWarning(ILogger logger, string problem);

    [LoggerMessage(CorsKitEventIds.DenialReasonHeaderEnabled, LogLevel.Warning, "CorsKit development mode is on: refused requests carry the " + Configuration.CorsKitOptions.DenialReasonHeaderName + " header. Turn it off before going public.")]
    public static partial void DenialReasonHeaderEnabled(ILogger logger);

    [LoggerMessage(CorsKitEventIds.DashboardOutsideDevelopment, LogLevel.Warning, "The CorsKit decisions page is served at {Path} outside Development: it shows the origins and paths of recent requests to any browser on this machine. Turn it off when you are done.")]
    public static partial void DashboardOutsideDevelopment(ILogger logger, string path);

    [LoggerMessage(CorsKitEventIds.DashboardOff, LogLevel.Information, "The CorsKit decisions page at {Path} is off: the environment is {Environment}, not Development. Set AllowOutsideDevelopment to serve it anyway.")]
    public static partial void DashboardOff(ILogger logger, string path, string environment);
}
