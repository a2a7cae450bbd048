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
    [Fact]
    public void Readouts_that_repeat_sentences_mirror_when_the_sides_swap()
    {
        // Found by the mirror property on two mutated White House readouts, each repeating sentences. Several
        // pairs tied on score and on distance of place; the assignment and the group growth broke the tie by index
        // or by the order candidates were met, which depends on which readout is on the left. Ties now go by keys
        // that are the same either way (the product of the relative places; the group's other-side anchor).
        var folder = Path.Combine(AppContext.BaseDirectory, "Properties", "Data");
        var left = new Readout(File.ReadAllText(Path.Combine(folder, "mirror-left.txt")), "China");
        var right = new Readout(File.ReadAllText(Path.Combine(folder, "mirror-right.txt")), "United States");

        var forward = ReadoutComparer.Default.Compare(left, right);
        var backward = ReadoutComparer.Default.Compare(right, left);

        Invariants.MirrorKey(backward, swap: true).Should().Be(Invariants.MirrorKey(forward, swap: false));
    }
}
