using Statements.Text;

namespace Statements.Tests;

public class NormalizerTests
{
    [Theory]
    [InlineData("Biden\u2019s call", "Biden's call")]
    [InlineData("\u201Ccandid\u201D", "\"candid\"")]
    [InlineData("`frank and constructive`", "\"frank and constructive\"")]
    [InlineData("a\u00A0b\u2009c", "a b c")]
    [InlineData("x\u2014y", "x-y")]
    [InlineData("one\r\ntwo", "one \ntwo")]
    [InlineData("one\rtwo", "one\ntwo")]
    [InlineData("bell\u0007here", "bell here")]
    public void Maps_characters_one_for_one(string input, string expected)
    {
        TextNormalizer.Instance.Normalize(input).Should().Be(expected);
    }

    [Theory]
    [InlineData("\uD800 lone high")]
    [InlineData("lone low \uDC00")]
    [InlineData("emoji \uD83D\uDE00 stays")]
    [InlineData("\u0645\u0631\u062D\u0628\u0627 \u200F RTL")]
    [InlineData("e\u0301 combining")]
    public void Never_changes_the_length(string input)
    {
        var output = TextNormalizer.Instance.Normalize(input);
        output.Length.Should().Be(input.Length);
    }

    [Fact]
    public void Keeps_paired_surrogates_and_replaces_lone_ones()
    {
        TextNormalizer.Instance.Normalize("a\uD83D\uDE00b").Should().Be("a\uD83D\uDE00b");
        TextNormalizer.Instance.Normalize("a\uD83Db").Should().Be("a b");
    }
}
