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

    private const string Freedonia = """
        side: Freedonia
        ---
        President Anna Lind spoke with Prime Minister Omar Haddad on the phone. The two leaders had a frank and in-depth exchange of views on bilateral relations.

        The two leaders discussed cooperation against ransomware. They agreed to continue the dialogue on cybercrime through their justice ministries. President Lind stressed that the fisheries accord signed in Geneva in June 2021 must be respected.
        """;

    private const string Sylvania = """
        side: Sylvania
        ---
        Prime Minister Omar Haddad spoke today with President Anna Lind. The two leaders held a candid and constructive discussion on a range of issues.

        The leaders discussed a dialogue on ransomware and other cyber threats. Prime Minister Haddad emphasized that the Geneva fisheries accord of June 2021 has not changed his country's position on quotas.
        """;

    [Fact]
    public void Two_made_up_readouts_align_into_the_rows_an_analyst_would_draw()
    {
        var comparison = ReadoutComparer.Default.Compare(Readout.Parse(Freedonia), Readout.Parse(Sylvania));
        var rows = comparison.Rows.Where(r => r.Kind is RowKind.Shared or RowKind.Divergent).ToList();
        static string Ids(ComparisonRow row) => string.Join(",", row.Left.Select(c => c.Id)) + "|" + string.Join(",", row.Right.Select(c => c.Id));

        // The characterisations of the talks face each other and differ in tone ("in-depth" against "constructive").
        var character = rows.Single(r => r.Left.Any(c => c.Text.Contains("frank", StringComparison.Ordinal)));
        character.Right.Should().ContainSingle(c => c.Text.Contains("candid and constructive", StringComparison.Ordinal));
        character.Kind.Should().Be(RowKind.Divergent);
        character.Reasons.Should().Contain(r => r.StartsWith("different tone", StringComparison.Ordinal));

        // One Sylvanian sentence on the cyber dialogue covers what Freedonia says in two.
        var cyber = rows.Single(r => r.Right.Any(c => c.Text.Contains("ransomware", StringComparison.Ordinal)));
        cyber.Left.Should().HaveCount(2);
        cyber.Kind.Should().Be(RowKind.Shared);

        // The Geneva accord of June 2021 is one matter on both sides, though in other words.
        rows.Should().Contain(r => r.Left.Any(c => c.Text.Contains("Geneva", StringComparison.Ordinal)) && r.Right.Any(c => c.Text.Contains("Geneva", StringComparison.Ordinal)));

        var swapped = ReadoutComparer.Default.Compare(Readout.Parse(Sylvania), Readout.Parse(Freedonia));
        swapped.Rows.Where(r => r.Kind is RowKind.Shared or RowKind.Divergent).Select(r => (string.Join(",", r.Right.Select(c => c.Text)), string.Join(",", r.Left.Select(c => c.Text)), r.Kind))
            .Should().BeEquivalentTo(rows.Select(r => (string.Join(",", r.Left.Select(c => c.Text)), string.Join(",", r.Right.Select(c => c.Text)), r.Kind)));
        rows.Select(Ids).Should().OnlyHaveUniqueItems();
    }
}
