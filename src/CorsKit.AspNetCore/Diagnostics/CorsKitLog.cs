using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>CorsKit's log messages, source-generated so a disabled level costs a flag check.</summary>
internal static partial class CorsKitLog
{
    [LoggerMessage(CorsKitEventIds.OriginNotAllowed, LogLevel.Debug, "CORS {Kind} from {Origin} refused by policy {Policy}: the origin is not allowed.")]
    public static partial void OriginNotAllowed(ILogger logger, string kind, string origin, string policy);

    [LoggerMessage(CorsKitEventIds.MalformedOrigin, LogLevel.Debug, "CORS {Kind} refused by policy {Policy}: the Origin header {Origin} is not a serialized origin.")]
    public static partial void MalformedOrigin(ILogger logger, string kind, string origin, string policy);

    [LoggerMessage(CorsKitEventIds.MultipleOrigins, LogLevel.Debug, "CORS {Kind} refused by policy {Policy}: the request has several Origin headers.")]
    public static partial void MultipleOrigins(ILogger logger, string kind, string policy);

    [LoggerMessage(CorsKitEventIds.NullOrigin, LogLevel.Debug, "CORS {Kind} refused by policy {Policy}: the origin is \"null\", which any page can produce.")]
    public static partial void NullOrigin(ILogger logger, string kind, string policy);

    [LoggerMessage(CorsKitEventIds.MalformedMethod, LogLevel.Debug, "CORS preflight from {Origin} refused by policy {Policy}: Access-Control-Request-Method {Method} is not a method a page may send.")]
    public static partial void MalformedMethod(ILogger logger, string origin, string method, string policy);

    [LoggerMessage(CorsKitEventIds.MethodNotAllowed, LogLevel.Debug, "CORS preflight from {Origin} refused by policy {Policy}: the method {Method} is not allowed.")]
    public static partial void MethodNotAllowed(ILogger logger, string origin, string method, string policy);

    [LoggerMessage(CorsKitEventIds.MalformedHeaders, LogLevel.Debug, "CORS preflight from {Origin} refused by policy {Policy}: Access-Control-Request-Headers is not a list of header names (at {Header}).")]
    public static partial void MalformedHeaders(ILogger logger, string origin, string header, string policy);

    [LoggerMessage(CorsKitEventIds.HeadersTooLarge, LogLevel.Debug, "CORS preflight from {Origin} refused by policy {Policy}: Access-Control-Request-Headers is larger than any browser sends.")]
    public static partial void HeadersTooLarge(ILogger logger, string origin, string policy);

    [LoggerMessage(CorsKitEventIds.HeaderNotAllowed, LogLevel.Debug, "CORS preflight from {Origin} refused by policy {Policy}: the request header {Header} is not allowed.")]
    public static partial void HeaderNotAllowed(ILogger logger, string origin, string header, string policy);

    [LoggerMessage(CorsKitEventIds.PolicyNotFound, LogLevel.Warning, "Endpoint {Endpoint} names the CORS policy {Policy}, which is not configured; its CORS requests are refused. Add the policy or fix the name.")]
    public static partial void PolicyNotFound(ILogger logger, string endpoint, string policy);

    [LoggerMessage(CorsKitEventIds.ReloadApplied, LogLevel.Information, "CORS configuration reloaded: {PolicyCount} policies in force (generation {Generation}).")]
    public static partial void ReloadApplied(ILogger logger, int policyCount, int generation);

    [LoggerMessage(CorsKitEventIds.ReloadRejected, LogLevel.Error, "CORS configuration reload rejected; the previous policies stay in force. {Problems}")]
    public static partial void ReloadRejected(ILogger logger, string problems);

    [LoggerMessage(CorsKitEventIds.PolicyWarning, LogLevel.Warning, "CORS configuration warning: {Problem}")]
    public static partial void PolicyWarning(ILogger logger, string problem);

    [LoggerMessage(CorsKitEventIds.DenialReasonHeaderEnabled, LogLevel.Warning, "CorsKit development mode is on: refused requests carry the " + Configuration.CorsKitOptions.DenialReasonHeaderName + " header. Turn it off before going public.")]
    public static partial void DenialReasonHeaderEnabled(ILogger logger);
}
