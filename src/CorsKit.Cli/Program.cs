namespace CorsKit.Cli;

internal static class Program
{
    public static Task<int> Main(string[] args) => CliApplication.RunAsync(args, CliEnvironment.FromConsole());
}
