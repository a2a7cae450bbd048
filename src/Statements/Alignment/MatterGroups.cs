using System.Collections.Immutable;
using System.Globalization;

namespace Statements.Alignment;

/// <summary>
/// Turns the links of every pair of readouts into the matters of an N-way comparison, as <see cref="LinkRows"/> turns
/// one pair's links into rows: specific links are taken strongest first (ties by the same side-independent keys), and a
/// link joins two groups only while the joined group keeps at most <see cref="LinkRows.MaxClaimsPerSide"/> claims of
/// each readout. A claim in no group is a matter of its own: <see cref="MatterRelation.Weak"/> with its nearest
/// counterpart in any other readout where one comes close, else <see cref="MatterRelation.Single"/>. With two readouts
/// this groups exactly as <see cref="LinkRows"/> does; the keys do not depend on the order of the readouts, so
/// permuting them permutes the cells and nothing else (for a symmetric linker such as <see cref="ModelLinker"/>).
/// </summary>
internal static class MatterGroups
{
    /// <param name="analyses">The readouts, in column order.</param>
    /// <param name="links">The links of each pair (i, j), i &lt; j, in the order i = 0, j = 1..n-1; i = 1, j = 2..n-1; ...</param>
    public static ImmutableArray<Matter> Build(IReadOnlyList<ReadoutAnalysis> analyses, IReadOnlyList<LinkSet> links)
    {
        var n = analyses.Count;
        var offset = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            offset[i + 1] = offset[i] + analyses[i].Claims.Length;
        }

