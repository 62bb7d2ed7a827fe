using CorsKit.Configuration.Environment;
using CorsKit.Configuration.Settings;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Configuration.Tests.Settings;

// The settings table is the one description of a policy's settings: it must describe every option, once.
public class CorsSettingsTests
{
    [Fact]
    public void Every_option_but_the_code_only_predicate_is_described_once()
    {
        var options = typeof(CorsPolicyOptions).GetProperties()
            .Where(property => property.Name != nameof(CorsPolicyOptions.OriginPredicate))
            .Select(property => property.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(options, CorsSettings.All.Select(setting => setting.Key).Order(StringComparer.Ordinal));
    }

    // The startup report is one line per reported row; the rest are told by another line or by a warning.
    [Fact]
    public void Every_setting_has_a_report_line_or_is_told_by_another()
    {
        var policy = new CorsKitPolicyBuilder().WithOrigins("https://app.example.com").ProtectWrites("https://pay.example.net").AllowSameSiteWrites().Build();

        Assert.Equal(
            [nameof(CorsPolicyOptions.AllowInsecureOrigins), nameof(CorsPolicyOptions.TrustedWriteOrigins), nameof(CorsPolicyOptions.AllowSameSiteWrites)],
            CorsSettings.All.Where(setting => setting.Report is null).Select(setting => setting.Key));
        Assert.All(CorsSettings.All.Where(setting => setting.Report is not null), setting => Assert.False(string.IsNullOrWhiteSpace(setting.Report!.Value.Describe(policy))));
        Assert.Equal(
            "protected: same-origin requests and the origins above may write, and https://pay.example.net, and any origin of the same site",
            CorsSettings.Find(nameof(CorsPolicyOptions.ProtectWrites))!.Report!.Value.Describe(policy));
    }

    [Fact]
    public void Variables_are_unique_and_the_server_reads_each()
    {
        Assert.Equal(CorsSettings.All.Count, CorsSettings.All.Select(setting => setting.Variable).Distinct().Count());
        Assert.All(CorsSettings.All, setting => Assert.Contains(setting.Variable, CorsEnvironmentVariables.All));
        Assert.All(CorsSettings.All, setting => Assert.Matches("^(CORS|CSRF)_[A-Z_]+$", setting.Variable));
    }

    // Each row reads its own option: a value written under the key arrives in that property and no other.
    [Theory]
    [InlineData("Origins", "https://a.example,https://b.example")]
    [InlineData("Methods", "PUT")]
    [InlineData("Headers", "X-Custom")]
    [InlineData("ExposeHeaders", "X-Total")]
    [InlineData("Credentials", "true")]
    [InlineData("MaxAge", "600")]
    [InlineData("AllowInsecureOrigins", "true")]
    [InlineData("PreflightStatus", "200")]
    public void Each_setting_reads_its_own_option(string key, string value)
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"Cors:{key}"] = value }).Build().GetSection("Cors");

        var read = CorsConfigurationReader.ReadPolicy(section);

        Assert.Empty(read.Problems);
        var changed = typeof(CorsPolicyOptions).GetProperties()
            .Where(property => property.Name != nameof(CorsPolicyOptions.OriginPredicate))
            .Where(property => !Same(property.GetValue(read.Options), property.GetValue(new CorsPolicyOptions())))
            .Select(property => property.Name);
        Assert.Equal([key], changed);
    }

    private static bool Same(object? a, object? b) =>
        a is IEnumerable<string> left && b is IEnumerable<string> right ? left.SequenceEqual(right) : Equals(a, b);
}
