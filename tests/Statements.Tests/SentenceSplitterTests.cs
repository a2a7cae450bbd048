using Statements.Sentences;
using Statements.Text;

namespace Statements.Tests;

public class SentenceSplitterTests
{
    private static List<string> Split(string text)
    {
        var normalized = TextNormalizer.Instance.Normalize(text);
        return RuleSentenceSplitter.Instance.Split(normalized).Select(s => s.Span.Of(text)).ToList();
    }

    [Fact]
    public void Splits_ordinary_sentences()
    {
        Split("The leaders spoke. They agreed to meet! Why? Nobody knows.")
            .Should().Equal("The leaders spoke.", "They agreed to meet!", "Why?", "Nobody knows.");
    }

    [Fact]
    public void Keeps_titles_initials_and_suffixes_inside_a_sentence()
    {
        Split("President Joseph R. Biden, Jr. spoke today with Mr. Xi and Dr. Tedros. Gen. Milley joined.")
            .Should().Equal("President Joseph R. Biden, Jr. spoke today with Mr. Xi and Dr. Tedros.", "Gen. Milley joined.");
    }

    [Fact]
    public void Treats_US_as_an_abbreviation_unless_a_sentence_opener_follows()
    {
        Split("The U.S. President spoke with the U.K. Prime Minister. Talks went well in the U.S. The next round is set.")
            .Should().Equal("The U.S. President spoke with the U.K. Prime Minister.", "Talks went well in the U.S.", "The next round is set.");
    }

    [Fact]
    public void A_terminator_inside_a_bracketed_aside_ends_no_sentence()
    {
        // The Japanese Ministry of Foreign Affairs dates its summaries so: "(local time. September 22, Japan time.)".
        Split("On September 21 (local time. September 22, Japan time.), Mr. KISHIDA Fumio held a talk with President Biden. The overview of the talk is as follows.")
            .Should().Equal("On September 21 (local time. September 22, Japan time.), Mr. KISHIDA Fumio held a talk with President Biden.", "The overview of the talk is as follows.");
    }

    [Fact]
    public void A_bracketed_sentence_or_an_unclosed_bracket_still_ends_where_it_ends()
    {
        Split("(The call lasted an hour.) The President thanked him.")
            .Should().Equal("(The call lasted an hour.)", "The President thanked him.");
        Split("The leaders met (in Tokyo. They agreed to meet again. Talks will go on.")
            .Should().Equal("The leaders met (in Tokyo.", "They agreed to meet again.", "Talks will go on.");
    }

    [Fact]
    public void A_bracket_opened_far_before_a_terminator_does_not_hold_it()
    {
        // Only an aside's reach counts: a bracket opened more than 120 characters back (as in a hostile or broken text of
        // brackets and dots) does not join what follows into one ever longer sentence.
        var aside = "(" + string.Join(' ', Enumerable.Repeat("word", 40));
        Split(aside + ". Second sentence here. Third one) follows.")
            .Should().Equal(aside + ".", "Second sentence here.", "Third one) follows.");
    }

