using MathNet.Numerics.LinearAlgebra;

namespace Statements.LinkFit;

/// <summary>L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares).</summary>
internal static class Logistic
{
    /// <summary>Fits weights (the first feature is the bias, which is not penalised).</summary>
    public static double[] Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double lambda = 1.0)
    {
        var n = x.Count;
        var d = x[0].Length;
        var w = Vector<double>.Build.Dense(d);
        var m = Matrix<double>.Build.DenseOfRowArrays(x);
        var t = Vector<double>.Build.Dense(n, i => y[i] ? 1 : 0);
        var penalty = Matrix<double>.Build.DenseDiagonal(d, d, i => i == 0 ? 1e-6 : lambda);
        for (var iteration = 0; iteration < 50; iteration++)
        {
            var p = (m * w).Map(z => 1 / (1 + Math.Exp(-z)));
            var gradient = m.TransposeThisAndMultiply(p - t) + (penalty * w);
            var s = p.Map(v => Math.Max(v * (1 - v), 1e-9));
            var weighted = m.Clone();
            for (var i = 0; i < n; i++)
            {
                weighted.SetRow(i, weighted.Row(i) * s[i]);
            }

            var hessian = m.TransposeThisAndMultiply(weighted) + penalty;
            var step = hessian.Solve(gradient);
            w -= step;
            if (step.L2Norm() < 1e-8)
            {
                break;
            }
        }

        return [.. w];
    }

    public static double Probability(double[] w, ReadOnlySpan<double> x)
    {
        var z = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            z += w[i] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
