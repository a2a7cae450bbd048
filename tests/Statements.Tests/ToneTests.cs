using Statements.Text;
using Statements.Tone;

namespace Statements.Tests;

public class ToneTests
{
    private static IReadOnlyList<ToneMatch> Tag(string text, ToneLexicon? lexicon = null)
    {
        var normalized = TextNormalizer.Instance.Normalize(text);
        return new ToneTagger(lexicon ?? ToneLexicon.Default).Tag(normalized, new Span(0, text.Length));
    }

    [Fact]
    public void The_built_in_lexicon_has_every_tone_category_and_the_modifiers()
    {
        var lexicon = ToneLexicon.Default;
        lexicon.Entries.Length.Should().BeGreaterThanOrEqualTo(80);
        lexicon.Entries.Select(e => e.Category).Distinct().Should().Contain(Enum.GetValues<ToneCategory>());
        lexicon.Entries.Should().OnlyContain(e => e.Forms.Length > 0 && e.Intensity >= -3 && e.Intensity <= 3);
    }

    [Theory]
    [InlineData("The talks were frank.", "candid")]
    [InlineData("The talks were candid.", "candid")]
    [InlineData("They had an in depth discussion.", "in-depth")]
    [InlineData("Taiwan is the first red line.", "red line")]
    [InlineData("Those who play with fire will get burned.", "play with fire")]
    public void Synonyms_and_spelling_variants_share_a_key(string text, string key)
    {
        Tag(text).Select(m => m.Key).Should().Contain(key);
    }

    [Fact]
    public void The_longest_phrase_wins()
    {
        var matches = Tag("They had a full and frank exchange of views.");
        matches.Should().ContainSingle().Which.Key.Should().Be("full exchange of views");
    }

    [Fact]
    public void Negation_reverses_a_hit_and_flags_it()
    {
        var plain = Tag("The meeting was constructive.").Single();
        var negated = Tag("The meeting was not constructive.").Single();
        negated.Negated.Should().BeTrue();
        plain.Negated.Should().BeFalse();
        Math.Sign(negated.Valence).Should().Be(-Math.Sign(plain.Valence));
    }

    [Fact]
    public void A_hedge_softens_and_a_degree_word_strengthens()
    {
        var plain = Tag("They voiced concern.").Single();
        Math.Abs(Tag("They may have concern.").Single().Valence).Should().BeLessThan(Math.Abs(plain.Valence));
        Math.Abs(Tag("They voiced very grave concern.").Single().Valence).Should().BeGreaterThan(Math.Abs(plain.Valence));
    }

    [Fact]
    public void Negation_does_not_reach_across_a_comma()
    {
        Tag("Not today, but the talks were constructive.").Single(m => m.Key == "constructive").Negated.Should().BeFalse();
    }

    [Theory]
    [InlineData("They discussed issues of mutual concern.")]
    [InlineData("They talked about matters of common concern.")]
    [InlineData("They called on the parties concerned to talk.")]
    public void Set_phrases_that_are_not_tone_are_not_hits(string text)
    {
        Tag(text).Should().NotContain(m => m.Key == "concern");
    }

    [Fact]
    public void Modifiers_and_reporting_verbs_are_not_tone_hits()
    {
        Tag("President Lind stressed that they must very clearly act.").Should().BeEmpty();
    }

    [Fact]
    public void An_extended_lexicon_changes_the_result()
    {
        const string text = "The atmosphere was sunny throughout.";
        Tag(text).Should().BeEmpty();
        var extended = ToneLexicon.Default.ToBuilder().Add("sunny", ToneCategory.Warmth, 1.5, "sunny", "sunnier").Build();
        Tag(text, extended).Should().ContainSingle().Which.Should().Be(new ToneMatch("sunny", new Span(19, 5), ToneCategory.Warmth, 1.5, false));
    }

    [Fact]
    public void A_broken_lexicon_file_is_a_clear_format_error()
    {
        ((Action)(() => ToneLexicon.Parse("{\"entries\": [{\"key\": \"x\", \"category\": \"nonsense\", \"intensity\": 1, \"forms\": [\"x\"]}]}")))
            .Should().Throw<FormatException>().WithMessage("*nonsense*");
        ((Action)(() => ToneLexicon.Parse("not json"))).Should().Throw<FormatException>();
    }
}