    [Fact]
    public void A_long_run_of_bracketed_dots_splits_and_loses_nothing()
    {
        var text = string.Concat(Enumerable.Repeat("(local time. Japan time) The leaders met. ", 20_000));
        var sentences = Split(text);
        sentences.Should().HaveCount(20_000).And.AllBe("(local time. Japan time) The leaders met. ".TrimEnd());
        string.Concat(sentences).Replace(" ", "", StringComparison.Ordinal).Should().Be(text.Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Splits_sentences_glued_without_a_space_as_where_a_page_joined_its_paragraphs()
    {
        Split("They called for a ceasefire and peace.Discussions also covered aid.The King warned of escalation!Talks will go on.")
            .Should().Equal("They called for a ceasefire and peace.", "Discussions also covered aid.", "The King warned of escalation!", "Talks will go on.");
    }

    [Theory]
    [InlineData("He met the U.S.Army chief in Kyiv today.")]
    [InlineData("Mr.Smith joined the call from Vienna today.")]
    [InlineData("Several partners, e.g.The Netherlands, joined today.")]
    [InlineData("The statement is on gov.uk.Today the site was slow.")]
    [InlineData("The app was built with Node.js and shipped today.")]
    [InlineData("They met on Dec.Tuesday was the day after.")]
    [InlineData("The administration launched a new website, WhiteHouse.Gov/CleanIndo, today.")]
    [InlineData("The file is in C:/Users/Local/Content.Outlook/HEKA1ZDV today.")]
    public void Keeps_initialisms_titles_domains_and_abbreviations_glued_to_the_next_word_whole(string sentence)
    {
        Split(sentence).Should().ContainSingle();
    }

    [Fact]
    public void Keeps_a_month_abbreviation_before_a_day()
    {
        Split("They met on Jan. 5 in Geneva. No. 10 said so.").Should().Equal("They met on Jan. 5 in Geneva.", "No. 10 said so.");
    }

    [Fact]
    public void Attaches_closing_quotes_to_the_sentence_they_end()
    {
        var sentences = Split("He said, \u201CWe do not seek a new Cold War.\u201D The other side agreed.");
        sentences.Should().Equal("He said, \u201CWe do not seek a new Cold War.\u201D", "The other side agreed.");
    }

    [Fact]
    public void Marks_a_sentence_that_opens_inside_a_quotation()
    {
        const string text = "He said: \"Peace must be valued. Stability must be prioritized.\" Then he left.";
        var spans = RuleSentenceSplitter.Instance.Split(TextNormalizer.Instance.Normalize(text));
        spans.Select(s => s.OpensInsideQuote).Should().Equal(false, true, false);
    }

    [Fact]
    public void A_blank_line_ends_a_paragraph_and_a_wrapped_line_does_not()
    {
        const string text = "The two leaders discussed a range of issues\nincluding trade and climate.\n\nThey agreed to stay in touch.";
        var spans = RuleSentenceSplitter.Instance.Split(TextNormalizer.Instance.Normalize(text));
        spans.Should().HaveCount(2);
        spans[0].Span.Of(text).Should().Contain("including trade");
        spans.Select(s => s.Paragraph).Should().Equal(0, 1);
    }

    [Fact]
    public void List_items_and_headings_are_sentences_of_their_own()
    {
        Split("Readout of the Call\nThe leaders agreed on three points:\n- first, peace\n- second, stability\n1. third, trust")
            .Should().Equal("Readout of the Call", "The leaders agreed on three points:", "- first, peace", "- second, stability", "1. third, trust");
    }

    [Fact]
    public void Chinese_full_stops_end_sentences_without_spaces()
    {
        Split("习近平同拜登通电话。双方进行了坦诚深入的交流。").Should().Equal("习近平同拜登通电话。", "双方进行了坦诚深入的交流。");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t  ")]
    public void Empty_or_white_space_text_has_no_sentences(string text)
    {
        Split(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("...........................................")]
    [InlineData("\"\"\"\"\"\"\"\"\"\"\"\" . . . . \" \" \" A. B. C. D. E. F.")]
    [InlineData("no punctuation at all just words and words and words")]
    [InlineData("A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P. Q. R. S. T. U. V. W.")]
    [InlineData("\u0645\u0631\u062D\u0628\u0627. \u05E9\u05DC\u05D5\u05DD! \uD83D\uDE00? \uD800 e\u0301.")]
    public void Every_non_space_character_belongs_to_exactly_one_sentence(string text)
    {
        AssertCovers(text);
    }

    internal static void AssertCovers(string text)
    {
        var spans = RuleSentenceSplitter.Instance.Split(TextNormalizer.Instance.Normalize(text));
        var owner = new int[text.Length];
        foreach (var span in spans.Select(s => s.Span))
        {
            span.Length.Should().BePositive();
            for (var i = span.Start; i < span.End; i++)
            {
                owner[i]++;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                owner[i].Should().Be(1, $"character {i} ('{text[i]}') must be in exactly one sentence");
            }
        }
    }
}
