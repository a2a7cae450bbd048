using System.Collections.Immutable;
using Statements.Language;

namespace Statements.Alignment;

/// <summary>
/// The default <see cref="IClaimAligner"/>, in three steps.
/// <list type="number">
/// <item><description><b>Context.</b> A claim that continues the claim before it in its readout (see <c>Continuation</c>: a
/// second clause with no subject of its own, or "this issue", "it", "these matters", "for this reason" pointing back)
/// takes its matter from that claim: its scores become the mean (<see cref="ContinuationFactor"/>) of its own and that
/// claim's scores.</description></item>
/// <item><description><b>Core pairs.</b> An optimal one-to-one assignment (the Hungarian method, O(k²·m) for k claims on the shorter side and m on the longer) over the scores at or
/// above <see cref="Threshold"/>; lower scores count as 0, so pairs too weak to be kept never displace a strong one. Each
/// pair kept starts a group.</description></item>
/// <item><description><b>Groups.</b> Then, best candidate first, until none is left: a claim in no group joins the group whose
/// claims of the other side it each matches at or above <see cref="Threshold"/>, when it stands in the same or the next
/// sentence as one of the group's claims of its own side (readouts develop a matter over neighbouring sentences) or
/// scores at least <see cref="StrongJoin"/>; and two groups merge when claims of one side stand in the same sentence
/// (one sentence the claim extractor cut in two) and every claim of each matches every claim of the other side of the
/// other at or above <see cref="Threshold"/>. So one side's single claim stands against what the other says in two or
/// three, and every left-right pair in a row is a pair that matches.</description></item>
/// </list>
/// Symmetric: swapping the sides (transposing the matrix) swaps the groups' sides. Deterministic: ties go to the pair
/// nearer the same relative place in both readouts, then to the claim text first in ordinal order. Immutable and
/// thread-safe.
/// </summary>
public sealed class OptimalAligner : IClaimAligner
{
    /// <summary>The share of a continuing claim's scores that comes from the claim it continues.</summary>
    public const double ContinuationFactor = 0.5;

    /// <summary>How far above the threshold a claim must score to join a group none of whose claims of its side stands next to it.</summary>
    public const double StrongJoinMargin = 0.3;

    // A tie-break far below any real difference of scores: pairs at the same relative place in both readouts first.
    private const double PlaceTieBreak = 1e-6;

    // A second, smaller tie-break for pairs equally far apart (a sentence a readout repeats): the product of the two
    // relative places. Both terms are symmetric in the sides, so swapping the readouts picks the same pairs.
    private const double ProductTieBreak = 1e-9;

    /// <summary>Creates an aligner for English readouts.</summary>
    /// <param name="threshold">The lowest similarity at which two claims are matched.</param>
    public OptimalAligner(double threshold = 0.3)
        : this(ReadoutLanguage.English, threshold)
    {
    }

