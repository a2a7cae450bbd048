using Statements.Articles;

namespace Statements.Tests;

public class ArticleSplitterTests
{
    private const string Article = """
        Leaders of Chile and the US talk trade

        (Daily Wire) - US President Anna Lind and Chilean President Omar Diaz spoke by phone on Monday.

        Photo: the two presidents at an earlier summit (Photo: AP).

        According to the Chilean presidency, the two leaders had a frank exchange of views on copper and fishing.

        Mr. Diaz stressed that the copper market must stay open.

        "Our doors will always be open to partners who respect us. Trade must be fair."

        On the US side, the White House described the call as constructive.

        President Lind noted that the alliance is strong.

        The US leader emphasized the importance of freedom of navigation.

        Also on Monday, both Chile and the US confirmed that ministers will meet in May.

        Leave a Reply
        """;

    private static readonly ArticleSplit Split = ArticleSplitter.Default.Split(Article, "article.txt");

    private static List<string> ClaimTexts(Readout readout) =>
        ReadoutAnalyzer.Default.Analyze(readout, readout.Side == "United States" ? "R" : "L").Claims.Select(c => c.Text).ToList();

    [Fact]
    public void The_counterpart_is_left_and_the_United_States_right()
    {
        Split.Left.Side.Should().Be("Chile");
        Split.Right.Side.Should().Be("United States");
        Split.Left.Text.Should().Be(Article);
        Split.Right.Text.Should().Be(Article);
    }

    [Fact]
    public void A_source_cue_switches_sides_and_unmarked_sentences_follow_it()
    {
        var chile = ClaimTexts(Split.Left);
        chile.Should().Contain(t => t.StartsWith("According to the Chilean presidency", StringComparison.Ordinal));
        chile.Should().Contain(t => t.StartsWith("Mr. Diaz stressed", StringComparison.Ordinal));
        chile.Should().Contain(t => t.Contains("Trade must be fair", StringComparison.Ordinal));

        var us = ClaimTexts(Split.Right);
        us.Should().Contain(t => t.StartsWith("On the US side", StringComparison.Ordinal));
        us.Should().Contain(t => t.StartsWith("The US leader emphasized", StringComparison.Ordinal));
    }

    [Fact]
    public void Narration_about_both_governments_furniture_and_captions_belong_to_neither_side()
    {
        var all = ClaimTexts(Split.Left).Concat(ClaimTexts(Split.Right)).ToList();
        all.Should().NotContain(t => t.Contains("both Chile and the US", StringComparison.Ordinal));
        all.Should().NotContain(t => t.Contains("Leave a Reply", StringComparison.Ordinal));
        all.Should().NotContain(t => t.Contains("Photo", StringComparison.Ordinal));
        all.Should().NotContain(t => t.StartsWith("(Daily Wire)", StringComparison.Ordinal));
        ClaimTexts(Split.Left).Intersect(ClaimTexts(Split.Right)).Should().BeEmpty();
    }

    [Fact]
    public void A_quoted_paragraph_keeps_the_speaker_before_it()
    {
        var analysis = ReadoutAnalyzer.Default.Analyze(Split.Left, "L");
        analysis.Claims.Where(c => c.Text.Contains("Trade must be fair", StringComparison.Ordinal) || c.Text.Contains("Our doors", StringComparison.Ordinal))
            .Should().OnlyContain(c => c.Speaker == "Omar Diaz" && c.Quoted);
    }

    [Fact]
    public void Each_side_has_its_own_tone()
    {
        var comparison = ReadoutComparer.Default.Compare(Split.Left, Split.Right);
        comparison.Tone.LeftOnly.Should().Contain("candid");
        comparison.Tone.RightOnly.Should().Contain("constructive");
    }

    [Fact]
    public void An_article_without_cues_gives_two_empty_sides_and_loses_no_text()
    {
        var split = ArticleSplitter.Default.Split("Markets rose on Monday. Analysts were pleased.");
        split.Attribution.Should().OnlyContain(a => a.Side == null);
        ReadoutAnalyzer.Default.Analyze(split.Left).Claims.Should().BeEmpty();
        ReadoutAnalyzer.Default.Analyze(split.Left).Sentences.Should().HaveCount(2);
    }
}
