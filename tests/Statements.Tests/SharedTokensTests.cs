using Statements.Attribution;
using Statements.Claims;
using Statements.Sentences;
using Statements.Serialization;
using Statements.Text;
using Statements.Tone;
using Statements.Topics;

namespace Statements.Tests;

/// <summary>
/// The analyzer tokenizes a readout once and hands stretches of those tokens to its stages. These tests hold it to
/// giving exactly what the stages give when each tokenizes its own stretch through the public interfaces.
/// </summary>
public class SharedTokensTests
{
    /// <summary>Texts where a stretch cut at the wrong place reads differently from the whole: numbers, initialisms, clitics, possessives, surrogates, casing oddities.</summary>
    public static TheoryData<string> Tricky => new()
    {
        "U.S.-China talks on 1,000.5 tons: Xi's view, doesn't it? e.g. a.b.c",
        "O'Neill and O’Brien met at 9.30 p.m.; the U.K.'s PM wasn't there.",
        "İstanbul ΣΊΣΥΦΟΣ Ⓐ Ⅻ é (e\u0301) ǅ ﬁne 😀𝐀x \uD800 lone",
        "CAN'T 2,5,7 U.S 'sA's ''s -- ---a--b- ,.,.",
        "",
        "   \n\t ",
    };

    [Theory]
    [MemberData(nameof(Tricky))]
    public void Shared_tokens_of_any_stretch_equal_the_stretch_tokenized_alone(string text)
    {
        var shared = TokenizedText.Of(text);
        for (var start = 0; start <= text.Length; start++)
        {
            for (var end = start; end <= text.Length; end++)
            {
                var alone = WordTokenizer.Tokenize(text, start, end);
                var within = shared.Within(start, end);
                Describe(within).Should().Equal(Describe(alone), "the stretch [{0}, {1}) of \"{2}\" must read the same", start, end, text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tricky))]
    public void A_tokens_lower_case_view_is_its_text_lower_cased_alone(string text)
    {
        foreach (var token in WordTokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.Punctuation)
            {
                token.LowerView.ToString().Should().Be(text.Substring(token.Start, token.Length).ToLowerInvariant());
            }
        }
    }

    [Fact]
    public void A_country_word_is_found_without_tokenizing_it_again_as_before()
    {
        Statements.Language.ReadoutLanguage.English.FindCountryWord("china").Should().Be(Statements.Language.ReadoutLanguage.English.FindCountry("china")).And.Be("China");
        Statements.Language.ReadoutLanguage.English.FindCountryWord("u.s.").Should().Be("United States");
        Statements.Language.ReadoutLanguage.English.FindCountryWord("us").Should().BeNull("the all-capitals alias \"US\" never matches a lower-case word");
        Statements.Language.ReadoutLanguage.English.FindCountryWord("'s").Should().BeNull();
        Statements.Language.ReadoutLanguage.English.FindCountryWord("").Should().BeNull();
    }

    [Fact]
    public void The_analyzer_with_its_stages_behind_their_interfaces_gives_the_same_analysis()
    {
        var readouts = new List<Readout> { Readouts.SampleChina, Readouts.SampleUnitedStates };
        foreach (var text in Tricky)
        {
            readouts.Add(new Readout("President Biden said that " + text + " The two leaders agreed to keep talking about Taiwan.", "United States"));
        }

        if (SharedCorpus.Path is { } root)
        {
            foreach (var (_, left, right) in SharedCorpus.Pairs(root).Take(6))
            {
                readouts.Add(Readout.Load(left));
                readouts.Add(Readout.Load(right));
            }
        }

        var plain = ReadoutAnalyzer.Default;
        var wrapped = new ReadoutAnalyzer(
            plain.Normalizer,
            plain.Splitter,
            new ParticipantsThrough(plain.Participants),
            new ClaimsThrough(plain.Claims),
            new TopicsThrough(plain.Topics),
            new ToneThrough(plain.Tone));
        foreach (var readout in readouts)
        {
            ComparisonJson.Serialize(wrapped.Analyze(readout)).Should().Be(ComparisonJson.Serialize(plain.Analyze(readout)), readout.Name ?? readout.Text);
        }
    }

