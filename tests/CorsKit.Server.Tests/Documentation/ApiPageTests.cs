using System.Text.RegularExpressions;

namespace CorsKit.Server.Tests.Documentation;

/// <summary>
/// docs/api.md names every public type under the namespace it lives in. The types come from the packages'
/// PublicAPI.*.txt files, which the build holds to the code.
/// </summary>
public sealed partial class ApiPageTests
{
    [Fact]
    public void Every_public_type_is_on_the_api_page_under_its_namespace()
    {
        var root = DocumentedCommandsTests.Root;
        var rows = File.ReadAllLines(Path.Combine(root, "docs", "api.md"))
            .Select(line => TableRow().Match(line))
            .Where(match => match.Success)
            .ToList();
        var listed = new HashSet<(string Namespace, string Type)>();
        foreach (var row in rows)
        {
            foreach (Match type in Code().Matches(row.Groups["types"].Value))
            {
                listed.Add((row.Groups["namespace"].Value, type.Groups["name"].Value));
            }
        }

        var types = Directory.GetFiles(Path.Combine(root, "src"), "PublicAPI.*.txt", SearchOption.AllDirectories)
            .SelectMany(File.ReadAllLines)
            .Select(line => TypeLine().Match(line.Trim()))
            .Where(match => match.Success)
            .Select(match => (Namespace: match.Groups["namespace"].Value, Type: match.Groups["type"].Value))
            .Distinct()
            .ToList();

        Assert.True(types.Count > 40, $"read only {types.Count} public types: are the PublicAPI files where they were?");
        Assert.All(types, type => Assert.True(listed.Contains(type), $"docs/api.md does not list {type.Type} under {type.Namespace}"));
    }

    // | package | `Namespace` | `Type`, `Other` ... |, the package cell empty on continuation rows.
    [GeneratedRegex(@"^\|[^|]*\|\s*`(?<namespace>[A-Za-z.]+)`\s*\|(?<types>.*)\|\s*$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"`(?<name>[A-Za-z]+)(\([^`]*\))?`")]
    private static partial Regex Code();

    // A line that declares a type: "Namespace.Type" (a class, an interface, an enum, an attribute), nothing after it.
    [GeneratedRegex(@"^(static |abstract |sealed )*(?<namespace>[A-Za-z]+(\.[A-Za-z]+)*)\.(?<type>[A-Z][A-Za-z]+)$")]
    private static partial Regex TypeLine();
}
