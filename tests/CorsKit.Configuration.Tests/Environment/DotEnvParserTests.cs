using CorsKit.Configuration.Environment;

namespace CorsKit.Configuration.Tests.Environment;

public class DotEnvParserTests
{
    [Theory]
    [InlineData("A=1", "A", "1")]
    [InlineData("export A=1", "A", "1")]
    [InlineData("export   A=1", "A", "1")]
    [InlineData("A=\"x # y\"", "A", "x # y")]
    [InlineData("A='quoted'", "A", "quoted")]
    [InlineData("A='x # y'", "A", "x # y")]
    [InlineData("A=value # comment", "A", "value")]
    [InlineData("A=value#not-a-comment", "A", "value#not-a-comment")]
    [InlineData(" A = spaced ", "A", "spaced")]
    [InlineData("A=", "A", "")]
    [InlineData("A=b=c", "A", "b=c")]
    [InlineData("URL=https://app.example.com/#top", "URL", "https://app.example.com/#top")]
    public void Lines_parse_like_dotenv(string line, string key, string value)
    {
        var variables = DotEnvParser.Parse(line);
        Assert.Equal(value, Assert.Single(variables, pair => pair.Key == key).Value);
    }

    [Fact]
    public void Blank_lines_and_comments_are_skipped()
    {
        var variables = DotEnvParser.Parse("# the seed's file\n\n   # indented comment\nPORT=4000\n\n");
        Assert.Equal("4000", Assert.Single(variables).Value);
    }

    [Fact]
    public void Double_quotes_understand_newline_and_quote_escapes_single_quotes_do_not()
    {
        var variables = DotEnvParser.Parse("DOUBLE=\"one\\ntwo \\\"three\\\"\"\nSINGLE='one\\ntwo'");
        Assert.Equal("one\ntwo \"three\"", variables["DOUBLE"]);
        Assert.Equal("one\\ntwo", variables["SINGLE"]);
    }

    [Fact]
    public void Windows_line_endings_are_read_like_unix_ones()
    {
        var variables = DotEnvParser.Parse("A=1\r\nB=2\r\n");
        Assert.Equal("1", variables["A"]);
        Assert.Equal("2", variables["B"]);
    }

    [Fact]
    public void Later_lines_win_and_keys_ignore_case_like_configuration()
    {
        var variables = DotEnvParser.Parse("CORS_ORIGINS=https://first.example.com\ncors_origins=https://second.example.com");
        Assert.Equal("https://second.example.com", Assert.Single(variables).Value);
        Assert.True(variables.ContainsKey("Cors_Origins"));
    }

    [Theory]
    [InlineData("PORT=4000\nthis is not an assignment", 2, "this is not an assignment")]
    [InlineData("=value", 1, "=value")]
    [InlineData("# fine\n\nMY KEY=1", 3, "MY KEY=1")]
    [InlineData("export", 1, "export")]
    public void A_malformed_line_is_named_by_its_number_with_the_fix(string text, int line, string content)
    {
        var error = Assert.Throws<DotEnvLineException>(() => DotEnvParser.Parse(text));
        Assert.Equal(line, error.Line);
        Assert.Equal(content, error.Text);
        Assert.StartsWith($".env line {line}: \"{content}\" is not KEY=value.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fix:", error.Message);
    }
}
