using System.Reflection;
using System.Text.RegularExpressions;
using CorsKit.Policy;
using CorsKit.Policy.Problems;

namespace CorsKit.Tests.Policy;

// The engine's problems are worded once, in the catalogs of CorsKit.Policy.Problems, and read with each problem's
// fields. Every sentence must read after the value, end as a sentence, and name only fields and real settings.
public partial class ProblemCatalogTests
{
    private static readonly HashSet<string> Placeholders =
        [.. typeof(CorsPolicyOptions).GetProperties().Select(property => property.Name), "value", "detail", "expected"];

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in All())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_sentence_reads_after_the_value_and_names_only_fields_and_settings(string name)
    {
        var template = All().Single(entry => entry.Name == name).Template;

        Assert.True(char.IsLower(template.Reason[0]), $"{name}: the reason follows the value, so it starts in lower case: {template.Reason}");
        Assert.True(char.IsUpper(template.Fix[0]), $"{name}: the fix is a sentence of its own: {template.Fix}");
        Assert.EndsWith(".", template.Reason, StringComparison.Ordinal);
        Assert.EndsWith(".", template.Fix, StringComparison.Ordinal);
        foreach (var text in new[] { template.Reason, template.Fix })
        {
            var unescaped = text.Replace("{{", "", StringComparison.Ordinal).Replace("}}", "", StringComparison.Ordinal);
            foreach (Match placeholder in PlaceholderPattern().Matches(unescaped))
            {
                Assert.Contains(placeholder.Groups[1].Value, Placeholders);
            }

            Assert.Equal(unescaped.Count(c => c == '{'), PlaceholderPattern().Count(unescaped));
        }
    }

    [Fact]
    public void Each_rule_has_its_own_wording()
    {
        var duplicates = All().GroupBy(entry => (entry.Template.Reason, entry.Template.Fix)).Where(group => group.Count() > 1)
            .Select(group => string.Join(" = ", group.Select(entry => entry.Name)));

        Assert.Empty(duplicates);
    }

    [Fact]
    public void A_problem_is_its_kind_and_fields_and_its_sentences_follow_from_them()
    {
        var problem = Assert.Single(CorsKitPolicy.TryCompile(new CorsPolicyOptions { Origins = { "https://App.Example.com:443/" } }).Errors);

        Assert.Equal((ConfigurationProblemKind.NotAnOrigin, "Origins", "https://App.Example.com:443/", null, "https://App.Example.com:443"),
            (problem.Kind, problem.Setting, problem.Value, problem.Detail, problem.Expected));
        Assert.Equal("Write \"https://App.Example.com:443\".", problem.Fix);
        Assert.Equal("Write \"https://other.example\".", (problem with { Expected = "https://other.example" }).Fix);
    }

    [Fact]
    public void Fields_are_read_as_written_and_never_as_settings()
    {
        var problem = Assert.Single(CorsKitPolicy.TryCompile(new CorsPolicyOptions { Origins = { "https://app.example.com:{Credentials}" } }).Errors)
            .RenameSettings(new Dictionary<string, string> { ["Credentials"] = "CORS_CREDENTIALS" });

        Assert.Equal("{Credentials}", problem.Detail);
        Assert.Equal("has an invalid port \"{Credentials}\"; a port is a number from 1 to 65535, or * for any port.", problem.Reason);
    }

    [Fact]
    public void A_setting_a_sentence_names_is_renamed_with_the_problem()
    {
        var options = new CorsPolicyOptions { Origins = { "http://app.example.com" }, Credentials = true };
        var problem = Assert.Single(CorsKitPolicy.TryCompile(options).Errors)
            .RenameSettings(new Dictionary<string, string> { ["Origins"] = "CORS_ORIGINS", ["Credentials"] = "CORS_CREDENTIALS", ["AllowInsecureOrigins"] = "CORS_ALLOW_INSECURE_ORIGINS" });

        Assert.Equal((ConfigurationProblemKind.InsecureOrigin, "CORS_ORIGINS"), (problem.Kind, problem.Setting));
        Assert.Contains("with CORS_CREDENTIALS on", problem.Reason, StringComparison.Ordinal);
        Assert.Contains("set CORS_ALLOW_INSECURE_ORIGINS to true", problem.Fix, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Name, ProblemTemplate Template)> All() =>
        typeof(ProblemTemplate).Assembly.GetTypes()
            .Where(type => type.Namespace == typeof(ProblemTemplate).Namespace)
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.FieldType == typeof(ProblemTemplate))
            .Select(field => ($"{field.DeclaringType!.Name}.{field.Name}", (ProblemTemplate)field.GetValue(null)!));

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex PlaceholderPattern();
}
