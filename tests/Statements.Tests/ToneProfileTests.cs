using Statements.Tone;

namespace Statements.Tests;

public class ToneProfileTests
{
    private static ToneHit Hit(string key, ToneCategory category, double valence, bool negated = false) =>
        new(key, key, new Span(0, key.Length), category, valence, negated, null);

    private static ReadoutAnalysis Analyze(string text) => ReadoutAnalyzer.Default.Analyze(Readout.Parse(text, side: "Freedonia"));

    private static ToneHeadline? Headline(string text)
    {
        var analysis = Analyze(text);
        return ToneHeadline.Find(analysis.Readout.Text, analysis.ToneHits);
    }

    [Fact]
    public void A_profile_counts_and_sums_each_category_and_scores_the_mean()
    {
        var profile = ToneProfile.From(
        [
            Hit("cordial", ToneCategory.Warmth, 1),
            Hit("candid", ToneCategory.Friction, -1),
            Hit("in-depth", ToneCategory.Friction, -1),
            Hit("concern", ToneCategory.Concern, -1.3),
            Hit("red line", ToneCategory.Firmness, -2.5),
        ]);

        profile.Warmth.Should().Be(new ToneTally(1, 1));
        profile.Friction.Should().Be(new ToneTally(2, -2));
        profile.Concern.Should().Be(new ToneTally(1, -1.3));
        profile.Firmness.Should().Be(new ToneTally(1, -2.5));
        profile.Cooperation.Should().Be(default(ToneTally));
        profile.Threat.Count.Should().Be(0);
        profile.Count.Should().Be(5);
        profile.Score.Should().Be(-0.96); // (1 - 1 - 1 - 1.3 - 2.5) / 5
        profile[ToneCategory.Friction].Mean.Should().Be(-1);
    }

    [Fact]
    public void A_negated_hit_counts_in_its_own_category_with_its_reversed_valence()
    {
        var profile = ToneProfile.From([Hit("constructive", ToneCategory.Cooperation, -0.74, negated: true), Hit("welcome", ToneCategory.Cooperation, 1)]);
        profile.Cooperation.Should().Be(new ToneTally(2, 0.26));
        profile.Score.Should().Be(0.13);
    }

    [Fact]
    public void The_score_is_rounded_to_two_decimals_and_clamped()
    {
        ToneProfile.From([Hit("warm", ToneCategory.Warmth, 1), Hit("warm", ToneCategory.Warmth, 1), Hit("candid", ToneCategory.Friction, -1)])
            .Score.Should().Be(0.33);
        ToneProfile.From([Hit("custom", ToneCategory.Threat, -4.5)]).Score.Should().Be(-3);
    }

    [Fact]
    public void Hits_outside_the_tone_categories_are_left_out_and_no_tone_means_no_score()
    {
        var profile = ToneProfile.From([Hit("said", ToneCategory.ReportingVerb, 1), Hit("very", ToneCategory.Degree, 1.3)]);
        profile.Should().Be(ToneProfile.Empty);
        profile.Score.Should().BeNull();
        profile.Count.Should().Be(0);
        ToneProfile.From([]).Should().Be(ToneProfile.Empty);
    }

    [Fact]
    public void Profiles_of_the_same_hits_are_equal_and_the_indexer_reads_each_category()
    {
        ToneHit[] hits = [Hit("candid", ToneCategory.Friction, -1), Hit("welcome", ToneCategory.Cooperation, 1)];
        ToneProfile.From(hits).Should().Be(ToneProfile.From(hits.Reverse()));
        var profile = ToneProfile.From(hits);
        ToneProfile.Categories.Select(c => profile[c].Count).Should().Equal(0, 1, 1, 0, 0, 0);
        ((Func<ToneTally>)(() => profile[ToneCategory.Hedge])).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        ((Func<ToneProfile>)(() => ToneProfile.From(null!))).Should().Throw<ArgumentNullException>();
        ((Func<ToneProfile>)(() => ToneProfile.From([null!]))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_profile_score_agrees_with_the_analysis_score()
    {
        var analysis = Analyze(
            "The two ministers held a frank and constructive meeting in Harbor City. Minister Vale voiced grave concern about the " +
            "border closures. Minister Okri said his government firmly opposes any such steps and warmly welcomed the new trade office.");
        analysis.ToneHits.Should().NotBeEmpty();
        var profile = ToneProfile.From(analysis.ToneHits);
        profile.Score.Should().Be(analysis.ToneScore);
        profile.Count.Should().Be(analysis.ToneHits.Count(h => h.Category.IsTone()));
    }

    [Fact]
    public void The_headline_is_the_descriptor_phrase_of_the_talks_as_written()
    {
        const string text = "On Monday the two envoys held a candid and productive discussion on fisheries. They agreed to meet in June.";
        var headline = Headline(text);
        headline.Should().NotBeNull();
        headline!.Text.Should().Be("candid and productive");
        headline.Keys.Should().Equal("candid", "productive");
        headline.Span.Of(text).Should().Be("candid and productive");
    }

    [Fact]
    public void A_descriptor_that_runs_into_the_noun_contributes_the_words_before_it()
    {
        var headline = Headline("The foreign ministers had a frank and thorough exchange of views on the harbour dispute.");
        headline!.Text.Should().Be("frank and thorough");
        headline.Keys.Should().Equal("candid", "full exchange of views");
    }

    [Fact]
    public void A_list_of_descriptors_is_read_in_full()
    {
        Headline("The delegations had candid, in-depth, substantive and constructive talks in Port Ellis.")!
            .Keys.Should().Equal("candid", "in-depth", "substantive", "constructive");
        Headline("The meeting took place in a warm and friendly atmosphere.")!.Text.Should().Be("warm and friendly");
        Headline("The chancellor held a productive phone call with the premier.")!.Text.Should().Be("productive");
    }

    [Theory]
    [InlineData("The premier welcomed the call and said the talks had gone well.")]
    [InlineData("Both sides looked forward to meeting again next spring.")]
    [InlineData("It was not a constructive meeting.")]
    [InlineData("The two sides were candid. Further talks will follow in autumn.")]
    [InlineData("The minister frankly calls on both parties to talk.")]
    public void Words_outside_the_phrase_of_the_talk_noun_are_not_headlines(string text)
    {
        Headline(text).Should().BeNull();
    }

    [Fact]
    public void The_first_sentence_with_a_described_talk_noun_gives_the_headline()
    {
        var headline = Headline("The delegations met on Tuesday. They had a cordial conversation. Later they had tense talks.");
        headline!.Keys.Should().Equal("cordial");
    }

    [Fact]
    public void Find_works_on_hand_made_hits_and_refuses_hits_outside_the_text()
    {
        const string text = "The envoys held candid talks.";
        var hit = new ToneHit("candid", "candid", new Span(16, 6), ToneCategory.Friction, -1, false, null);
        ToneHeadline.Find(text, [hit]).Should().BeEquivalentTo(new { Text = "candid", Span = new Span(16, 6) });
        ToneHeadline.Find(text, []).Should().BeNull();
        ((Func<ToneHeadline?>)(() => ToneHeadline.Find(text, [hit with { Span = new Span(40, 6) }]))).Should().Throw<ArgumentException>();
        ((Func<ToneHeadline?>)(() => ToneHeadline.Find(null!, [hit]))).Should().Throw<ArgumentNullException>();
    }
}
