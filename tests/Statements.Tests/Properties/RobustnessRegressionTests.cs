using Statements.Sentences;

namespace Statements.Tests.Properties;

/// <summary>One test per bug the property tests and the fuzzer found, on the smallest input that showed it.</summary>
public class RobustnessRegressionTests
{
    [Theory]
    [InlineData("\nThe two leaders spoke by phone.")]
    [InlineData("\u2028\"St. Petersburg\" was discussed.")]
    [InlineData("\u0085p8\r\n\"St. Путин заявил'")]
    [InlineData("\n\nPresident Xi said that ties matter.\n")]
    public void A_text_that_opens_with_a_line_break_analyses(string text)
    {
        // A line break at offset 0 made the splitter look for "the line before it" at offset 1 with length -1
        // (ArgumentOutOfRangeException in LineBreakEndsSentence).
        var analysis = ReadoutComparer.Default.Analyze(new Readout(text, "China"));
        Invariants.Check(analysis);
        analysis.Sentences.Should().NotBeEmpty();
    }

    [Fact]
    public void A_quote_closed_after_an_ellipsis_is_counted_once()
    {
        // Each dot of "..." rescanned the closing quote after it and toggled the quote state again, so the
        // next sentence was taken to open inside a quotation.
        const string text = "He said \"we agree...\" and left. The minister agreed.";
        var sentences = RuleSentenceSplitter.Instance.Split(text);
        sentences.Should().HaveCount(2);
        sentences[1].OpensInsideQuote.Should().BeFalse();
    }

    [Fact]
    public void A_quote_closed_after_a_run_of_question_marks_is_counted_once()
    {
        const string text = "She asked \"why???\" and paused. Then he spoke.";
        var sentences = RuleSentenceSplitter.Instance.Split(text);
        sentences.Should().HaveCount(2);
        sentences[1].OpensInsideQuote.Should().BeFalse();
    }
}
