using System.Text;
using CorsKit.Evaluation;
using CorsKit.Fuzz.Harness;
using CorsKit.Policy;

namespace CorsKit.Fuzz.Tests;

// The harness itself: how bytes become headers, that the mutator is reproducible, and that the invariant check can fail.
public class HarnessTests
{
    [Fact]
    public void Bytes_split_at_NUL_into_origin_request_method_and_request_headers()
    {
        var input = Assert.Single(FuzzInput.Decode("https://a.example\0PUT\0x-a\0x-b"u8));
        Assert.Equal(new FuzzInput("https://a.example", "PUT", "x-a\0x-b"), input);
    }

    [Fact]
    public void Missing_parts_are_absent_headers()
    {
        Assert.Equal(new FuzzInput("https://a.example", null, null), Assert.Single(FuzzInput.Decode("https://a.example"u8)));
        Assert.Equal(new FuzzInput("", "", null), Assert.Single(FuzzInput.Decode("\0"u8)));
    }

    [Fact]
    public void Non_ascii_bytes_are_decoded_both_as_latin1_and_as_utf8()
    {
        var inputs = FuzzInput.Decode(Encoding.UTF8.GetBytes("https://bücher.example")).Select(i => i.Origin).ToList();
        Assert.Equal(["https://bÃ¼cher.example", "https://bücher.example"], inputs);
    }

    [Fact]
    public void The_mutator_repeats_itself_for_a_seed_and_grows_floods_past_the_header_limit()
    {
        IReadOnlyList<byte[]> corpus = [Encoding.ASCII.GetBytes("https://a.example.com\0PUT\0x-a,x-b")];
        var first = new ByteMutator(7);
        var second = new ByteMutator(7);
        var outputs = Enumerable.Range(0, 2000).Select(_ => first.Mutate(corpus)).ToList();

        Assert.All(outputs, output => Assert.Equal(output, second.Mutate(corpus)));
        Assert.All(outputs, output => Assert.True(output.Length <= ByteMutator.MaxLength));
        Assert.Contains(outputs, output => output.Length > CorsLimits.MaxRequestHeadersLength);
        Assert.True(outputs.Distinct(new BytesComparer()).Count() > 1000, "the mutator keeps producing the same inputs");
    }

    [Fact]
    public void The_check_reports_a_policy_that_reflects_an_origin_it_does_not_list()
    {
        var options = new CorsPolicyOptions { Origins = { "https://app.example.com" }, OriginPredicate = _ => true };
        var reflecting = new FuzzPolicy("exact", CorsKitPolicy.Compile(options), new HashSet<string> { "https://app.example.com" });
        var request = new CorsRequest("GET", "https://evil.example.net");

        var violation = Assert.Throws<InvariantViolationException>(() => DecisionInvariants.Check(reflecting, request, reflecting.Policy.Evaluate(request)));
        Assert.Contains("https://evil.example.net", violation.Message, StringComparison.Ordinal);
        Assert.Contains("does not contain it", violation.Message, StringComparison.Ordinal);
    }

    private sealed class BytesComparer : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => obj.Length;
    }
}
