using System.Collections.Immutable;
using Statements.Alignment;

namespace Statements.Tests;

public class AlignmentTests
{
    private static Claim ClaimAt(int sentence, string text = "x") =>
        new("C" + sentence, Speakers.Both, null, null, text, new Span(0, text.Length), [], false, Modality.Assertion, false, sentence);

    [Fact]
    public void The_assignment_is_optimal_not_greedy()
    {
        // Greedy would take (0,0)=0.9 and leave (1,1)=0.1; the optimum is (0,1)+(1,0) = 0.8+0.8.
        var matrix = new double[,] { { 0.9, 0.8 }, { 0.8, 0.1 } };
        var groups = new OptimalAligner(0.3).Align(matrix, [ClaimAt(0), ClaimAt(5)], [ClaimAt(0), ClaimAt(5)]);
        groups.Select(g => (g.Left.Single(), g.Right.Single())).Should().BeEquivalentTo([(0, 1), (1, 0)]);
    }

    [Fact]
    public void Pairs_below_the_threshold_stay_one_sided()
    {
        var matrix = new double[,] { { 0.2 } };
        new OptimalAligner(0.3).Align(matrix, [ClaimAt(0)], [ClaimAt(0)]).Should().BeEmpty();
        new OptimalAligner(0.1).Align(matrix, [ClaimAt(0)], [ClaimAt(0)]).Should().ContainSingle();
    }

    [Fact]
    public void A_neighbouring_claim_joins_a_group_many_to_one()
    {
        // Left claims 0 and 1 stand in adjacent sentences and both match right claim 0.
        var matrix = new double[,] { { 0.7 }, { 0.5 } };
        var groups = new OptimalAligner(0.3).Align(matrix, [ClaimAt(3), ClaimAt(4)], [ClaimAt(0)]);
        groups.Should().ContainSingle().Which.Left.Should().Equal(0, 1);
    }

    [Fact]
    public void Rectangular_matrices_are_solved()
    {
        var matrix = new double[,] { { 0.1, 0.9, 0.2 } };
        new OptimalAligner().Align(matrix, [ClaimAt(0)], [ClaimAt(0), ClaimAt(9), ClaimAt(20)]).Single().Right.Should().Equal(1);
    }

    [Fact]
    public void The_word_diff_rebuilds_both_texts()
    {
        const string left = "The two presidents had a candid and in-depth exchange of views.";
        const string right = "The two leaders held a candid and constructive discussion.";
        var runs = WordDiffer.Diff(left, right);
        string.Concat(runs.Where(r => r.Op != DiffOp.Insert).Select(r => r.Text)).Should().Be(left);
        string.Concat(runs.Where(r => r.Op != DiffOp.Delete).Select(r => r.Text)).Should().Be(right);
        runs.Should().Contain(r => r.Op == DiffOp.Equal && r.Text.Contains("candid and", StringComparison.Ordinal));
    }

    [Fact]
    public void Opposite_negation_is_divergent_with_a_reason()
    {
        var yes = ClaimAt(0, "supports the independence") with { Topics = ["taiwan"] };
        var no = ClaimAt(0, "does not support the independence") with { Topics = ["taiwan"], Negated = true };
        var relation = RuleRelationJudge.Instance.Judge([yes], [no], [], [], 0.8);
        relation.Kind.Should().Be(RowKind.Divergent);
        relation.Reasons.Should().Contain(r => r.Contains("negative", StringComparison.Ordinal));
        relation.Reasons[0].Should().Be("same topic: taiwan");
    }

    [Fact]
    public void Compatible_claims_in_common_words_are_shared()
    {
        var a = ClaimAt(0, "agreed to keep open lines of communication") with { Topics = ["leader-diplomacy"] };
        var b = ClaimAt(0, "agreed to maintain open lines of communication") with { Topics = ["leader-diplomacy"] };
        RuleRelationJudge.Instance.Judge([a], [b], [], [], 0.8).Kind.Should().Be(RowKind.Shared);
    }
}
