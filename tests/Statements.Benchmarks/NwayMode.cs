using System.Diagnostics;
using System.Globalization;
using Statements.Articles;

namespace Statements.Benchmarks;

/// <summary>
/// <c>nway</c>: the time of an N-way comparison of five readouts (issue 21; target under 50 ms after warm-up), for two
/// sets: the five accounts of the 2024-04-02 call (the pair's two readouts, the seed article's two sides and the
/// typical White House readout as a fifth, unrelated account) and the five White House readouts around the median
/// length of <c>corpus/wh-readouts</c> (readouts "of a typical size"). Without ../shared: the two samples, both run
/// together, and each again. Each set is compared five times to warm up, then timed <c>runs</c> times (default 30);
/// the median, fastest and slowest wall time are printed, the processor time a run (which a busy machine does not
/// inflate) and the load average, with the time of the analyses and of the ten pairwise links.
/// </summary>
internal static class NwayMode
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Run(string[] args, TextWriter output)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], Inv) : 30;
        output.WriteLine($"N-way compare of five readouts, {runs} timed runs after 5 warm-up runs ({Environment.ProcessorCount} cores)");
        foreach (var (name, readouts) in Sets())
        {
            Measure(name, readouts, runs, output);
        }

        return 0;
    }

    private static void Measure(string name, Readout[] readouts, int runs, TextWriter output)
    {
        var comparer = ReadoutComparer.Default;
        for (var i = 0; i < 5; i++)
        {
            comparer.Compare(readouts);
        }

        var times = new List<double>(runs);
        MultiComparison? result = null;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            result = comparer.Compare(readouts);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        // Processor time of the whole process (GC included) per run: on a busy machine wall time waits for a core, this does not.
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / runs;

        // Where the time goes: the five analyses, then the ten pairwise links, measured apart once warm.
        var analyses = new ReadoutAnalysis[readouts.Length];
        var analyse = Stopwatch.GetTimestamp();
        for (var i = 0; i < readouts.Length; i++)
        {
            analyses[i] = comparer.Analyze(readouts[i], MultiComparison.ColumnId(i));
        }

        var analyseMs = Stopwatch.GetElapsedTime(analyse).TotalMilliseconds;
        var link = Stopwatch.GetTimestamp();
        for (var i = 0; i < analyses.Length; i++)
        {
            for (var j = i + 1; j < analyses.Length; j++)
            {
                comparer.Linker.Link(analyses[i], analyses[j]);
            }
        }

        var linkMs = Stopwatch.GetElapsedTime(link).TotalMilliseconds;
        times.Sort();
        var chars = readouts.Sum(r => r.Text.Length);
        var claims = result!.Readouts.Sum(a => a.Claims.Length);
        output.WriteLine($"  {name}");
        output.WriteLine($"    {readouts.Length} readouts, {chars:N0} chars ({string.Join(" + ", readouts.Select(r => r.Text.Length.ToString("N0", Inv)))}), {claims} claims, {result.Matters.Length} matters ({result.Matters.Count(m => m.IsCommon)} common to all)");
        output.WriteLine($"    median {F(times[times.Count / 2])} ms, fastest {F(times[0])} ms, slowest {F(times[^1])} ms, processor time {F(cpuMs)} ms a run; of one run: analyses {F(analyseMs)} ms, links {F(linkMs)} ms");
        output.WriteLine($"    load average {LoadAverage()}");
    }

    private static IEnumerable<(string Name, Readout[] Readouts)> Sets()
    {
        var shared = BenchmarkInputs.Shared;
        var pair = shared is null ? null : Path.Combine(shared, "corpus", "pairs", BenchmarkInputs.PairFolder);
        if (pair is not null && Directory.Exists(pair))
        {
            var article = ArticleSplitter.Default.Split(BenchmarkInputs.Article().Text, "article.txt");
            yield return ("the 2024-04-02 call: us.txt, cn.txt, the seed article's two sides, the typical White House readout",
                [Readout.Load(Path.Combine(pair, "us.txt")), Readout.Load(Path.Combine(pair, "cn.txt")), article.Left, article.Right, BenchmarkInputs.Readout("typical")]);
        }

        var folder = shared is null ? null : Path.Combine(shared, "corpus", "wh-readouts");
        if (folder is not null && Directory.Exists(folder))
        {
            var files = Directory.GetFiles(folder, "*.txt").OrderBy(f => new FileInfo(f).Length).ThenBy(f => f, StringComparer.Ordinal).ToList();
            var middle = files.Count / 2;
            var chosen = files.Skip(Math.Max(0, middle - 2)).Take(5).ToArray();
            yield return ($"the five White House readouts around the median length ({string.Join(", ", chosen.Select(Path.GetFileNameWithoutExtension))})", [.. chosen.Select(f => Readout.Load(f))]);
        }

        if (shared is null)
        {
            var (cn, us) = Readouts.Sample;
            yield return ("the built-in samples (../shared not found)", [cn, us, cn with { Text = cn.Text + "\n\n" + us.Text }, cn, us]);
        }
    }

    /// <summary>The one-minute load average on Linux (how busy the machine was), or "unknown".</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string F(double ms) => ms.ToString("F1", Inv);
}
