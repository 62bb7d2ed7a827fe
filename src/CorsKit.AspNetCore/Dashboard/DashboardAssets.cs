namespace CorsKit.AspNetCore.Dashboard;

/// <summary>The page, its script and its style, read once from the assembly's resources.</summary>
internal static class DashboardAssets
{
    private static readonly string PageTemplate = Read("index.html");

    public static string Script { get; } = Read("dashboard.js");

    public static string Style { get; } = Read("dashboard.css");

    /// <summary>The page, its links pointing under <paramref name="path"/>.</summary>
    public static string Page(string path) => PageTemplate.Replace("{{base}}", System.Net.WebUtility.HtmlEncode(path), StringComparison.Ordinal);

    private static string Read(string name)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream("CorsKit.Dashboard." + name)
            ?? throw new InvalidOperationException($"The decisions page's {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
