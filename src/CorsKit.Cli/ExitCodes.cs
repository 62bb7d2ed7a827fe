namespace CorsKit.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    /// <summary>Allowed / nothing found / configuration valid.</summary>
    public const int Ok = 0;

    /// <summary>Blocked / findings / configuration invalid.</summary>
    public const int Problem = 1;

    /// <summary>Bad command line, unreachable server, unreadable file.</summary>
    public const int UsageOrNetworkError = 2;
}