        var total = offset[n];
        var where = new Dictionary<string, (int Column, int Index)>(total, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < analyses[i].Claims.Length; k++)
            {
                where[analyses[i].Claims[k].Id] = (i, k);
            }
        }

        int Global(Claim claim) => where[claim.Id] is var (c, k) ? offset[c] + k : -1;
        double Place(Claim claim) => where[claim.Id] is var (c, k) ? RelativePlace(k, analyses[c].Claims.Length) : 0;

        var specific = links.SelectMany(set => set.Links).Where(k => k.IsSpecific)
            .Select(k => (Link: k, A: Global(k.Left), B: Global(k.Right), PA: Place(k.Left), PB: Place(k.Right)))
            .OrderByDescending(k => k.Link.Score)
            .ThenBy(k => Math.Abs(k.PA - k.PB))
            .ThenBy(k => k.PA * k.PB)
            .ThenBy(k => LinkRows.TieText(k.Link), StringComparer.Ordinal)
            .ToList();

        var parent = new int[total];
        var size = new int[total * n];
        var column = new int[total];
        for (var i = 0; i < n; i++)
        {
            for (var g = offset[i]; g < offset[i + 1]; g++)
            {
                parent[g] = g;
                column[g] = i;
                size[(g * n) + i] = 1;
            }
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        foreach (var (_, a, b, _, _) in specific)
        {
            var (ra, rb) = (Find(a), Find(b));
            if (ra == rb || !Fits(size, ra, rb, n))
            {
                continue;
            }

            parent[rb] = ra;
            for (var i = 0; i < n; i++)
            {
                size[(ra * n) + i] += size[(rb * n) + i];
            }
        }

        var grouped = new bool[total];
        var inside = new Dictionary<int, List<ClaimLink>>();
        foreach (var (link, a, b, _, _) in specific)
        {
            var root = Find(a);
            if (root != Find(b))
            {
                continue;
            }

            grouped[a] = grouped[b] = true;
            if (!inside.TryGetValue(root, out var list))
            {
                inside[root] = list = [];
            }

            list.Add(link);
        }

        var toneByClaim = analyses.Select(ToneKeysByClaim).ToArray();
        var strongest = new Dictionary<int, ClaimLink>();
        foreach (var (link, a, b, _, _) in specific)
        {
            strongest.TryAdd(a, link);
            strongest.TryAdd(b, link);
        }

        var general = links.SelectMany(set => set.Links).Where(k => !k.IsSpecific).ToList();
        var matters = new List<(Matter Matter, double Place, string Tie)>();
        var members = new Dictionary<int, List<int>>();
        for (var g = 0; g < total; g++)
        {
            if (!grouped[g])
            {
                continue;
            }

            var root = Find(g);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(g);
        }

        foreach (var (root, claims) in members)
        {
            var cells = Cells(analyses, offset, column, claims, toneByClaim);
            matters.Add((Matched(cells, inside[root]), claims.Average(g => RelativePlace(g - offset[column[g]], analyses[column[g]].Claims.Length)), Tie(cells)));
        }

        for (var g = 0; g < total; g++)
        {
            if (grouped[g])
            {
                continue;
            }

            var cells = Cells(analyses, offset, column, [g], toneByClaim);
            var claim = analyses[column[g]].Claims[g - offset[column[g]]];
            var matter = Alone(analyses, claim, cells, links, strongest.GetValueOrDefault(g), general, where);
            matters.Add((matter, RelativePlace(g - offset[column[g]], analyses[column[g]].Claims.Length), Tie(cells)));
        }

        return [.. matters.OrderBy(m => m.Place).ThenBy(m => m.Tie, StringComparer.Ordinal).Select(m => m.Matter)];
    }

    private static bool Fits(int[] size, int a, int b, int n)
    {
        for (var i = 0; i < n; i++)
        {
            if (size[(a * n) + i] + size[(b * n) + i] > LinkRows.MaxClaimsPerSide)
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<MatterCell> Cells(IReadOnlyList<ReadoutAnalysis> analyses, int[] offset, int[] column, List<int> claims, Dictionary<string, List<string>>[] tone)
    {
        var cells = ImmutableArray.CreateBuilder<MatterCell>(analyses.Count);
        for (var i = 0; i < analyses.Count; i++)
        {
            var mine = claims.Where(g => column[g] == i).Order().Select(g => analyses[i].Claims[g - offset[i]]).ToImmutableArray();
            var keys = mine.SelectMany(c => tone[i].GetValueOrDefault(c.Id) ?? []).Distinct(StringComparer.Ordinal).ToImmutableArray();
            cells.Add(new MatterCell(mine, keys));
        }

        return cells.MoveToImmutable();
    }

    private static Matter Matched(ImmutableArray<MatterCell> cells, List<ClaimLink> inside)
    {
        var divergent = inside.Any(k => k.Relation == LinkRelation.Divergent);
        var reasons = inside.Where(k => !divergent || k.Relation == LinkRelation.Divergent).SelectMany(k => k.Reasons).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var topics = cells.SelectMany(c => c.Claims).SelectMany(c => c.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        return new Matter(divergent ? MatterRelation.Divergent : MatterRelation.Shared, cells, topics, inside.Max(k => k.Score), reasons)
        {
            Links = [.. inside],
            Evidence = [.. inside.SelectMany(k => k.Evidence).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>The matter of a claim in no group: weak when a claim of another readout comes close, else single.</summary>
    private static Matter Alone(IReadOnlyList<ReadoutAnalysis> analyses, Claim claim, ImmutableArray<MatterCell> cells, IReadOnlyList<LinkSet> links, ClaimLink? strongest, List<ClaimLink> general, Dictionary<string, (int Column, int Index)> where)
    {
        var mine = general.Where(k => k.Left.Id == claim.Id || k.Right.Id == claim.Id).ToImmutableArray();
        var topics = claim.Topics.Order(StringComparer.Ordinal).ToImmutableArray();
        NearestCounterpart? nearest = null;
        if (strongest is not null)
        {
            nearest = new NearestCounterpart(strongest.Left.Id == claim.Id ? strongest.Right : strongest.Left, strongest.Score);
        }
        else
        {
            foreach (var set in links)
            {
                if (set.Weak.GetValueOrDefault(claim.Id) is { } weak && (nearest is null || weak.Score > nearest.Score
                    || (weak.Score == nearest.Score && string.CompareOrdinal(weak.Claim.Text, nearest.Claim.Text) < 0)))
                {
                    nearest = weak;
                }
            }
        }

        string Name(Claim other) => $"{other.Id} of the {Rendering.ComparisonText.ShortSide(analyses[where[other.Id].Column].Readout.Side)} readout";
        if (nearest is not null)
        {
            return new Matter(MatterRelation.Weak, cells, topics, nearest.Score, [
                strongest is not null
                    ? $"linked to {Name(nearest.Claim)}, whose matter is full"
                    : $"nearest counterpart: {Name(nearest.Claim)} (score {nearest.Score.ToString("0.00", CultureInfo.InvariantCulture)}), too weak to link and too close to call particular",
            ])
            {
                Nearest = nearest,
                GeneralLinks = mine,
            };
        }

        var others = mine.Select(k => k.Left.Id == claim.Id ? k.Right : k.Left).DistinctBy(c => c.Id).ToList();
        var reason = others.Count > 0
            ? $"no specific counterpart in another readout; {string.Join(", ", others.Select(c => c.Id))} name the matter only in general terms"
            : analyses.Count == 2 ? "no counterpart in the other readout" : "no counterpart in any other readout";
        return new Matter(MatterRelation.Single, cells, topics, null, [reason]) { GeneralLinks = mine };
    }

    /// <summary>A key for ties between matters at the same place that does not depend on the order of the columns.</summary>
    private static string Tie(ImmutableArray<MatterCell> cells) =>
        string.Join("\u0000", cells.SelectMany(c => c.Claims).Select(c => c.Text).Order(StringComparer.Ordinal));

    private static double RelativePlace(int index, int count) => count <= 1 ? 0 : (double)index / (count - 1);

    private static Dictionary<string, List<string>> ToneKeysByClaim(ReadoutAnalysis analysis)
    {
        var keys = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var hit in analysis.ToneHits)
        {
            if (hit.Negated || hit.ClaimId is null)
            {
                continue;
            }

            if (!keys.TryGetValue(hit.ClaimId, out var list))
            {
                keys[hit.ClaimId] = list = [];
            }

            list.Add(hit.Key);
        }

        return keys;
    }
}
