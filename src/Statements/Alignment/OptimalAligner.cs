using System.Collections.Immutable;

namespace Statements.Alignment;

/// <summary>
/// The default <see cref="IClaimAligner"/>: an optimal one-to-one assignment over the similarity matrix
/// (the Hungarian method, O(n³)), keeping pairs at or above <see cref="Threshold"/>; then many-to-one groups,
/// where a claim left unmatched scores at least <see cref="Threshold"/> with a matched claim of the other side
/// and stands in the same or a neighbouring sentence as that claim's partner. Deterministic: ties go to the
/// earlier claim. Immutable and thread-safe.
/// </summary>
public sealed class OptimalAligner : IClaimAligner
{
    /// <summary>Creates an aligner.</summary>
    /// <param name="threshold">The lowest similarity at which two claims are matched.</param>
    public OptimalAligner(double threshold = 0.3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        Threshold = threshold;
    }

    /// <summary>The lowest similarity at which two claims are matched.</summary>
    public double Threshold { get; }

    /// <inheritdoc />
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

        var assignment = Hungarian.Solve(similarity);
        var groups = new List<(List<int> Left, List<int> Right, double Score)>();
        var leftGroup = new int[rows];
        var rightGroup = new int[cols];
        Array.Fill(leftGroup, -1);
        Array.Fill(rightGroup, -1);
        for (var l = 0; l < rows; l++)
        {
            var r = assignment[l];
            if (r >= 0 && similarity[l, r] >= Threshold)
            {
                leftGroup[l] = rightGroup[r] = groups.Count;
                groups.Add(([l], [r], similarity[l, r]));
            }
        }

        // Many-to-one: an unmatched claim joins the group of its best matched partner when close in the text.
        for (var l = 0; l < rows; l++)
        {
            if (leftGroup[l] >= 0)
            {
                continue;
            }

            var best = BestMatched(l, cols, (a, b) => similarity[a, b], rightGroup);
            if (best >= 0 && similarity[l, best] >= Threshold && IsNeighbour(leftClaims, groups[rightGroup[best]].Left, l))
            {
                leftGroup[l] = rightGroup[best];
                groups[rightGroup[best]].Left.Add(l);
            }
        }

        for (var r = 0; r < cols; r++)
        {
            if (rightGroup[r] >= 0)
            {
                continue;
            }

            var best = BestMatched(r, rows, (a, b) => similarity[b, a], leftGroup);
            if (best >= 0 && similarity[best, r] >= Threshold && groups[leftGroup[best]].Left.Count == 1 && IsNeighbour(rightClaims, groups[leftGroup[best]].Right, r))
            {
                rightGroup[r] = leftGroup[best];
                groups[leftGroup[best]].Right.Add(r);
            }
        }

        return groups.Select(g => new AlignedGroup([.. g.Left.Order()], [.. g.Right.Order()], Math.Round(g.Score, 3))).ToList();
    }

    private static int BestMatched(int index, int count, Func<int, int, double> score, int[] otherGroup)
    {
        var best = -1;
        for (var k = 0; k < count; k++)
        {
            if (otherGroup[k] >= 0 && (best < 0 || score(index, k) > score(index, best)))
            {
                best = k;
            }
        }

        return best;
    }

    private static bool IsNeighbour(IReadOnlyList<Claim> claims, List<int> group, int candidate) =>
        group.Any(g => Math.Abs(claims[g].SentenceIndex - claims[candidate].SentenceIndex) <= 1);
}

/// <summary>The Hungarian method for a maximum-weight assignment on a rectangular matrix.</summary>
internal static class Hungarian
{
    /// <summary>For each row, the column assigned to it, or -1.</summary>
    public static int[] Solve(double[,] weights)
    {
        var rows = weights.GetLength(0);
        var cols = weights.GetLength(1);
        var n = Math.Max(rows, cols);
        // Minimise cost = 1 - weight over an n x n matrix padded with cost 1 (weight 0).
        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = new double[n + 1];
            var used = new bool[n + 1];
            Array.Fill(minv, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var cost = Cost(weights, i0 - 1, j - 1, rows, cols) - u[i0] - v[j];
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

                for (var j = 0; j <= n; j++)
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

        var result = new int[rows];
        Array.Fill(result, -1);
        for (var j = 1; j <= n; j++)
        {
            if (p[j] - 1 < rows && j - 1 < cols && p[j] > 0)
            {
                result[p[j] - 1] = j - 1;
            }
        }

        return result;
    }

    private static double Cost(double[,] weights, int i, int j, int rows, int cols) =>
        i < rows && j < cols ? 1 - weights[i, j] : 1;
}
