namespace Statements.Tests;

public class ComparisonTests
{
    private static readonly Comparison Sample = ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);

    [Fact]
    public void The_sample_shows_the_classic_descriptor_pair()
    {
        Sample.Left.Readout.Side.Should().Be("China");
        Sample.Right.Readout.Side.Should().Be("United States");
        Sample.Tone.Shared.Should().Contain("candid");
        Sample.Tone.LeftOnly.Should().Contain("in-depth");
        Sample.Tone.RightOnly.Should().Contain("constructive");
    }

    [Fact]
    public void The_sample_has_matched_one_sided_and_weak_rows_and_each_claim_in_exactly_one_row()
    {
        Sample.Rows.Should().Contain(r => r.Kind == RowKind.LeftOnly || r.Kind == RowKind.RightOnly);
        Sample.Rows.Should().Contain(r => r.Kind == RowKind.Weak);
        Sample.Rows.Should().Contain(r => r.Kind == RowKind.Shared || r.Kind == RowKind.Divergent);
        Sample.Rows.SelectMany(r => r.Left).Select(c => c.Id).Should().BeEquivalentTo(Sample.Left.Claims.Select(c => c.Id));
        Sample.Rows.SelectMany(r => r.Right).Select(c => c.Id).Should().BeEquivalentTo(Sample.Right.Claims.Select(c => c.Id));
    }

    [Fact]
    public void Matched_rows_carry_reasons_a_score_and_a_diff_only_where_the_wording_is_close()
    {
        var matched = Sample.Rows.Where(r => r.Kind is RowKind.Shared or RowKind.Divergent).ToList();
        matched.Should().NotBeEmpty();
        foreach (var row in matched)
        {
            row.Score.Should().BeInRange(0, 1);
            row.Reasons.Should().NotBeEmpty();
            var full = Alignment.WordDiffer.Diff(string.Join(" ", row.Left.Select(c => c.Text)), string.Join(" ", row.Right.Select(c => c.Text)));
            var close = Alignment.LinkRows.Closeness(full) >= Alignment.LinkRows.DiffCloseness;
            row.Diff.Should().BeEquivalentTo(close ? full : [], "a diff between two framings paints both texts red and green");
        }
    }

    [Fact]
    public void The_sample_names_how_each_side_describes_the_talks()
    {
        Sample.Tone.LeftHeadline!.Text.Should().Be("candid and in-depth");
        Sample.Tone.RightHeadline!.Text.Should().Be("candid and constructive");
        Rendering.ComparisonText.HeadlineLine(Sample).Should().Be("China: candid and in-depth; US: candid and constructive");
        Sample.Left.Profile.Friction.Count.Should().BePositive();
    }

    [Fact]
    public void Rows_show_the_tone_of_each_side_and_the_json_carries_it()
    {
        var row = Sample.Rows.First(r => r.Left.Any(c => c.Text.Contains("in-depth", StringComparison.Ordinal)));
        row.LeftTone.Should().Contain("in-depth");
        var json = Serialization.ComparisonJson.Serialize(Sample);
        json.Should().Contain("\"leftHeadline\": \"candid and in-depth\"").And.Contain("\"toneProfile\"").And.Contain("\"leftTone\"");
    }

    [Fact]
    public void The_sample_states_the_engagement_facts()
    {
        Sample.Engagement.RequestedBy.Should().Be("Joe Biden");
        Sample.Engagement.Format.Should().Be(EngagementFormat.Call);
        Sample.Engagement.Facts.Single(f => f.Name == "duration").Right.Should().Contain("1 hour");
    }

    [Fact]
    public void Comparing_is_deterministic()
    {
        var again = ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);
        Serialization.ComparisonJson.Serialize(again).Should().Be(Serialization.ComparisonJson.Serialize(Sample));
    }

    [Fact]
    public void Swapping_the_sides_mirrors_the_matches()
    {
        var swapped = ReadoutComparer.Default.Compare(Readouts.SampleUnitedStates, Readouts.SampleChina);
        static IEnumerable<string> Pairs(Comparison c, bool swap) => c.Rows
            .Where(r => r.Kind is RowKind.Shared or RowKind.Divergent)
            .Select(r => string.Join(",", (swap ? r.Right : r.Left).Select(x => x.Text)) + " <> " + string.Join(",", (swap ? r.Left : r.Right).Select(x => x.Text)));
        Pairs(swapped, swap: true).Should().BeEquivalentTo(Pairs(Sample, swap: false));
        swapped.Tone.LeftOnly.Should().Equal(Sample.Tone.RightOnly);
    }

    [Fact]
    public void Two_empty_readouts_compare_to_nothing()
    {
        var comparison = ReadoutComparer.Default.Compare(Readout.Parse("", side: "China"), Readout.Parse(" ", side: "United States"));
        comparison.Rows.Should().BeEmpty();
        comparison.Tone.Shared.Should().BeEmpty();
    }

    [Fact]
    public void A_comparer_built_with_an_extended_lexicon_finds_the_new_key()
    {
        var lexicon = Tone.ToneLexicon.Default.ToBuilder().Add("sunny", ToneCategory.Warmth, 1, "sunny").Build();
        var comparer = ReadoutComparer.CreateBuilder().UseLexicon(lexicon).Build();
        var left = Readout.Parse("President Anna Lind said the talks were sunny.", side: "Chile");
        comparer.Analyze(left).ToneKeys.Should().Contain("sunny");
        ReadoutComparer.Default.Analyze(left).ToneKeys.Should().NotContain("sunny");
    }

    [Fact]
    public void Null_readouts_are_refused()
    {
        ((Action)(() => ReadoutComparer.Default.Compare(null!, Readouts.SampleChina))).Should().Throw<ArgumentNullException>();
    }
}
