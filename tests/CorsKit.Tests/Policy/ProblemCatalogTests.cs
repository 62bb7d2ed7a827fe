using System.Reflection;
using CorsKit.Configuration;
using CorsKit.Policy;
using CorsKit.TestSupport.Engine;

namespace CorsKit.Tests.Policy;

// Problems are worded once per rule, in templates, and read with each problem's fields. Every sentence must read after
// the value, and name only fields and real settings.
public class ProblemCatalogTests
{
    // The engine's, the configuration reader's and the server's, and the command line's (the middleware's are checked in
    // its own tests).
    private static readonly Assembly[] Assemblies =
        [typeof(CorsKitPolicy).Assembly, typeof(CorsConfigurationReader).Assembly, Assembly.Load("CorsKit.Cli")];

    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in ProblemTemplates.DeclaredIn(Assemblies))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_sentence_reads_after_the_value_and_names_only_fields_and_settings(string name) =>
        Assert.Empty(ProblemTemplates.Violations(ProblemTemplates.DeclaredIn(Assemblies).Single(entry => entry.Name == name).Template));

    [Fact]
    public void Each_rule_has_its_own_wording()
    {
        var duplicates = ProblemTemplates.DeclaredIn(Assemblies).GroupBy(entry => (entry.Template.Reason, entry.Template.Fix)).Where(group => group.Count() > 1)
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
}
