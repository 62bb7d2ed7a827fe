using CorsKit.Evaluation;

namespace CorsKit.Tests.Evaluation;

// Hosts name, count and log refusals from CorsDenialReasons alone: every reason must be described, once.
public class DenialReasonTableTests
{
    [Fact]
    public void Every_reason_is_described_in_the_order_of_its_value()
    {
        Assert.Equal(Enum.GetValues<CorsDenialReason>(), CorsDenialReasons.All.Select(d => d.Reason));
        Assert.All(Enum.GetValues<CorsDenialReason>(), reason => Assert.Equal(reason, CorsDenialReasons.Describe(reason).Reason));
    }

    [Fact]
    public void Names_and_event_ids_are_unique_and_names_are_kebab_case()
    {
        Assert.Equal(CorsDenialReasons.All.Count, CorsDenialReasons.All.Select(d => d.Name).Distinct().Count());
        Assert.Equal(CorsDenialReasons.All.Count, CorsDenialReasons.All.Select(d => d.EventId).Distinct().Count());
        Assert.All(CorsDenialReasons.All, d => Assert.Matches("^[a-z]+(-[a-z]+)*$", d.Name));
    }

    [Theory]
    [InlineData(CorsDenialReason.MethodNotAllowed, "PATCH", "the method PATCH is not allowed")]
    [InlineData(CorsDenialReason.HeaderNotAllowed, "x-secret", "the request header x-secret is not allowed")]
    [InlineData(CorsDenialReason.MultipleOrigins, "", "the request has several Origin headers")]
    public void The_explanation_names_the_refused_value(CorsDenialReason reason, string value, string expected) =>
        Assert.Equal(expected, CorsDenialReasons.Describe(reason).Explain(value));

    [Fact]
    public void A_value_outside_the_enum_is_described_as_denied() =>
        Assert.Equal("denied", CorsDenialReasons.Describe((CorsDenialReason)99).Name);
}
