using CorsKit.Policy;

namespace CorsKit.Tests.Policy;

// Settings named in a problem's sentences are structure ({Credentials}), renamed exactly; the user's own text is never
// taken for a setting, and problems compare by what they say.
public class ConfigurationProblemTests
{
    private static readonly Dictionary<string, string> ServerNames = new() { ["Origins"] = "CORS_ORIGINS", ["Credentials"] = "CORS_CREDENTIALS" };

    [Fact]
    public void Named_settings_read_as_option_names_and_rename_to_the_hosts_keys()
    {
        var problem = new ConfigurationProblem(ConfigurationProblemKind.WildcardWithCredentials, "Origins", "*", "allows every origin with {Credentials} on.", "Set {Credentials} to false.");

        Assert.Equal("Set Credentials to false.", problem.Fix);
        var renamed = problem.RenameSettings(ServerNames);
        Assert.Equal(("CORS_ORIGINS", "allows every origin with CORS_CREDENTIALS on.", "Set CORS_CREDENTIALS to false."), (renamed.Setting, renamed.Reason, renamed.Fix));
    }

    [Fact]
    public void Text_quoted_from_the_user_is_never_taken_for_a_setting()
    {
        var fromUser = ConfigurationProblem.Literal("has an invalid host name \"{Credentials}\" and a {{brace}}.");
        var problem = new ConfigurationProblem(ConfigurationProblemKind.InvalidHost, "Origins", "https://{Credentials}", fromUser, "Fix {Credentials}.");

        var renamed = problem.RenameSettings(ServerNames);

        Assert.Equal("has an invalid host name \"{Credentials}\" and a {{brace}}.", renamed.Reason);
        Assert.Equal("Fix CORS_CREDENTIALS.", renamed.Fix);
    }

    [Fact]
    public void A_user_value_with_braces_in_a_configured_origin_is_quoted_as_written()
    {
        var options = new CorsPolicyOptions();
        options.Origins.Add("https://{Credentials}");

        var problem = Assert.Single(CorsKitPolicy.TryCompile(options).Errors).RenameSettings(ServerNames);

        Assert.Contains("\"{Credentials}\"", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_are_equal_when_they_read_the_same()
    {
        var problem = new ConfigurationProblem(ConfigurationProblemKind.Other, "Origins", "x", "names {Credentials}.", "Fix it.");

        Assert.Same(problem, problem.RenameSettings(new Dictionary<string, string>()));
        Assert.Equal(problem.RenameSettings(ServerNames), problem.RenameSettings(new Dictionary<string, string>(ServerNames)));
        Assert.Equal(problem.RenameSettings(ServerNames).GetHashCode(), problem.RenameSettings(new Dictionary<string, string>(ServerNames)).GetHashCode());
        Assert.Equal(problem, new ConfigurationProblem(ConfigurationProblemKind.Other, "Origins", "x", "names Credentials.", "Fix it."));
        Assert.NotEqual(problem, problem with { Kind = ConfigurationProblemKind.UnknownSetting });
    }
}
