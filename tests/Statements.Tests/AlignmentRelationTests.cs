using Statements.Alignment;

namespace Statements.Tests;

/// <summary>The rules by which matched claims are judged shared or divergent, on sentences made up for the purpose.</summary>
public class AlignmentRelationTests
{
    private static Claim Say(string id, string text, string speaker = Speakers.Both, bool negated = false, double? cue = 1, params string[] topics) =>
        new(id, speaker, cue is null ? null : "said", cue, text, new Span(0, text.Length), [.. topics], negated, Modality.Assertion, false, 0);

    private static ToneHit Tone(string claim, string key, ToneCategory category, bool negated = false) =>
        new(key, key, new Span(0, key.Length), category, 1, negated, claim);

    private static Relation Judge(Claim left, Claim right, ToneHit[]? leftTone = null, ToneHit[]? rightTone = null) =>
        RuleRelationJudge.Instance.Judge([left], [right], leftTone ?? [], rightTone ?? [], 0.5);

    [Fact]
    public void Both_sides_in_the_negative_agree()
    {
        var left = Say("L1", "The two countries should not slide into confrontation.", "Lin Wei", negated: true);
        var right = Say("R1", "Anna Lind said her country does not seek confrontation.", "Anna Lind", negated: true);
        Judge(left, right).Kind.Should().Be(RowKind.Shared);
    }

    [Fact]
    public void A_negated_change_states_continuity_not_a_negative()
    {
        var left = Say("L1", "The President reaffirmed his commitment to the fisheries accord.", "Anna Lind", topics: "trade-economy");
        var right = Say("R1", "The President said her policy on the fisheries accord has not changed.", "Anna Lind", negated: true, topics: "trade-economy");
        Judge(left, right).Kind.Should().Be(RowKind.Shared);
        RuleRelationJudge.IsNegative(Statements.Language.ReadoutLanguage.English, right).Should().BeFalse();
        RuleRelationJudge.IsNegative(Statements.Language.ReadoutLanguage.English, right with { Text = "She said the policy has not changed and she will not sign." }).Should().BeTrue();
    }

    [Fact]
    public void Different_tone_words_on_each_side_are_divergent()
    {
        var left = Say("L1", "The two leaders had a candid and in-depth exchange of views.");
        var right = Say("R1", "The two leaders held a candid and constructive discussion.");
        var relation = Judge(
            left,
            right,
            [Tone("L1", "candid", ToneCategory.Friction), Tone("L1", "in-depth", ToneCategory.Friction)],
            [Tone("R1", "candid", ToneCategory.Friction), Tone("R1", "constructive", ToneCategory.Cooperation)]);
        relation.Kind.Should().Be(RowKind.Divergent);
        relation.Reasons.Should().Contain("different tone: left in-depth; right constructive");
    }

    [Fact]
    public void One_side_adding_a_tone_word_to_those_both_use_is_shared()
    {
        var left = Say("L1", "The two sides had candid, in-depth and constructive discussions.");
        var right = Say("R1", "The two sides had candid and constructive discussions.");
        Judge(
            left,
            right,
            [Tone("L1", "candid", ToneCategory.Friction), Tone("L1", "in-depth", ToneCategory.Friction), Tone("L1", "constructive", ToneCategory.Cooperation)],
            [Tone("R1", "candid", ToneCategory.Friction), Tone("R1", "constructive", ToneCategory.Cooperation)]).Kind.Should().Be(RowKind.Shared);
    }

    [Fact]
    public void A_warning_against_a_reassurance_is_divergent()
    {
        var left = Say("L1", "Lin Wei warned that the strait is a red line.", "Lin Wei");
        var right = Say("R1", "Anna Lind welcomed calm across the strait.", "Anna Lind");
        Judge(left, right, [Tone("L1", "red line", ToneCategory.Firmness)], [Tone("R1", "welcome", ToneCategory.Cooperation)]).Kind.Should().Be(RowKind.Divergent);
    }

    [Fact]
    public void A_stance_on_one_side_is_divergent_when_the_sides_give_the_claim_to_different_holders()
    {
        var left = Say("L1", "Lin Wei called the strait a red line.", "Lin Wei", topics: "taiwan");
        var right = Say("R1", "Anna Lind stressed peace and stability across the strait.", "Anna Lind", topics: "taiwan");
        var relation = Judge(left, right, [Tone("L1", "red line", ToneCategory.Firmness)]);
        relation.Kind.Should().Be(RowKind.Divergent);
        relation.Reasons.Should().Contain(r => r.StartsWith("only the left voices red line", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stance_one_readout_adds_to_the_same_persons_position_is_shared()
    {
        var left = Say("L1", "Anna Lind spoke of troop movements near the border.", "Anna Lind");
        var right = Say("R1", "President Lind voiced deep concern about troop movements near the border.", "Anna Lind");
        Judge(left, right, [], [Tone("R1", "concern", ToneCategory.Concern)]).Kind.Should().Be(RowKind.Shared);
    }

    [Fact]
    public void A_negated_tone_word_is_no_tone()
    {
        var left = Say("L1", "Lin Wei did not voice concern about the fleet.", "Lin Wei");
        var right = Say("R1", "Anna Lind spoke about the fleet.", "Anna Lind");
        Judge(left, right, [Tone("L1", "concern", ToneCategory.Concern, negated: true)]).Kind.Should().Be(RowKind.Shared);
    }

    [Fact]
    public void A_much_stronger_cue_is_divergent()
    {
        var left = Say("L1", "The leaders underscored the need for calm.", cue: 3);
        var right = Say("R1", "The leaders said calm was needed.", cue: 1);
        var relation = Judge(left, right);
        relation.Kind.Should().Be(RowKind.Divergent);
        relation.Reasons.Should().Contain(r => r.StartsWith("left puts it more strongly", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_matter_in_other_words_is_shared()
    {
        var left = Say("L1", "The two presidents agreed to instruct their representatives to hold consultations.", topics: "leader-diplomacy");
        var right = Say("R1", "The leaders tasked their teams to follow up.", topics: "leader-diplomacy");
        var relation = Judge(left, right);
        relation.Kind.Should().Be(RowKind.Shared);
        relation.Reasons.Should().Equal("same topic: leader-diplomacy");
    }

    [Fact]
    public void Swapping_the_sides_keeps_the_kind()
    {
        var left = Say("L1", "Lin Wei called the strait a red line.", "Lin Wei");
        var right = Say("R1", "Anna Lind said her policy has not changed.", "Anna Lind", negated: true);
        ToneHit[] tone = [Tone("L1", "red line", ToneCategory.Firmness)];
        Judge(left, right, tone).Kind.Should().Be(RuleRelationJudge.Instance.Judge([right], [left], [], tone, 0.5).Kind);
    }
}