    /// <summary>Creates an aligner that reads <paramref name="language"/>'s words to tell which claims continue the one before.</summary>
    /// <param name="language">The readouts' language.</param>
    /// <param name="threshold">The lowest similarity at which two claims are matched.</param>
    public OptimalAligner(ReadoutLanguage language, double threshold = 0.3)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        Language = language;
        Threshold = threshold;
    }

    /// <summary>The language whose words tell which claims continue the one before.</summary>
    public ReadoutLanguage Language { get; }

    /// <summary>The lowest similarity at which two claims are matched.</summary>
    public double Threshold { get; }

    /// <summary>The score at which a claim joins a group none of whose claims of its side stands next to it: <see cref="Threshold"/> + <see cref="StrongJoinMargin"/>.</summary>
    public double StrongJoin => Threshold + StrongJoinMargin;

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The matrix does not have one row per left claim and one column per right claim.</exception>
    public IReadOnlyList<AlignedGroup> Align(double[,] similarity, IReadOnlyList<Claim> leftClaims, IReadOnlyList<Claim> rightClaims)
    {
        ArgumentNullException.ThrowIfNull(similarity);
        ArgumentNullException.ThrowIfNull(leftClaims);
        ArgumentNullException.ThrowIfNull(rightClaims);
        var rows = similarity.GetLength(0);
        var cols = similarity.GetLength(1);
        if (rows == 0 || cols == 0)
        {
            return [];
        }

        if (leftClaims.Count != rows || rightClaims.Count != cols)
        {
            throw new ArgumentException("The matrix must have one row per left claim and one column per right claim.", nameof(similarity));
        }

        var score = Continuation.InContext(Language, similarity, leftClaims, rightClaims, ContinuationFactor);
        var weights = new double[rows, cols];
        for (var l = 0; l < rows; l++)
        {
            for (var r = 0; r < cols; r++)
            {
                var (p, q) = (Place(l, rows), Place(r, cols));
                weights[l, r] = score[l, r] >= Threshold ? score[l, r] + PlaceTieBreak * (1 - Math.Abs(p - q)) + ProductTieBreak * p * q : 0;
            }
        }

        var assignment = Hungarian.Solve(weights);
        var groups = new List<Group>();
        var leftGroup = new Group?[rows];
        var rightGroup = new Group?[cols];
        for (var l = 0; l < rows; l++)
        {
            var r = assignment[l];
            if (r >= 0 && score[l, r] >= Threshold)
            {
                var group = new Group(score[l, r]);
                group.Left.Add(l);
                group.Right.Add(r);
                groups.Add(group);
                leftGroup[l] = rightGroup[r] = group;
            }
        }

        Grow(score, groups, leftGroup, rightGroup, leftClaims, rightClaims);
        groups.Sort((a, b) => a.Left.Min().CompareTo(b.Left.Min()));
        return groups.Select(g => new AlignedGroup([.. g.Left.Order()], [.. g.Right.Order()], Math.Round(Math.Min(1, g.Score), 3))).ToList();
    }

    /// <summary>Joins left-over claims to groups and merges groups, best candidate first, until none qualifies.</summary>
    /// <remarks>
    /// Each round takes the best candidate of all. A group's best joining claim of each side and the best merge of two
    /// groups depend only on the groups' members and on which claims are still free, so they are kept between rounds
    /// and worked out again only for a group that changed, or whose best claim another group took; a claim's
    /// neighbourhood and two groups' shared sentences are set lookups. (Recomputing every candidate every round, with
    /// list scans for both, made a long readout against a short one cubic: 4,000 claims took a minute.) The candidates
    /// are folded in the same order as a full scan (group by group, left claims then right, then merges in list order),
    /// so the same one wins.
    /// </remarks>
    private void Grow(double[,] score, List<Group> groups, Group?[] leftGroup, Group?[] rightGroup, IReadOnlyList<Claim> leftClaims, IReadOnlyList<Claim> rightClaims)
    {
        var rows = leftGroup.Length;
        var cols = rightGroup.Length;
        foreach (var group in groups)
        {
            group.Index(leftClaims, rightClaims);
        }

        var merges = new Dictionary<(Group A, Group B), (int VersionA, int VersionB, Candidate? Best)>();
        while (true)
        {
            Candidate? best = null;
            foreach (var group in groups)
            {
                if (group.JoinsStale)
                {
                    group.BestLeft = BestJoin(score, group, leftGroup, leftClaims, rightClaims, rows, cols, leftSide: true);
                    group.BestRight = BestJoin(score, group, rightGroup, rightClaims, leftClaims, cols, rows, leftSide: false);
                    group.JoinsStale = false;
                }

                if (group.BestLeft is { } left)
                {
                    Consider(ref best, left);
                }

                if (group.BestRight is { } right)
                {
                    Consider(ref best, right);
                }
            }

            for (var a = 0; a < groups.Count; a++)
            {
                for (var b = a + 1; b < groups.Count; b++)
                {
                    var key = (groups[a], groups[b]);
                    if (!merges.TryGetValue(key, out var cached) || cached.VersionA != groups[a].Version || cached.VersionB != groups[b].Version)
                    {
                        cached = (groups[a].Version, groups[b].Version, Merge(score, groups[a], groups[b], leftClaims, rightClaims));
                        merges[key] = cached;
                    }

                    if (cached.Best is { } merge)
                    {
                        Consider(ref best, merge);
                    }
                }
            }

            if (best is not { } chosen)
            {
                return;
            }

            var target = chosen.Group;
            if (chosen.Other is { } other)
            {
                target.Left.AddRange(other.Left);
                target.Right.AddRange(other.Right);
                target.LeftSentences.UnionWith(other.LeftSentences);
                target.RightSentences.UnionWith(other.RightSentences);
                target.Score = Math.Max(target.Score, other.Score);
                foreach (var l in other.Left)
                {
                    leftGroup[l] = target;
                }

                foreach (var r in other.Right)
                {
                    rightGroup[r] = target;
                }

                groups.Remove(other);
                target.Changed();
            }
            else if (chosen.Left >= 0)
            {
                target.Left.Add(chosen.Left);
                target.LeftSentences.Add(leftClaims[chosen.Left].SentenceIndex);
                leftGroup[chosen.Left] = target;
                target.Changed();
                foreach (var group in groups)
                {
                    group.JoinsStale |= group.BestLeft?.Left == chosen.Left;
                }
            }
            else
            {
                target.Right.Add(chosen.Right);
                target.RightSentences.Add(rightClaims[chosen.Right].SentenceIndex);
                rightGroup[chosen.Right] = target;
                target.Changed();
                foreach (var group in groups)
                {
                    group.JoinsStale |= group.BestRight?.Right == chosen.Right;
                }
            }
        }
    }

    /// <summary>The best free claim of one side to join <paramref name="group"/>, considered in index order, or null.</summary>
    private Candidate? BestJoin(double[,] score, Group group, Group?[] assigned, IReadOnlyList<Claim> claims, IReadOnlyList<Claim> otherClaims, int count, int otherCount, bool leftSide)
    {
        var others = leftSide ? group.Right : group.Left;
        var sentences = leftSide ? group.LeftSentences : group.RightSentences;
        var anchorIndex = others.Min();
        var anchor = Place(anchorIndex, otherCount);
        var anchorText = otherClaims[anchorIndex].Text;
        Candidate? best = null;
        for (var c = 0; c < count; c++)
        {
            if (assigned[c] is null && MeanIfAll(score, c, others, leftSide) is { } mean && (mean >= StrongJoin || Near(sentences, claims[c].SentenceIndex)))
            {
                Consider(ref best, new Candidate(mean, Place(c, count), claims[c].Text, group, null, leftSide ? c : -1, leftSide ? -1 : c) { Anchor = anchor, AnchorText = anchorText });
            }
        }

        return best;
    }

    /// <summary>The candidate of merging two groups (a before b in the list), or null when they may not merge.</summary>
    private Candidate? Merge(double[,] score, Group a, Group b, IReadOnlyList<Claim> leftClaims, IReadOnlyList<Claim> rightClaims)
    {
        if ((a.LeftSentences.Overlaps(b.LeftSentences) || a.RightSentences.Overlaps(b.RightSentences))
            && MeanIfAll(score, a.Left, b.Right) is { } ab && MeanIfAll(score, b.Left, a.Right) is { } ba)
        {
            var texts = new[] { leftClaims[a.Left[0]].Text, rightClaims[a.Right[0]].Text, leftClaims[b.Left[0]].Text, rightClaims[b.Right[0]].Text };
            Array.Sort(texts, StringComparer.Ordinal);
            return new Candidate((ab + ba) / 2, 0, string.Concat(texts), a, b, -1, -1);
        }

        return null;
    }

    /// <summary>The mean score of one claim with each of a group's claims of the other side, or null when one is below the threshold.</summary>
    private double? MeanIfAll(double[,] score, int claim, List<int> others, bool leftSide)
    {
        var sum = 0.0;
        foreach (var other in others)
        {
            var s = leftSide ? score[claim, other] : score[other, claim];
            if (s < Threshold)
            {
                return null;
            }

            sum += s;
        }

        return sum / others.Count;
    }

    /// <summary>The mean score of every left-right pair, or null when one of them is below the threshold.</summary>
    private double? MeanIfAll(double[,] score, List<int> left, List<int> right)
    {
        var sum = 0.0;
        foreach (var l in left)
        {
            foreach (var r in right)
            {
                if (score[l, r] < Threshold)
                {
                    return null;
                }

                sum += score[l, r];
            }
        }

        return sum / (left.Count * right.Count);
    }

    /// <summary>Keeps the better candidate: the higher score, then the nearer relative place, then the text first in ordinal order.</summary>
    private static void Consider(ref Candidate? best, Candidate candidate)
    {
        if (best is not { } current)
        {
            best = candidate;
            return;
        }

        var order = current.Score.CompareTo(candidate.Score);
        if (Math.Abs(candidate.Score - current.Score) <= 1e-12)
        {
            // Each key below is the same whichever readout is on the left, so a swap of sides picks the same candidate.
            order = candidate.Place.CompareTo(current.Place);
            if (order == 0)
            {
                order = string.CompareOrdinal(candidate.TieText, current.TieText);
            }

            if (order == 0)
            {
                order = candidate.Anchor.CompareTo(current.Anchor);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(candidate.AnchorText, current.AnchorText);
            }
        }

        if (order < 0)
        {
            best = candidate;
        }
    }

    /// <summary>Whether a claim in sentence <paramref name="sentence"/> stands in the same or a neighbouring sentence as one of a group's claims of its side.</summary>
    private static bool Near(HashSet<int> sentences, int sentence) =>
        sentences.Contains(sentence) || (sentence > int.MinValue && sentences.Contains(sentence - 1)) || (sentence < int.MaxValue && sentences.Contains(sentence + 1));

    /// <summary>A claim's place in its readout, from 0 (first) to 1 (last).</summary>
    private static double Place(int index, int count) => count <= 1 ? 0 : (double)index / (count - 1);

    private sealed class Group(double score)
    {
        public List<int> Left { get; } = [];

        public List<int> Right { get; } = [];

        /// <summary>The sentence indices of the group's left claims.</summary>
        public HashSet<int> LeftSentences { get; } = [];

        /// <summary>The sentence indices of the group's right claims.</summary>
        public HashSet<int> RightSentences { get; } = [];

        public double Score { get; set; } = score;

        /// <summary>Counts changes of membership, so a cached merge with another group is known to be out of date.</summary>
        public int Version { get; private set; }

        /// <summary>Whether <see cref="BestLeft"/> and <see cref="BestRight"/> must be worked out again.</summary>
        public bool JoinsStale { get; set; } = true;

        public Candidate? BestLeft { get; set; }

        public Candidate? BestRight { get; set; }

        public void Index(IReadOnlyList<Claim> leftClaims, IReadOnlyList<Claim> rightClaims)
        {
            foreach (var l in Left)
            {
                LeftSentences.Add(leftClaims[l].SentenceIndex);
            }

            foreach (var r in Right)
            {
                RightSentences.Add(rightClaims[r].SentenceIndex);
            }
        }

        public void Changed()
        {
            Version++;
            JoinsStale = true;
        }
    }

    private readonly record struct Candidate(double Score, double Place, string TieText, Group Group, Group? Other, int Left, int Right)
    {
        /// <summary>For a claim joining a group: the relative place of the group's first claim of the other side.</summary>
        public double Anchor { get; init; }

        /// <summary>For a claim joining a group: the text of the group's first claim of the other side.</summary>
        public string AnchorText { get; init; } = "";
    }
}