    [Fact]
    public void Claims_given_out_of_sentence_order_or_outside_every_sentence_are_placed_as_given()
    {
        var readout = new Readout("The talks were candid. President Biden welcomed the constructive call. Narration ends here.", "United States");
        var analyzer = new ReadoutAnalyzer(TextNormalizer.Instance, RuleSentenceSplitter.Instance, ParticipantDetector.Instance, new ShuffledClaims(), new TopicTagger(TopicTaxonomy.Default), new ToneTagger(ToneLexicon.Default));

        var analysis = analyzer.Analyze(readout);

        analysis.Claims.Select(c => c.SentenceIndex).Should().Equal(1, 0, 1, 99);
        analysis.Sentences[0].ClaimIds.Should().Equal("L2");
        analysis.Sentences[1].ClaimIds.Should().Equal("L1", "L3");
        analysis.Sentences[2].ClaimIds.Should().BeEmpty();
        analysis.Sentences[2].Kind.Should().Be(SentenceKind.Narration);
        analysis.ToneHits.Should().Contain(h => h.Key == "constructive").Which.ClaimId.Should().Be("L1", "the first claim, in claim order, that holds the hit");
        analysis.ToneHits.Should().Contain(h => h.Key == "candid").Which.ClaimId.Should().Be("L2");
    }

    private static List<(int Start, int Length, TokenKind Kind, string Lower)> Describe(TokenList tokens) =>
        [.. tokens.AsSpan().ToArray().Select(t => (t.Start, t.Length, t.Kind, t.LowerView.ToString()))];

    private sealed class ParticipantsThrough(IParticipantDetector inner) : IParticipantDetector
    {
        public IReadOnlyList<Participant> Detect(string normalized, string side) => inner.Detect(normalized, side);
    }

    [Fact]
    public void Pooled_token_arrays_carry_nothing_from_one_analysis_into_the_next()
    {
        // Rented arrays come back dirty: a long readout, then a short one, then the long one again, on one thread and
        // on many, must each read as they do alone.
        var (china, us) = Readouts.Sample;
        var longText = string.Join("\n\n", Enumerable.Repeat(china.Text, 20));
        var longReadout = new Readout(longText, "China");
        var expectLong = ComparisonJson.Serialize(ReadoutAnalyzer.Default.Analyze(longReadout));
        var expectUs = ComparisonJson.Serialize(ReadoutAnalyzer.Default.Analyze(us));

        ComparisonJson.Serialize(ReadoutAnalyzer.Default.Analyze(us)).Should().Be(expectUs);
        ComparisonJson.Serialize(ReadoutAnalyzer.Default.Analyze(longReadout)).Should().Be(expectLong);
        Parallel.For(0, 64, i =>
        {
            var (readout, expected) = i % 3 == 0 ? (longReadout, expectLong) : (us, expectUs);
            ComparisonJson.Serialize(ReadoutAnalyzer.Default.Analyze(readout)).Should().Be(expected);
        });
    }

    [Fact]
    public void A_disposed_tokenization_gives_no_tokens_and_may_be_disposed_again()
    {
        var shared = TokenizedText.Of("President Biden spoke with President Xi.");
        shared.Tokens.Count.Should().Be(7);

        shared.Dispose();
        shared.Dispose();

        shared.Tokens.Count.Should().Be(0, "its arrays went back to the pool");
        shared.Within(0, 9).Count.Should().Be(0);
    }

    private sealed class ClaimsThrough(IClaimExtractor inner) : IClaimExtractor
    {
        public IReadOnlyList<ExtractedClaim> Extract(string normalized, IReadOnlyList<SentenceSpan> sentences, IReadOnlyList<bool> eligible, IReadOnlyList<Participant> participants, string side) =>
            inner.Extract(normalized, sentences, eligible, participants, side);
    }

    private sealed class TopicsThrough(ITopicTagger inner) : ITopicTagger
    {
        public IReadOnlyList<string> Tag(string normalized, Span span) => inner.Tag(normalized, span);
    }

    private sealed class ToneThrough(IToneTagger inner) : IToneTagger
    {
        public IReadOnlyList<ToneMatch> Tag(string normalized, Span span) => inner.Tag(normalized, span);
    }

    /// <summary>Claims out of sentence order: the whole second sentence, the first, the second's last word, and one whose sentence does not exist.</summary>
    private sealed class ShuffledClaims : IClaimExtractor
    {
        public IReadOnlyList<ExtractedClaim> Extract(string normalized, IReadOnlyList<SentenceSpan> sentences, IReadOnlyList<bool> eligible, IReadOnlyList<Participant> participants, string side) =>
        [
            new(sentences[1].Span, 1, Speakers.Narrator, null, null, false, Modality.Assertion, false),
            new(sentences[0].Span, 0, Speakers.Narrator, null, null, false, Modality.Assertion, false),
            new(Span.FromBounds(sentences[1].Span.End - 5, sentences[1].Span.End), 1, Speakers.Narrator, null, null, false, Modality.Assertion, false),
            new(sentences[2].Span, 99, Speakers.Narrator, null, null, false, Modality.Assertion, false),
        ];
    }
}
