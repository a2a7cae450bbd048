using Statements.Alignment;

namespace Statements.Tests;

/// <summary>How the default aligner forms rows: core pairs, many-to-one groups, merged groups and continuing claims.</summary>
public class AlignmentGroupTests
{
    private static Claim ClaimAt(int sentence, string text = "They agreed.") =>
        new("C" + sentence, Speakers.Both, null, null, text, new Span(0, text.Length), [], false, Modality.Assertion, false, sentence);

    private static List<(int[] Left, int[] Right)> Shape(IReadOnlyList<AlignedGroup> groups) =>
        [.. groups.Select(g => (g.Left.ToArray(), g.Right.ToArray()))];

    [Fact]
    public void A_pair_below_the_threshold_never_displaces_a_pair_above_it()
    {
        // On raw scores the best assignment is (0,1)+(1,0) = 0.74, and (1,0) would then be dropped as too weak;
        // among the pairs worth keeping, (0,0) = 0.5 is the best.
        var matrix = new double[,] { { 0.5, 0.45 }, { 0.29, 0.0 } };
        var groups = new OptimalAligner(0.3).Align(matrix, [ClaimAt(0), ClaimAt(5)], [ClaimAt(0), ClaimAt(5)]);
        groups.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Left = new[] { 0 }, Right = new[] { 0 }, Score = 0.5 });
    }

    [Fact]
    public void A_claim_far_from_the_group_joins_only_when_it_scores_strongly()
    {
        var aligner = new OptimalAligner(0.3);
        aligner.StrongJoin.Should().Be(0.3 + OptimalAligner.StrongJoinMargin);
        var weak = new double[,] { { 0.7 }, { 0.45 } };
        aligner.Align(weak, [ClaimAt(0), ClaimAt(9)], [ClaimAt(0)]).Single().Left.Should().Equal(0);
        var strong = new double[,] { { 0.7 }, { 0.65 } };
        aligner.Align(strong, [ClaimAt(0), ClaimAt(9)], [ClaimAt(0)]).Single().Left.Should().Equal(0, 1);
    }

    [Fact]
    public void A_claim_joins_only_a_group_whose_claims_of_the_other_side_it_all_matches()
    {
        // Left claims 0 and 1 and right claims 0 and 1 form one group; left claim 2 matches only one of the right claims.
        var matrix = new double[,] { { 0.7, 0.6 }, { 0.65, 0.62 }, { 0.5, 0.1 } };
        var groups = new OptimalAligner(0.3).Align(matrix, [ClaimAt(2), ClaimAt(3), ClaimAt(4)], [ClaimAt(4), ClaimAt(4)]);
        Shape(groups).Should().BeEquivalentTo(new List<(int[], int[])> { ([0, 1], [0, 1]) }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Two_groups_merge_when_one_side_cut_one_sentence_in_two_and_all_pairs_match()
    {
        // Right claims 0 and 1 are two clauses of one sentence; each left claim matches both.
        var matrix = new double[,] { { 0.66, 0.6 }, { 0.6, 0.62 } };
        var groups = new OptimalAligner(0.3).Align(matrix, [ClaimAt(5), ClaimAt(6)], [ClaimAt(7), ClaimAt(7)]);
        Shape(groups).Should().BeEquivalentTo(new List<(int[], int[])> { ([0, 1], [0, 1]) }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Groups_in_different_sentences_on_both_sides_stay_apart()
    {
        var matrix = new double[,] { { 0.66, 0.6 }, { 0.6, 0.62 } };
        var groups = new OptimalAligner(0.3).Align(matrix, [ClaimAt(1), ClaimAt(6)], [ClaimAt(2), ClaimAt(8)]);
        groups.Should().HaveCount(2);
    }

    [Fact]
    public void A_claim_that_points_back_takes_its_matter_from_the_claim_before_it()
    {
        // "this issue" in left claim 1 is the nuclear programme of left claim 0: its own score, 0.2, becomes (0.2 + 0.6) / 2.
        var left = new[]
        {
            ClaimAt(3, "They discussed the nuclear programme."),
            ClaimAt(4, "The leaders hoped the talks on this issue would succeed."),
        };
        var matrix = new double[,] { { 0.6 }, { 0.2 } };
        new OptimalAligner(0.3).Align(matrix, left, [ClaimAt(1, "They discussed the nuclear programme.")]).Single().Left.Should().Equal(0, 1);
        var unrelated = new[] { left[0], ClaimAt(4, "The leaders hoped the talks would succeed.") };
        new OptimalAligner(0.3).Align(matrix, unrelated, [ClaimAt(1)]).Single().Left.Should().Equal(0);
    }

    [Fact]
    public void Transposing_the_matrix_mirrors_the_groups()
    {
        var random = new Random(20240402);
        for (var round = 0; round < 200; round++)
        {
            var rows = random.Next(1, 9);
            var cols = random.Next(1, 9);
            var matrix = new double[rows, cols];
            var transposed = new double[cols, rows];
            for (var l = 0; l < rows; l++)
            {
                for (var r = 0; r < cols; r++)
                {
                    matrix[l, r] = transposed[r, l] = Math.Round(random.NextDouble() * 0.8, 3);
                }
            }

            var left = Enumerable.Range(0, rows).Select(i => ClaimAt(i / 2 + random.Next(0, 2), "left " + i)).OrderBy(c => c.SentenceIndex).ToList();
            var right = Enumerable.Range(0, cols).Select(i => ClaimAt(i / 2 + random.Next(0, 2), "right " + i)).OrderBy(c => c.SentenceIndex).ToList();
            var aligner = new OptimalAligner(0.3);
            var forward = Shape(aligner.Align(matrix, left, right)).Select(g => string.Join(",", g.Left) + "|" + string.Join(",", g.Right));
            var backward = Shape(aligner.Align(transposed, right, left)).Select(g => string.Join(",", g.Right) + "|" + string.Join(",", g.Left));
            backward.Should().BeEquivalentTo(forward, $"round {round}");
        }
    }

    [Fact]
    public void Every_pair_in_a_group_passes_the_threshold_and_no_claim_is_in_two_groups()
    {
        var random = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var rows = random.Next(1, 10);
            var cols = random.Next(1, 10);
            var matrix = new double[rows, cols];
            for (var l = 0; l < rows; l++)
            {
                for (var r = 0; r < cols; r++)
                {
                    matrix[l, r] = random.NextDouble() * 0.9;
                }
            }

            var groups = new OptimalAligner(0.3).Align(matrix, [.. Enumerable.Range(0, rows).Select(i => ClaimAt(i))], [.. Enumerable.Range(0, cols).Select(i => ClaimAt(i))]);
            groups.SelectMany(g => g.Left).Should().OnlyHaveUniqueItems();
            groups.SelectMany(g => g.Right).Should().OnlyHaveUniqueItems();
            foreach (var group in groups)
            {
                foreach (var l in group.Left)
                {
                    foreach (var r in group.Right)
                    {
                        matrix[l, r].Should().BeGreaterThanOrEqualTo(0.3);
                    }
                }
            }
        }
    }

    [Fact]
    public void A_matrix_that_does_not_fit_the_claims_is_refused()
    {
        ((Action)(() => new OptimalAligner().Align(new double[2, 1], [ClaimAt(0)], [ClaimAt(0)]))).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("The leaders hoped the talks on this issue would succeed.", true)]
    [InlineData("The Russian President noted the importance of ensuring that it is fully implemented.", true)]
    [InlineData("It is for this reason that the allies met.", true)]
    [InlineData("It is important that the talks go on.", false)]
    [InlineData("Xi also talked about the Taiwan issue, considering it a red line.", false)]
    [InlineData("The US does not seek a new Cold War; it does not aim to change the system.", false)]
    [InlineData("The two sides discussed trade.", false)]
    public void Pointing_back(string text, bool expected)
    {
        Continuation.PointsBack(Statements.Language.ReadoutLanguage.English, text).Should().Be(expected);
    }

    [Theory]
    [InlineData("emphasized that the United States continues to oppose any unilateral change", true)]
    [InlineData("noting the importance of progress", true)]
    [InlineData("he emphasized the commitment to denuclearization", false)]
    [InlineData("The President reiterated the policy", false)]
    public void A_clause_without_a_subject_of_its_own(string text, bool expected)
    {
        Continuation.SharesSubject(Statements.Language.ReadoutLanguage.English, text).Should().Be(expected);
    }

    [Fact]
    public void A_later_clause_of_the_same_sentence_continues_the_first_only_without_a_subject_of_its_own()
    {
        var first = ClaimAt(7, "The President reiterated that policy on the strait has not changed");
        Continuation.Continues(Statements.Language.ReadoutLanguage.English, first, ClaimAt(7, "emphasized that the status quo must hold.")).Should().BeTrue();
        Continuation.Continues(Statements.Language.ReadoutLanguage.English, first, ClaimAt(7, "he raised concerns about tariffs.")).Should().BeFalse();
        Continuation.Continues(Statements.Language.ReadoutLanguage.English, first, ClaimAt(9, "The leaders hoped the talks on this issue would succeed.")).Should().BeFalse();
    }
}
