using System.Collections.Immutable;

namespace Statements.Alignment;

/// <summary>
/// Lays out the comparison's rows: matched groups and left-only claims in the left readout's reading order,
/// each right-only claim after the row holding the nearest right claim before it.
/// </summary>
internal static class RowLayout
{
    public static ImmutableArray<ComparisonRow> Build(ReadoutAnalysis left, ReadoutAnalysis right, IReadOnlyList<AlignedGroup> groups, IRelationJudge judge)
    {
        var leftGroup = new int[left.Claims.Length];
        var rightGroup = new int[right.Claims.Length];
        Array.Fill(leftGroup, -1);
        Array.Fill(rightGroup, -1);
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var l in groups[g].Left)
            {
                leftGroup[l] = g;
            }

            foreach (var r in groups[g].Right)
            {
                rightGroup[r] = g;
            }
        }

        var rows = new List<(ComparisonRow Row, int Group)>();
        var emitted = new HashSet<int>();
        for (var l = 0; l < left.Claims.Length; l++)
        {
            var g = leftGroup[l];
            if (g < 0)
            {
                rows.Add((OneSided(RowKind.LeftOnly, left.Claims[l]), -1));
            }
            else if (emitted.Add(g))
            {
                rows.Add((Matched(left, right, groups[g], judge), g));
            }
        }

        var insertAfter = -1;
        for (var r = 0; r < right.Claims.Length; r++)
        {
            var g = rightGroup[r];
            if (g >= 0)
            {
                insertAfter = rows.FindIndex(x => x.Group == g);
                continue;
            }

            var row = OneSided(RowKind.RightOnly, right.Claims[r]);
            insertAfter++;
            rows.Insert(insertAfter, (row, -1));
        }

        return [.. rows.Select(x => x.Row)];
    }

    private static ComparisonRow OneSided(RowKind kind, Claim claim) => new(
        kind,
        kind == RowKind.LeftOnly ? [claim] : [],
        kind == RowKind.RightOnly ? [claim] : [],
        claim.Topics,
        null,
        [kind == RowKind.LeftOnly ? "no counterpart in the right readout" : "no counterpart in the left readout"],
        []);

    private static ComparisonRow Matched(ReadoutAnalysis left, ReadoutAnalysis right, AlignedGroup group, IRelationJudge judge)
    {
        var l = group.Left.Select(i => left.Claims[i]).ToImmutableArray();
        var r = group.Right.Select(i => right.Claims[i]).ToImmutableArray();
        var leftIds = l.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var rightIds = r.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var relation = judge.Judge(l, r, left.ToneHits.Where(h => h.ClaimId is not null && leftIds.Contains(h.ClaimId)).ToList(), right.ToneHits.Where(h => h.ClaimId is not null && rightIds.Contains(h.ClaimId)).ToList(), group.Score);
        var topics = l.SelectMany(c => c.Topics).Concat(r.SelectMany(c => c.Topics)).Distinct(StringComparer.Ordinal).ToImmutableArray();
        return new ComparisonRow(relation.Kind, l, r, topics, group.Score, relation.Reasons, WordDiffer.Diff(string.Join(" ", l.Select(c => c.Text)), string.Join(" ", r.Select(c => c.Text))));
    }
}
