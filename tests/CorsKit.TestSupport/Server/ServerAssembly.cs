namespace CorsKit.TestSupport.Server;

/// <summary>Finds the server's build output: same configuration as these tests, in its own project folder.</summary>
public static class ServerAssembly
{
    /// <summary>The repository's root, where CorsKit.slnx is.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    // Declared after RepositoryRoot: static initializers run in order, and Find needs the root.
    public static string Path { get; } = Find();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CorsKit.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CorsKit.slnx above {AppContext.BaseDirectory}.");
    }

    private static string Find()
    {
        // Tests run from tests/<project>/bin/<Configuration>/<framework>/.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var path = System.IO.Path.Combine(RepositoryRoot, "src", "CorsKit.Server", "bin", configuration, framework.Name, "CorsKit.Server.dll");
        return File.Exists(path) ? path : throw new InvalidOperationException($"Build the server first: {path} is missing.");
    }
}
