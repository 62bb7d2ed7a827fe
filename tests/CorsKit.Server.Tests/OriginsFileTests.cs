using CorsKit.TestSupport.Server;
using CorsKit.TestSupport.Waiting;

namespace CorsKit.Server.Tests;

// CORS_ORIGINS_FILE: a long allow-list, one origin per line, validated like CORS_ORIGINS with the file and line of
// each problem, and followed while the server runs with the last good list kept.
public class OriginsFileTests
{
    private static (string Directory, string File) NewFile(string text)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("corskit-origins-file-").FullName;
        var file = Path.Combine(directory, "origins.txt");
        System.IO.File.WriteAllText(file, text);
        return (directory, file);
    }

    [Fact]
    public async Task The_files_origins_are_allowed_with_comments_and_blank_lines_ignored_and_replace_the_defaults()
    {
        var (directory, _) = NewFile("# tenants\n\nhttps://tenant1.myapp.com\n  https://tenant2.myapp.com  \n# https://commented.example\n");
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_ORIGINS_FILE"] = "origins.txt" }, directory);

        Assert.True(await server.Client.AllowsDeleteFrom("https://tenant1.myapp.com"));
        Assert.True(await server.Client.AllowsDeleteFrom("https://tenant2.myapp.com"));
        Assert.False(await server.Client.AllowsDeleteFrom("https://commented.example"));
        Assert.False(await server.Client.AllowsDeleteFrom("http://localhost:5173"));
    }

    [Fact]
    public async Task Origins_from_the_variable_and_the_file_are_both_allowed()
    {
        var (directory, _) = NewFile("https://tenant1.myapp.com\n");
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["CORS_ORIGINS_FILE"] = "origins.txt",
            ["CORS_ORIGINS"] = "https://admin.myapp.com",
        }, directory);

        Assert.True(await server.Client.AllowsDeleteFrom("https://tenant1.myapp.com"));
        Assert.True(await server.Client.AllowsDeleteFrom("https://admin.myapp.com"));
    }

    [Fact]
    public async Task Invalid_lines_stop_the_start_each_named_by_file_and_line()
    {
        var (directory, _) = NewFile("https://ok.example\n# fine\nhttps://bad.example/\nhttps://a.example, https://b.example\nnull\n");

        var (exitCode, errors, output) = await ServerProcess.RunToExitAsync(new Dictionary<string, string> { ["CORS_ORIGINS_FILE"] = "origins.txt" }, directory);

        Assert.Equal(1, exitCode);
        Assert.Contains("CORS_ORIGINS_FILE (origins.txt line 3): \"https://bad.example/\"", errors, StringComparison.Ordinal);
        Assert.Contains("CORS_ORIGINS_FILE (origins.txt line 4)", errors, StringComparison.Ordinal);
        Assert.Contains("one origin per line", errors, StringComparison.Ordinal);
        Assert.Contains("CORS_ORIGINS_FILE (origins.txt line 5): \"null\"", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_stops_the_start_naming_the_variable_and_the_path()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-origins-file-").FullName;

        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(new Dictionary<string, string> { ["CORS_ORIGINS_FILE"] = "missing.txt" }, directory);

        Assert.Equal(1, exitCode);
        Assert.Contains("CORS_ORIGINS_FILE: \"missing.txt\": names a file that cannot be read", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edits_are_followed_and_a_broken_file_keeps_the_last_good_list()
    {
        var (directory, file) = NewFile("https://first.example\n");
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_ORIGINS_FILE"] = "origins.txt" }, directory);
        Assert.True(await server.Client.AllowsDeleteFrom("https://first.example"));

        await File.WriteAllTextAsync(file, "https://first.example\nhttps://second.example\n");
        Assert.True(await Eventually.HoldsAsync(() => server.Client.AllowsDeleteFrom("https://second.example")), "the added origin was never applied");

        await File.WriteAllTextAsync(file, "https://third.example\nhttps://broken.example/path\n");
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(server.Output.Contains("origins.txt line 2", StringComparison.Ordinal) || server.Errors.Contains("origins.txt line 2", StringComparison.Ordinal))), $"the refusal was never reported:\n{server.Output}\n{server.Errors}");
        Assert.True(await server.Client.AllowsDeleteFrom("https://second.example"));
        Assert.False(await server.Client.AllowsDeleteFrom("https://third.example"));

        await File.WriteAllTextAsync(file, "https://a.example, https://b.example\n");
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(server.Errors.Contains("one origin per line", StringComparison.Ordinal))), "the unreadable line was never reported");
        Assert.True(await server.Client.AllowsDeleteFrom("https://second.example"));
        Assert.False(server.HasExited);
    }
}