/// <summary>The Hungarian method for a maximum-weight assignment on a rectangular matrix.</summary>
/// <remarks>
/// Runs on the shorter side: O(k² · m) for k rows and m columns with k ≤ m, transposing the matrix when it has more
/// rows than columns. (Padding to a square m × m matrix made a long readout against a short one cubic in the long
/// one: 2,000 claims against 20 took half a minute.) Either orientation solves the same problem, so a comparison
/// and its mirror run the same computation.
/// </remarks>
internal static class Hungarian
{
    /// <summary>For each row, the column assigned to it, or -1.</summary>
    public static int[] Solve(double[,] weights)
    {
        var rows = weights.GetLength(0);
        var cols = weights.GetLength(1);
        if (rows <= cols)
        {
            return SolveWide(weights, rows, cols, transposed: false);
        }

        // Solve the transpose (columns as rows) and invert the assignment.
        var byColumn = SolveWide(weights, cols, rows, transposed: true);
        var result = new int[rows];
        Array.Fill(result, -1);
        for (var c = 0; c < cols; c++)
        {
            if (byColumn[c] >= 0)
            {
                result[byColumn[c]] = c;
            }
        }

        return result;
    }

    /// <summary>
    /// Minimises cost = 1 - weight over an n × m matrix with n ≤ m (each of the n rows gets a distinct column); the
    /// matrix read is <paramref name="weights"/> or, when <paramref name="transposed"/>, its transpose.
    /// </summary>
    private static int[] SolveWide(double[,] weights, int n, int m, bool transposed)
    {
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        var minv = new double[m + 1];
        var used = new bool[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            Array.Fill(minv, double.PositiveInfinity);
            Array.Clear(used);
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var weight = transposed ? weights[j - 1, i0 - 1] : weights[i0 - 1, j - 1];
                    var cost = 1 - weight - u[i0] - v[j];
                    if (cost < minv[j])
                    {
                        minv[j] = cost;
                        way[j] = j0;
                    }

                    if (minv[j] < delta)
                    {
                        delta = minv[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= m; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minv[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        var result = new int[n];
        Array.Fill(result, -1);
        for (var j = 1; j <= m; j++)
        {
            if (p[j] > 0)
            {
                result[p[j] - 1] = j - 1;
            }
        }

        return result;
    }
}
