using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.BrowserSimulation.Tests;

public class WriteRefusalTests
{
    private static ReceivedResponse Problem(int status, string body) => new(status, [new HeaderLine("Content-Type", "application/problem+json")], body);

    [Fact]
    public void CorsKits_problem_document_is_read_with_its_reason_and_fix() =>
        Assert.Equal(("cross-site", "Allow it."), WriteRefusal.Read(Problem(403, """{"title":"Cross-origin write refused","reason":"cross-site","fix":"Allow it."}""")));

    [Theory]
    [InlineData(403, """{"title":"Forbidden","detail":"no"}""")]
    [InlineData(400, """{"title":"Cross-origin write refused"}""")]
    [InlineData(403, """not json""")]
    [InlineData(403, """["a list"]""")]
    [InlineData(403, """{"title":42}""")]
    public void Any_other_answer_is_not_a_refused_write(int status, string body) =>
        Assert.Null(WriteRefusal.Read(Problem(status, body)));

    [Fact]
    public void Members_that_are_not_text_are_left_out_instead_of_failing() =>
        Assert.Equal(("write-refused", null), WriteRefusal.Read(Problem(403, """{"title":"Cross-origin write refused","reason":7,"fix":{}}""")));
}
