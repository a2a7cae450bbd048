using System.Collections.Immutable;
using System.Globalization;

namespace Statements.Alignment;

/// <summary>
/// Turns links into the rows an analyst reads. A row is a group of claims joined by specific links, each claim shown once:
/// links are taken strongest first, and a link joins two groups only while the group keeps at most
/// <see cref="MaxClaimsPerSide"/> claims of each side, so no group swallows a readout. A claim with no specific link stands
/// in a row of its own: <see cref="RowKind.Weak"/> with its nearest counterpart where that comes close, else one-sided; either
/// way with the other side's claims that name its matter only in general terms beside it. (Calling every claim with only
/// general links one-sided, as the gold reads it, cost omission precision on the gold pairs: 0.72 against 0.80, because
/// the model's general links are less precise than its specific ones.)
/// </summary>
internal static class LinkRows
{
    /// <summary>The most claims of one side a row holds.</summary>
    public const int MaxClaimsPerSide = 4;

    /// <summary>The word overlap (Dice over words) at which a row's word diff is shown; below it the two framings are shown
    /// plainly with the matched evidence, because a diff would paint both texts red and green.</summary>
    public const double DiffCloseness = 0.4;

    public static List<ComparisonRow> Build(ReadoutAnalysis left, ReadoutAnalysis right, LinkSet links)
    {
        var leftIndex = Index(left);
        var rightIndex = Index(right);
        var n = left.Claims.Length;
        var parent = Enumerable.Range(0, n + right.Claims.Length).ToArray();
        var leftSize = new int[parent.Length];
        var rightSize = new int[parent.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            (leftSize[i], rightSize[i]) = i < n ? (1, 0) : (0, 1);
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        // Strongest first; ties go to the pair nearer the same relative place in both readouts, then to the texts, keys
        // that do not depend on which readout is on the left, so swapping the sides groups the same claims.
        var specific = links.Links.Where(k => k.IsSpecific)
            .Select(k => (Link: k, L: leftIndex[k.Left.Id], R: rightIndex[k.Right.Id]))
            .OrderByDescending(k => k.Link.Score)
            .ThenBy(k => Math.Abs(Place(k.L, n) - Place(k.R, right.Claims.Length)))
            .ThenBy(k => Place(k.L, n) * Place(k.R, right.Claims.Length))
            .ThenBy(k => TieText(k.Link), StringComparer.Ordinal)
            .ToList();
        foreach (var (_, l, r) in specific)
        {
            var (a, b) = (Find(l), Find(n + r));
            if (a != b && leftSize[a] + leftSize[b] <= MaxClaimsPerSide && rightSize[a] + rightSize[b] <= MaxClaimsPerSide)
            {
                parent[b] = a;
                leftSize[a] += leftSize[b];
                rightSize[a] += rightSize[b];
            }
        }

        var members = new Dictionary<int, (List<int> Left, List<int> Right)>();
        foreach (var (_, l, r) in specific)
        {
            var root = Find(l);
            if (root != Find(n + r))
            {
                continue;
            }

            if (!members.TryGetValue(root, out var m))
            {
                members[root] = m = ([], []);
            }

            if (!m.Left.Contains(l))
            {
                m.Left.Add(l);
            }

            if (!m.Right.Contains(r))
            {
                m.Right.Add(r);
            }
        }

        var insideByRoot = specific.Where(k => Find(k.L) == Find(n + k.R)).ToLookup(k => Find(k.L), k => k.Link);
        var groups = new List<(ComparisonRow, IReadOnlyList<int>, IReadOnlyList<int>)>();
        foreach (var (root, (ls, rs)) in members.OrderBy(m => m.Value.Left.Min()))
        {
            ls.Sort();
            rs.Sort();
            var inside = insideByRoot[root].ToList();
            groups.Add((Matched([.. ls.Select(i => left.Claims[i])], [.. rs.Select(i => right.Claims[i])], inside), ls, rs));
        }

        var generalByLeft = links.Links.Where(k => !k.IsSpecific).ToLookup(k => k.Left.Id, StringComparer.Ordinal);
        var generalByRight = links.Links.Where(k => !k.IsSpecific).ToLookup(k => k.Right.Id, StringComparer.Ordinal);
        var strongestLeft = specific.GroupBy(k => k.L).ToDictionary(g => g.Key, g => g.First().Link);
        var strongestRight = specific.GroupBy(k => k.R).ToDictionary(g => g.Key, g => g.First().Link);
        return RowLayout.Arrange(
            left.Claims.Length,
            right.Claims.Length,
            groups,
            l => Alone(left.Claims[l], leftSide: true, links, [.. generalByLeft[left.Claims[l].Id]], strongestLeft.GetValueOrDefault(l)),
            r => Alone(right.Claims[r], leftSide: false, links, [.. generalByRight[right.Claims[r].Id]], strongestRight.GetValueOrDefault(r)));
    }

    private static ComparisonRow Matched(ImmutableArray<Claim> l, ImmutableArray<Claim> r, List<ClaimLink> inside)
    {
        var divergent = inside.Any(k => k.Relation == LinkRelation.Divergent);
        var reasons = inside.Where(k => !divergent || k.Relation == LinkRelation.Divergent).SelectMany(k => k.Reasons).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var topics = l.SelectMany(c => c.Topics).Concat(r.SelectMany(c => c.Topics)).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var leftText = string.Join(" ", l.Select(c => c.Text));
        var rightText = string.Join(" ", r.Select(c => c.Text));
        // The diff keeps at most the shorter text's words equal, so two texts of very different lengths cannot be close:
        // skip the diff (quadratic in the worst case) where even that bound falls short.
        var (leftWords, rightWords) = (WordCount(leftText), WordCount(rightText));
        var diff = 2.0 * Math.Min(leftWords, rightWords) / Math.Max(1, leftWords + rightWords) >= DiffCloseness ? WordDiffer.Diff(leftText, rightText) : [];
        return new ComparisonRow(divergent ? RowKind.Divergent : RowKind.Shared, l, r, topics, inside.Max(k => k.Score), reasons, Closeness(diff) >= DiffCloseness ? diff : [])
        {
            Evidence = [.. inside.SelectMany(k => k.Evidence).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>The row of a claim in no group: weak, or one-sided with the other side's general claims beside it.</summary>
    /// <param name="claim">The claim.</param>
    /// <param name="leftSide">Whether it is a left claim.</param>
    /// <param name="links">All links, for the weak band.</param>
    /// <param name="mine">The claim's general links.</param>
    /// <param name="strongest">The claim's strongest specific link, where it has one (its group was full).</param>
    private static ComparisonRow Alone(Claim claim, bool leftSide, LinkSet links, ImmutableArray<ClaimLink> mine, ClaimLink? strongest)
    {
        var other = leftSide ? "right" : "left";
        NearestCounterpart? nearest = strongest is not null
            ? new NearestCounterpart(leftSide ? strongest.Right : strongest.Left, strongest.Score)
            : links.Weak.GetValueOrDefault(claim.Id);
        if (nearest is not null)
        {
            return new ComparisonRow(RowKind.Weak, leftSide ? [claim] : [], leftSide ? [] : [claim], claim.Topics, nearest.Score, [
                strongest is not null
                    ? $"linked to {nearest.Claim.Id} of the {other} readout, whose row is full"
                    : $"nearest counterpart in the {other} readout: {nearest.Claim.Id} (score {nearest.Score.ToString("0.00", CultureInfo.InvariantCulture)}), too weak to link and too close to call one-sided",
            ], [])
            {
                Nearest = nearest,
                GeneralLinks = mine,
            };
        }

        var never = links.Unnamed.TryGetValue(claim.Id, out var topics) && topics.Length > 0 ? $"never names {string.Join(", ", topics)}" : null;
        var general = mine.Length > 0
            ? $"names the matter only in general terms ({string.Join(", ", mine.Select(k => (leftSide ? k.Right : k.Left).Id).Distinct(StringComparer.Ordinal))})"
            : null;
        var reason = (never, general) switch
        {
            (null, null) => $"no counterpart in the {other} readout",
            (null, _) => $"no specific counterpart in the {other} readout, which {general}",
            (_, null) => $"no counterpart in the {other} readout, which {never}",
            _ => $"no specific counterpart in the {other} readout, which {never} and {general}",
        };

        return new ComparisonRow(leftSide ? RowKind.LeftOnly : RowKind.RightOnly, leftSide ? [claim] : [], leftSide ? [] : [claim], claim.Topics, null, [reason], [])
        {
            GeneralLinks = mine,
            NeverNamedByOther = never is null ? [] : topics,
        };
    }

    /// <summary>Dice overlap of the two texts' words: twice the words the diff keeps equal over all words.</summary>
    internal static double Closeness(ImmutableArray<DiffRun> diff)
    {
        double equal = 0, left = 0, right = 0;
        foreach (var run in diff)
        {
            var words = run.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            switch (run.Op)
            {
                case DiffOp.Equal:
                    equal += words;
                    left += words;
                    right += words;
                    break;
                case DiffOp.Delete:
                    left += words;
                    break;
                default:
                    right += words;
                    break;
            }
        }

        return left + right == 0 ? 0 : 2 * equal / (left + right);
    }

    private static double Place(int index, int count) => count <= 1 ? 0 : (double)index / (count - 1);

    /// <summary>The two claims' texts in ordinal order, joined: the same whichever side each claim is on.</summary>
    internal static string TieText(ClaimLink link) =>
        string.CompareOrdinal(link.Left.Text, link.Right.Text) <= 0 ? link.Left.Text + "\u0000" + link.Right.Text : link.Right.Text + "\u0000" + link.Left.Text;

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static Dictionary<string, int> Index(ReadoutAnalysis analysis)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < analysis.Claims.Length; i++)
        {
            index[analysis.Claims[i].Id] = i;
        }

        return index;
    }
}
