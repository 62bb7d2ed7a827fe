using System.Globalization;
using CorsKit.Policy;
using static CorsKit.Policy.ConfigurationProblemKind;
using Variables = CorsKit.Configuration.Environment.CorsEnvironmentVariables;

namespace CorsKit.Configuration.Environment;

/// <summary>What can be wrong with the server's own variables and files, each rule worded once.</summary>
internal static class ServerProblems
{
    private static readonly string DefaultPort = Variables.DefaultPort.ToString(CultureInfo.InvariantCulture);

    public static readonly ConfigurationProblemTemplate Port = new(UnreadableValue,
        "is not a port number from 1 to 65535 (or 0 for any free port).",
        "Write a number such as " + DefaultPort + ", or unset it for " + DefaultPort + ".");

    public static readonly ConfigurationProblemTemplate Host = new(UnreadableValue,
        "is not a host name or IP address to listen on.",
        "Write localhost (this machine only), 0.0.0.0 (every IPv4 interface), :: (every interface) or an address of this machine.");

    public static readonly ConfigurationProblemTemplate Upstream = new(UnreadableValue,
        "is not an http:// or https:// URL without query, fragment or user information.",
        "Write the base URL of the API to put CORS in front of, such as http://localhost:8080.");

    public static readonly ConfigurationProblemTemplate MaxRequestBodySize = new(UnreadableValue,
        "is not a number of bytes.",
        "Write a whole number of bytes, such as " + Variables.DefaultMaxRequestBodySize.ToString(CultureInfo.InvariantCulture) + " (the default), or unlimited.");

    public static readonly ConfigurationProblemTemplate UpstreamTimeout = new(UnreadableValue,
        "is not a whole number of seconds above 0.",
        "Write the seconds to wait for the upstream, such as " + Variables.DefaultUpstreamTimeoutSeconds.ToString(CultureInfo.InvariantCulture) + " (the default).");

    // detail: the environment's name. The header tells any caller what the policy refused.
    public static readonly ConfigurationProblemTemplate ExplainOutsideDevelopment = new(DevelopmentOnly,
        "names every refusal in a response header any caller can read, and the environment is {detail}, not Development.",
        "Unset " + Variables.Explain + " here and read refusals in the logs with " + Variables.LogLevel
        + "=Debug, or run with ASPNETCORE_ENVIRONMENT=Development on a developer's machine.");

    // detail: the environment's name. The page lists the origins and paths of recent requests.
    public static readonly ConfigurationProblemTemplate DashboardOutsideDevelopment = new(DevelopmentOnly,
        "serves the decisions page, which shows the origins and paths of recent requests, and the environment is {detail}, not Development.",
        "Unset " + Variables.Dashboard + " here, or write " + Variables.Dashboard + "=force to serve the page anyway (to browsers on this machine only).");

    public static readonly ConfigurationProblemTemplate DashboardMode = new(UnreadableValue,
        "is not on, off or force.", "Write on or off (force serves the page outside Development).");

    public static readonly ConfigurationProblemTemplate LogLevel = new(UnreadableValue,
        "is not a log level.", "Write one of Trace, Debug, Information, Warning, Error, Critical or None.");

    // detail: the framework's or the parser's own message.
    public static readonly ConfigurationProblemTemplate UnreadableJson = new(UnreadableFile,
        "could not be read: {detail}", "Correct the JSON, or remove the file.");

    // detail: the line, by number and text.
    public static readonly ConfigurationProblemTemplate UnreadableDotEnvLine = new(UnreadableFile,
        "{detail}, is not KEY=value.", DotEnvLineException.Fix);

    // expected: the server's variables.
    public static readonly ConfigurationProblemTemplate UnknownVariable = new(UnknownSetting,
        "is not a variable of the server, so it is ignored.", "Use one of {expected}.");

    public static readonly ConfigurationProblemTemplate CommaInOriginsFile = new(NotAnOrigin,
        "holds a comma; the file takes one origin per line.", "Put each origin on a line of its own.");

    // detail: the operating system's message.
    public static readonly ConfigurationProblemTemplate UnreadableOriginsFile = new(UnreadableFile,
        "names a file that cannot be read: {detail}",
        "Point it at a readable file of one origin per line, relative to the working directory, or unset it.");
}
