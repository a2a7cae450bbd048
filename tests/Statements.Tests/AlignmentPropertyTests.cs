namespace Statements.Tests;

/// <summary>Properties of the aligned comparison that hold for every real pair in ../shared.</summary>
public class AlignmentPropertyTests
{
    private static IEnumerable<string> Matches(Comparison comparison, bool swap) => comparison.Rows
        .Where(r => r.Kind is RowKind.Shared or RowKind.Divergent)
        .Select(r => string.Join(" + ", (swap ? r.Right : r.Left).Select(c => c.Text).Order(StringComparer.Ordinal))
            + " <" + r.Kind + "> " + string.Join(" + ", (swap ? r.Left : r.Right).Select(c => c.Text).Order(StringComparer.Ordinal)));

    [SkippableFact]
    public void Swapping_the_sides_mirrors_the_rows_and_their_kinds_for_every_real_pair()
    {
        var root = SharedCorpus.Require();
        foreach (var (name, leftFile, rightFile) in SharedCorpus.Pairs(root))
        {
            var left = Readout.Load(leftFile);
            var right = Readout.Load(rightFile);
            var forward = ReadoutComparer.Default.Compare(left, right);
            var backward = ReadoutComparer.Default.Compare(right, left);
            Matches(backward, swap: true).Should().BeEquivalentTo(Matches(forward, swap: false), name);
        }
    }

    [SkippableFact]
    public void Every_claim_of_every_real_pair_stands_in_exactly_one_row()
    {
        var root = SharedCorpus.Require();
        foreach (var (name, leftFile, rightFile) in SharedCorpus.Pairs(root))
        {
            var comparison = ReadoutComparer.Default.Compare(Readout.Load(leftFile), Readout.Load(rightFile));
            comparison.Rows.SelectMany(r => r.Left).Select(c => c.Id).Should().BeEquivalentTo(comparison.Left.Claims.Select(c => c.Id), name);
            comparison.Rows.SelectMany(r => r.Right).Select(c => c.Id).Should().BeEquivalentTo(comparison.Right.Claims.Select(c => c.Id), name);
            comparison.Rows.Where(r => r.Kind is RowKind.Shared or RowKind.Divergent).Should().NotContain(r => r.Left.Length == 0 || r.Right.Length == 0 || r.Reasons.Length == 0, name);
        }
    }

    [SkippableFact]
    public void Comparing_a_real_pair_in_parallel_gives_the_same_rows()
    {
        var root = SharedCorpus.Require();
        var pairs = SharedCorpus.Pairs(root).Take(8).Select(p => (Readout.Load(p.Left), Readout.Load(p.Right))).ToList();
        var expected = pairs.Select(p => Serialization.ComparisonJson.Serialize(ReadoutComparer.Default.Compare(p.Item1, p.Item2))).ToList();
        var actual = new string[pairs.Count];
        Parallel.For(0, pairs.Count * 4, i => actual[i % pairs.Count] = Serialization.ComparisonJson.Serialize(ReadoutComparer.Default.Compare(pairs[i % pairs.Count].Item1, pairs[i % pairs.Count].Item2)));
        actual.Should().Equal(expected);
    }
}
