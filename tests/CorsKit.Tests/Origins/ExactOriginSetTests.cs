using System.Globalization;
using CorsKit.Origins;
using CorsKit.Tests.Properties;
using CsCheck;

namespace CorsKit.Tests.Origins;

// The exact-origin lookup must answer exactly what an ordinal set of strings answers, whatever the configured origins
// share and whatever a request carries: the hash only makes a lookup fast, the whole-string comparison decides. The
// adversarial sets are the shapes of a multi-tenant service, which defeated the keyed table this one replaced.
public class ExactOriginSetTests
{
    private static readonly long Iterations = PropertyIterations.OrDefault(5_000);

    private static string[] Numbered(int count, string format) =>
        Enumerable.Range(1, count).Select(i => string.Format(CultureInfo.InvariantCulture, format, i)).ToArray();

    [Fact]
    public void Every_one_of_a_thousand_numbered_origins_is_found_and_near_misses_are_not()
    {
        var origins = Numbered(1000, "https://app{0:D4}.example.com");
        var set = new ExactOriginSet(origins);

        Assert.All(origins, origin => Assert.True(set.Contains(origin), origin));
        Assert.False(set.Contains("https://app1001.example.com"));
        Assert.False(set.Contains("https://app0000.example.com"));
        Assert.False(set.Contains("https://APP0001.example.com"));
        Assert.False(set.Contains("https://app0001.example.org"));
        Assert.False(set.Contains("http://app00001.example.com"));
        Assert.False(set.Contains("https://app0001.example.com/"));
        Assert.False(set.Contains("https://app001.example.com"));
    }

    public static TheoryData<string> TenantShapes => new()
    {
        "https://tenant{0}.myapp.com",
        "https://app{0}.example{1}.com",
        "https://shop-{0:D7}.stores.example.net",
        "http://h{0:D6}.test",
        "https://{0:D6}.a",
    };

    [Theory]
    [MemberData(nameof(TenantShapes))]
    public void Origins_that_share_their_shape_are_found_exactly_and_spread_over_the_table(string shape)
    {
        string Origin(int i) => string.Format(CultureInfo.InvariantCulture, shape, i, i % 97);
        var origins = Enumerable.Range(0, 200_000).Where(i => i % 2 == 0).Select(Origin).ToArray();
        var set = new ExactOriginSet(origins);

        // Every odd number is a near miss: same length, same prefix and suffix, one digit apart.
        for (var i = 0; i < 200_000; i++)
        {
            Assert.True(set.Contains(new string(Origin(i).AsSpan())) == (i % 2 == 0), Origin(i));
        }

        // A lookup walks at most the longest run of occupied slots: with hashes over every character, sequential
        // origins spread like random ones, and no run comes near the length of a scan.
        Assert.InRange(set.LongestRun(), 1, 100);
    }

    [Fact]
    public void Origins_of_different_lengths_are_told_apart_from_either_end()
    {
        string[] origins =
        [
            "http://localhost:3000", "http://localhost:5173", "https://a.io", "https://b.io", "https://example.com",
            "https://api.example.com", "https://xn--bcher-kva.example",
        ];
        var set = new ExactOriginSet(origins);

        Assert.All(origins, origin => Assert.True(set.Contains(origin), origin));
        Assert.False(set.Contains("https://c.io"));
        Assert.False(set.Contains("http://localhost:3001"));
        Assert.False(set.Contains("https://a.i"));
        Assert.False(set.Contains(""));
    }

    [Fact]
    public void An_empty_origin_is_refused_when_the_set_is_built() =>
        Assert.Throws<ArgumentException>(() => new ExactOriginSet(["https://app.example.com", ""]));

    [Fact]
    public void An_empty_set_contains_nothing()
    {
        var set = new ExactOriginSet([]);

        Assert.Equal(0, set.Count);
        Assert.False(set.Contains(""));
        Assert.False(set.Contains("https://app.example.com"));
    }

    [Fact]
    public void Lookups_agree_with_an_ordinal_hash_set_on_generated_origins_and_requests()
    {
        // A small alphabet makes configured origins share characters and requests hit, nearly hit and miss; any
        // character at all (controls, surrogates, U+FFFF) covers every UTF-16 code unit the hash reads.
        var genText = Gen.String[Gen.Char["ab.:/9"], 1, 12];
        var genAnyText = Gen.String[Gen.Char, 1, 14];
        var genCase = Gen.Select(genText.HashSet[0, 40], genAnyText.HashSet[0, 5], genText.Array[0, 40], genAnyText.Array[0, 5]);

        genCase.Sample((configured, configuredAnyText, nearby, arbitrary) =>
        {
            configured.UnionWith(configuredAnyText);
            var origins = configured.ToArray();
            var set = new ExactOriginSet(origins);
            var reference = configured.ToHashSet(StringComparer.Ordinal);
            var requests = origins.Concat(nearby).Concat(arbitrary).Concat(origins.Select(o => o[..^1]));
            return requests.All(request => set.Contains(request) == reference.Contains(request));
        }, iter: Iterations);
    }
}
