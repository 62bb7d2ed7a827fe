namespace CorsKit.Cli.Commands;

/// <summary>Writes exit-code-2 errors: one clear sentence on standard error, never a stack trace.</summary>
internal static class UsageError
{
    /// <summary>A bad argument or file.</summary>
    public static int Write(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine($"corskit: error: {message}");
        return ExitCodes.UsageOrNetworkError;
    }

    /// <summary>A server that could not be reached.</summary>
    public static int Network(CliEnvironment environment, Uri url, HttpRequestException exception)
    {
        var detail = exception.InnerException is { } inner && inner.Message != exception.Message
            ? $"{exception.Message} ({inner.Message})"
            : exception.Message;
        environment.Error.WriteLine($"corskit: error: could not get a response from {url}: {detail}");
        environment.Error.WriteLine("  Check that the server is running and the URL (scheme, host, port) is right. A browser would report: TypeError: Failed to fetch.");
        return ExitCodes.UsageOrNetworkError;
    }
}
