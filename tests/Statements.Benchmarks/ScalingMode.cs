using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Statements.Benchmarks;

/// <summary>
/// <c>scaling</c>: how <c>Compare</c> grows with the size of one readout against an ordinary one (issue 23). A
/// readout of N short claim lines, made from the built-in China sample's claims, is compared with an ordinary readout
/// of those lines once each, so that every line matches (the case that makes alignment work hardest: the long side's
/// claims join the groups one by one); N = 1,000,
/// 2,000, 4,000 and 16,000 (16,000 lines stay under the 1,048,576-character limit). Each size is compared once to warm
/// up and then timed as the fastest of three; the exponent is log(time ratio) / log(size ratio) between neighbours.
/// </summary>
internal static class ScalingMode
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args, TextWriter output)
    {
        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, Inv)).ToArray() : [1_000, 2_000, 4_000, 16_000];
        var comparer = ReadoutComparer.Default;
        var lines = ClaimLines();
        var other = new Readout(string.Join("\n\n", lines), "China");
        output.WriteLine($"Compare: a readout of N claim lines against an ordinary readout of {lines.Count} claims, the same lines ({Environment.ProcessorCount} cores)");
        double? previous = null;
        var previousN = 0;
        foreach (var n in sizes)
        {
            var text = new StringBuilder();
            for (var i = 0; i < n; i++)
            {
                text.Append(lines[i % lines.Count]).Append('\n');
            }

            var readout = new Readout(text.ToString(), "United States");
            comparer.Compare(other, readout);
            var best = double.MaxValue;
            Comparison? comparison = null;
            for (var run = 0; run < 3; run++)
            {
                var start = Stopwatch.GetTimestamp();
                comparison = comparer.Compare(other, readout);
                best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
            }

            var growth = previous is { } p
                ? $", {(best / p).ToString("F1", Inv)}x the time of N = {previousN:N0} (exponent {(Math.Log(best / p) / Math.Log(n / (double)previousN)).ToString("F2", Inv)})"
                : "";
            output.WriteLine($"  N = {n,6:N0} ({text.Length,9:N0} chars, {comparison!.Right.Claims.Length,6:N0} claims): {best.ToString("F3", Inv),8} s, {comparison.Rows.Length:N0} rows{growth}");
            previous = best;
            previousN = n;
        }

        return 0;
    }

    /// <summary>Claim lines of at most 64 characters: "President Xi said" and the first words of each claim of the China sample.</summary>
    private static List<string> ClaimLines()
    {
        var lines = new List<string>();
        foreach (var sentence in ReadoutComparer.Default.Analyze(Readouts.SampleChina).Claims)
        {
            var words = sentence.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var line = new StringBuilder("President Xi said");
            foreach (var word in words)
            {
                if (line.Length + word.Length + 2 > 64)
                {
                    break;
                }

                line.Append(' ').Append(word.TrimEnd('.', ',', ';'));
            }

            lines.Add(line.Append('.').ToString());
        }

        return lines;
    }
}
