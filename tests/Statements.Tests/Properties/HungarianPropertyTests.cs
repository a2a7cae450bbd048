using CsCheck;
using Statements.Alignment;

namespace Statements.Tests.Properties;

/// <summary>
/// The assignment solver against brute force on small matrices of every shape: it used to pad to a square, which
/// was cubic in the longer readout; it now runs on the shorter side and must still find an optimal assignment.
/// </summary>
public class HungarianPropertyTests
{
    private static readonly Gen<double[,]> Matrix = Gen.Select(Gen.Int[1, 6], Gen.Int[1, 6]).SelectMany((rows, cols) =>
        Gen.OneOf(Gen.Double[0, 1], Gen.Const(0.0), Gen.Const(0.5), Gen.Const(1.0)).Array[rows * cols].Select(values =>
        {
            var m = new double[rows, cols];
            for (var i = 0; i < values.Length; i++)
            {
                m[i / cols, i % cols] = values[i];
            }

            return m;
        }));

    /// <summary>The best total weight over every way of giving rows distinct columns (or none).</summary>
    private static double BruteForce(double[,] w, int row, bool[] used)
    {
        if (row == w.GetLength(0))
        {
            return 0;
        }

        var best = BruteForce(w, row + 1, used); // this row unassigned
        for (var c = 0; c < w.GetLength(1); c++)
        {
            if (!used[c])
            {
                used[c] = true;
                best = Math.Max(best, w[row, c] + BruteForce(w, row + 1, used));
                used[c] = false;
            }
        }

        return best;
    }

    [Fact]
    public void The_assignment_is_one_to_one_and_optimal_for_every_shape()
    {
        Matrix.Sample(w =>
        {
            var assignment = Hungarian.Solve(w);
            assignment.Should().HaveCount(w.GetLength(0));
            assignment.Where(c => c >= 0).Should().OnlyHaveUniqueItems();
            assignment.Should().OnlyContain(c => c >= -1 && c < w.GetLength(1));
            var total = assignment.Select((c, r) => c >= 0 ? w[r, c] : 0).Sum();
            total.Should().BeApproximately(BruteForce(w, 0, new bool[w.GetLength(1)]), 1e-9);
        }, iter: Inputs.Iter(2000), print: w => $"{w.GetLength(0)}x{w.GetLength(1)}: " + string.Join(" ", w.Cast<double>().Select(d => d.ToString("F3", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void A_long_readout_against_a_short_one_is_solved_on_the_short_side()
    {
        // 3,000 x 20 took tens of seconds when padded to 3,000 x 3,000; on the short side it is 20² x 3,000 steps.
        var w = new double[3000, 20];
        for (var r = 0; r < 3000; r++)
        {
            for (var c = 0; c < 20; c++)
            {
                w[r, c] = ((r * 31 + c * 17) % 101) / 100.0;
            }
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var assignment = Hungarian.Solve(w);
        assignment.Count(c => c >= 0).Should().Be(20);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a hang guard, not a speed target");
    }
}
