namespace Statements.Tests;

/// <summary>Sentence and claim texts are read from the readout's text on demand; they must behave as stored strings.</summary>
public class SentenceTextTests
{
    private static readonly ReadoutAnalysis Analysis = ReadoutAnalyzer.Default.Analyze(Readouts.SampleChina);

    [Fact]
    public void Every_sentence_and_claim_text_is_its_span_of_the_readout_and_reads_the_same_each_time()
    {
        var text = Analysis.Readout.Text;
        Analysis.Sentences.Should().NotBeEmpty();
        foreach (var sentence in Analysis.Sentences)
        {
            sentence.Text.Should().Be(sentence.Span.Of(text));
            sentence.Text.Should().BeSameAs(sentence.Text, "the text is cut out once and kept");
        }

        Analysis.Claims.Should().NotBeEmpty();
        foreach (var claim in Analysis.Claims)
        {
            claim.Text.Should().Be(claim.Span.Of(text));
        }
    }

    [Fact]
    public void A_sentence_equals_one_built_from_the_same_values_whether_or_not_its_text_was_read()
    {
        var fresh = ReadoutAnalyzer.Default.Analyze(Readouts.SampleChina);
        var unread = fresh.Sentences[1];
        var built = new Sentence(unread.Index, unread.Span, unread.Span.Of(fresh.Readout.Text), unread.Kind, unread.Paragraph, unread.ClaimIds);

        built.Should().Be(unread);
        built.GetHashCode().Should().Be(unread.GetHashCode());
        (unread with { Text = "other" }).Should().NotBe(unread);

        var claim = fresh.Claims[0];
        (claim with { Text = claim.Text }).Should().Be(claim);
        (claim with { Text = claim.Text + "!" }).Should().NotBe(claim);
    }

    [Fact]
    public void With_keeps_the_text_and_sets_a_new_one_when_asked()
    {
        var analysis = ReadoutAnalyzer.Default.Analyze(Readouts.SampleChina);
        var sentence = analysis.Sentences[0];
        var original = sentence.Span.Of(analysis.Readout.Text);

        var moved = sentence with { Span = new Span(0, 1) };
        moved.Text.Should().Be(original, "changing the span of a copy does not change the text it was given");
        (sentence with { Text = "Replaced." }).Text.Should().Be("Replaced.");
        new Sentence(0, new Span(0, 0), (string)null!, SentenceKind.Narration, 0, []).Text.Should().BeNull("a record keeps what it is given");
    }

    [Fact]
    public void Threads_reading_a_text_at_once_all_get_it()
    {
        for (var round = 0; round < 20; round++)
        {
            var analysis = ReadoutAnalyzer.Default.Analyze(Readouts.SampleUnitedStates);
            var texts = new string[8][];
            Parallel.For(0, texts.Length, t => texts[t] = [.. analysis.Sentences.Select(s => s.Text)]);
            foreach (var read in texts)
            {
                read.Should().Equal(analysis.Sentences.Select(s => s.Span.Of(analysis.Readout.Text)));
            }
        }
    }
}
