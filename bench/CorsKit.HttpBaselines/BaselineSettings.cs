using System.Globalization;

namespace CorsKit.HttpBaselines;

/// <summary>The baseline server's settings: the mode from the command line, the rest from CorsKit.Server's variables.</summary>
internal sealed record BaselineSettings(CorsMode Mode, string Host, int Port, string[] Origins, LogLevel LogLevel)
{
    public static bool TryRead(string[] args, Func<string, string?> variable, out BaselineSettings settings, out string problem)
    {
        settings = null!;
        if (args.Length != 2 || args[0] != "--cors")
        {
            problem = $"Expected '--cors builtin' or '--cors none', got '{string.Join(' ', args)}'.";
            return false;
        }

        CorsMode mode;
        switch (args[1])
        {
            case "builtin":
                mode = CorsMode.BuiltIn;
                break;
            case "none":
                mode = CorsMode.None;
                break;
            default:
                problem = $"--cors '{args[1]}' is not a mode. Write 'builtin' (Microsoft's CORS middleware) or 'none'.";
                return false;
        }

        var portText = variable("PORT") ?? "4000";
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            problem = $"PORT '{portText}' is not a port. Write a number from 0 to 65535.";
            return false;
        }

        var logLevelText = variable("LOG_LEVEL") ?? nameof(LogLevel.Warning);
        if (!Enum.TryParse<LogLevel>(logLevelText, ignoreCase: true, out var logLevel) || !Enum.IsDefined(logLevel))
        {
            problem = $"LOG_LEVEL '{logLevelText}' is not a log level. Write Trace, Debug, Information, Warning, Error, Critical or None.";
            return false;
        }

        var origins = (variable("CORS_ORIGINS") ?? variable("BASE_URL") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (mode == CorsMode.BuiltIn && origins.Length == 0)
        {
            problem = "CORS_ORIGINS is empty. Set it to the origin(s) the built-in policy allows, e.g. CORS_ORIGINS=https://app.example.com.";
            return false;
        }

        settings = new BaselineSettings(mode, variable("HOST") ?? "127.0.0.1", port, origins, logLevel);
        problem = string.Empty;
        return true;
    }
}
