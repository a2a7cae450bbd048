using System.Diagnostics;
using System.Globalization;
using System.Text;
using Statements.Batch;
using Statements.Rendering;
using Statements.Serialization;

namespace Statements.Benchmarks;

/// <summary>
/// <c>corpus DIR</c>: analyses every readout file under DIR (recursively; <c>*.txt</c> except README, gold and article
/// files) and compares every pair folder (a folder with exactly two readout files), first on one thread, then on all
/// cores through <see cref="ReadoutBatch"/>, against a compiled-regex tokenization of the same texts, and prints words
/// per second, pairs per second, allocation, peak memory and a time per pipeline stage. The last line is
/// <c>throughput: analysis N words/s, Rx tokenize baseline, compare P pairs/s, M MB peak</c>.
/// </summary>
/// <remarks>
/// Every measurement first runs its pass untimed for at least <see cref="WarmUpSeconds"/> (so that tiered compilation has
/// promoted the hot code), then repeats it until it has run for at least <see cref="MinSeconds"/> and
/// <see cref="MinPasses"/> times, and reports the median time of one pass (robust to other processes' bursts) and the
/// mean allocation per pass. "Words" are matches of <see cref="Baselines.Word"/>. R is the one-thread analysis time over the tokenization
/// time of the same texts: how many times the baseline's cost analysis takes. P is pairs per second on one thread.
/// </remarks>
public static class CorpusMode
{
    /// <summary>The least time one measurement runs, repeating its pass.</summary>
    public const double MinSeconds = 2.0;

    /// <summary>The least number of timed passes of one measurement.</summary>
    public const int MinPasses = 3;

    /// <summary>The least time each measurement first runs its pass untimed.</summary>
    public const double WarmUpSeconds = 1.0;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the mode; returns the exit code (2 for a missing folder or one without readouts).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var groups = args.Contains("--groups");
        args = [.. args.Where(a => a != "--groups")];
        if (args.Count != 1 || args[0].StartsWith('-'))
        {
            error.WriteLine("usage: Statements.Benchmarks corpus DIR [--groups]  (--groups: the earlier aligner's links, GroupLinker, for comparison)");
            return 2;
        }

        var dir = args[0];
        if (!Directory.Exists(dir))
        {
            error.WriteLine($"corpus: folder not found: {dir}");
            return 2;
        }

        try
        {
            return Measure(Path.GetFullPath(dir), groups ? ReadoutComparer.CreateBuilder().WithThreshold(0.3).Build() : ReadoutComparer.Default, output, error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"corpus: {e.Message}");
            return 2;
        }
    }

    /// <summary>Whether a file is a readout file: <c>*.txt</c> but not a README, gold or article file.</summary>
    public static bool IsReadoutFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith("readme", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith("gold", StringComparison.OrdinalIgnoreCase)
            && !name.StartsWith("article", StringComparison.OrdinalIgnoreCase);
    }

    private static int Measure(string dir, ReadoutComparer comparer, TextWriter output, TextWriter error)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        var files = Directory.EnumerateFiles(dir, "*.txt", options).Where(IsReadoutFile).Order(StringComparer.Ordinal).ToList();

        var loaded = new List<(string File, Readout Readout)>();
        var unreadable = new List<string>();
        foreach (var file in files)
        {
            try
            {
                loaded.Add((file, Readout.Load(file)));
            }
            catch (ReadoutFormatException e)
            {
                unreadable.Add(e.Message);
            }
        }

        if (loaded.Count == 0)
        {
            error.WriteLine($"corpus: no readout files (*.txt other than README, gold and article files) under {dir}");
            return 2;
        }

        var readouts = loaded.Select(l => l.Readout).ToList();
        var pairs = FindPairs(loaded);
        var words = readouts.Sum(r => (long)Baselines.CountWords(r.Text));
        var chars = readouts.Sum(r => (long)r.Text.Length);
        var bytes = readouts.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));
        var cores = Environment.ProcessorCount;
        output.WriteLine($"corpus {dir}: {readouts.Count} readouts ({chars} chars, {bytes} bytes UTF-8, {words} words), {pairs.Count} pair folders, {unreadable.Count} unreadable files skipped");
        output.WriteLine($"machine: {cores} cores, {Environment.Version} runtime, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC{LoadAverage()}");
        foreach (var message in unreadable.Take(5))
        {
            output.WriteLine($"  skipped: {message}");
        }

        WarmUp(comparer, readouts, pairs);

        // Baseline: the same texts, tokenized by the compiled regex on this thread.
        var tokenize = Repeat(() =>
        {
            foreach (var r in readouts)
            {
                Baselines.CountWords(r.Text);
            }
        });
        output.WriteLine($"tokenize baseline, 1 thread: {words} words in {Ms(tokenize.Seconds)} per pass (median of {tokenize.Passes} passes) = {Rate(words, tokenize.Seconds)} words/s");

        // Analysis on this thread, with its allocations.
        var failures = new List<string>();
        var analyse = Repeat(() =>
        {
            foreach (var r in readouts)
            {
                try
                {
                    comparer.Analyze(r, "L");
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    failures.Add($"{r.Name}: {e.GetType().Name}: {e.Message}");
                }
            }
        });
        var failedReadouts = failures.Distinct(StringComparer.Ordinal).ToList();
        var ratio = analyse.Seconds / tokenize.Seconds;
        output.WriteLine($"analysis, 1 thread: {words} words in {Ms(analyse.Seconds)} per pass (median of {analyse.Passes} passes) = {Rate(words, analyse.Seconds)} words/s, {ratio.ToString("F1", Inv)}x the tokenize baseline's time; {failedReadouts.Count} readouts failed");
        foreach (var failure in failedReadouts.Take(5))
        {
            output.WriteLine($"  failed: {failure}");
        }

        // Under Server GC's dynamic heap count (DATAS) the process total can go backwards when a heap is retired
        // (dotnet/runtime pull request 131069); the thread's own count is exact.
        var inProcess = analyse.ProcessBytes >= 0
            ? $"{(analyse.ProcessBytes / (double)bytes).ToString("F1", Inv)} in the process (GC.GetTotalAllocatedBytes)"
            : "in the process not measurable (GC.GetTotalAllocatedBytes went backwards, as the server GC's changing heap count can make it)";
        output.WriteLine($"allocated: {(analyse.ThreadBytes / (double)bytes).ToString("F1", Inv)} bytes per input byte on the analysing thread (GC.GetAllocatedBytesForCurrentThread), {inProcess}; {(analyse.ThreadBytes / 1048576.0).ToString("F1", Inv)} MB per pass");

        // Analysis on all cores through the batch API.
        var batchFailures = 0;
        var parallel = Repeat(() =>
        {
            var results = ReadoutBatch.AnalyzeAllAsync(readouts, comparer).GetAwaiter().GetResult();
            batchFailures = results.Count(r => !r.Succeeded);
        });
        output.WriteLine($"analysis, all cores ({cores} threads, ReadoutBatch): {Rate(words, parallel.Seconds)} words/s, {(analyse.Seconds / parallel.Seconds).ToString("F2", Inv)}x one thread; {batchFailures} failed");

        // Comparisons.
        double pairRate = 0;
        if (pairs.Count > 0)
        {
            var compareFailures = 0;
            var compare = Repeat(() =>
            {
                compareFailures = 0;
                foreach (var (_, left, right) in pairs)
                {
                    try
                    {
                        comparer.Compare(left, right);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        compareFailures++;
                    }
                }
            });
            pairRate = pairs.Count / compare.Seconds;
            output.WriteLine($"compare, 1 thread: {pairs.Count} pairs in {Ms(compare.Seconds)} per pass (median of {compare.Passes} passes) = {pairRate.ToString("F1", Inv)} pairs/s; {compareFailures} failed");

            // The same pairs' comparison once both are analysed, and a DiffPlex word diff of the same two texts.
            var analysed = pairs.Select(p => (L: comparer.Analyze(p.Left, "L"), R: comparer.Analyze(p.Right, "R"))).ToList();
            var compareAnalysed = Repeat(() =>
            {
                foreach (var (l, r) in analysed)
                {
                    comparer.Compare(l, r);
                }
            });
            var diff = Repeat(() =>
            {
                foreach (var (_, left, right) in pairs)
                {
                    Baselines.WordDiff(left.Text, right.Text);
                }
            });
            output.WriteLine($"compare vs DiffPlex word diff of the same two texts, 1 thread: diff {Ms(diff.Seconds)} per pass; compare {(compare.Seconds / diff.Seconds).ToString("F1", Inv)}x the diff (analysing both readouts included), {(compareAnalysed.Seconds / diff.Seconds).ToString("F1", Inv)}x (readouts already analysed: {Ms(compareAnalysed.Seconds)})");
            var batchPairs = pairs.Select(p => (p.Left, p.Right)).ToList();
            var compareParallel = Repeat(() => ReadoutBatch.CompareAllAsync(batchPairs, comparer).GetAwaiter().GetResult());
            output.WriteLine($"compare, all cores ({cores} threads, ReadoutBatch): {(pairs.Count / compareParallel.Seconds).ToString("F1", Inv)} pairs/s, {(compare.Seconds / compareParallel.Seconds).ToString("F2", Inv)}x one thread");
        }
        else
        {
            output.WriteLine("compare: no pair folders (a folder with exactly two readout files) under this folder");
        }

        ReportStages(comparer, readouts, pairs, tokenize.Seconds, output);

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakMb = process.PeakWorkingSet64 / 1048576.0;
        output.WriteLine($"peak memory: {peakMb.ToString("F0", Inv)} MB (Process.PeakWorkingSet64) over the corpus passes");
        ReportLinearCost(comparer, readouts, output);
        ReportAlignmentCost(comparer, readouts, output);
        process.Refresh();
        output.WriteLine($"peak memory with the series: {(process.PeakWorkingSet64 / 1048576.0).ToString("F0", Inv)} MB");
        output.WriteLine($"throughput: analysis {Rate(words, analyse.Seconds)} words/s, {ratio.ToString("F1", Inv)}x tokenize baseline, compare {pairRate.ToString("F1", Inv)} pairs/s, {peakMb.ToString("F0", Inv)} MB peak");
        return 0;
    }

    /// <summary>Folders holding exactly two readout files; the counterpart left and <c>us.txt</c> right where there is one.</summary>
    private static List<(string Folder, Readout Left, Readout Right)> FindPairs(List<(string File, Readout Readout)> loaded)
    {
        var pairs = new List<(string, Readout, Readout)>();
        foreach (var group in loaded.GroupBy(l => Path.GetDirectoryName(l.File) ?? "", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var two = group.ToList();
            if (two.Count != 2)
            {
                continue;
            }

            if (Path.GetFileName(two[0].File).Equals("us.txt", StringComparison.OrdinalIgnoreCase))
            {
                two.Reverse();
            }

            pairs.Add((group.Key, two[0].Readout, two[1].Readout));
        }

        return pairs;
    }

    private static void WarmUp(ReadoutComparer comparer, List<Readout> readouts, List<(string Folder, Readout Left, Readout Right)> pairs)
    {
        var step = Math.Max(1, readouts.Count / 100);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < readouts.Count; i += step)
            {
                Baselines.CountWords(readouts[i].Text);
                TryRun(() => comparer.Analyze(readouts[i], "L"));
            }

            foreach (var (_, left, right) in pairs.Take(20))
            {
                TryRun(() => comparer.Compare(left, right));
            }
        }
    }

    /// <summary>One-thread time of each stage, by calling the comparer's stages one by one as the analyzer does.</summary>
    private static void ReportStages(ReadoutComparer comparer, List<Readout> readouts, List<(string Folder, Readout Left, Readout Right)> pairs, double tokenizeSeconds, TextWriter output)
    {
        var analyzer = comparer.Analyzer;
        var names = new[] { "normalise" }.Concat(StageClock.Names).ToArray();
        var clock = new StageClock();
        double full = 0, normalise = 0;
        long normaliseBytes = 0;
        var passes = 0;
        var watch = Stopwatch.StartNew();
        do
        {
            foreach (var r in readouts)
            {
                var t = Stopwatch.GetTimestamp();
                try
                {
                    analyzer.Analyze(r, "L");
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    continue;
                }

                full += Lap(ref t);
                var before = GC.GetAllocatedBytesForCurrentThread();
                var normalized = analyzer.Normalizer.Normalize(r.Text);
                normaliseBytes += GC.GetAllocatedBytesForCurrentThread() - before;
                normalise += Lap(ref t);
                clock.Restart();
                analyzer.Assemble(r, "L", r.Text, normalized, clock, default);
            }

            passes++;
        }
        while (watch.Elapsed.TotalSeconds < MinSeconds);

        var stage = new double[names.Length];
        var allocated = new double[names.Length];
        stage[0] = normalise;
        allocated[0] = normaliseBytes;
        for (var i = 1; i < names.Length; i++)
        {
            stage[i] = clock[i - 1];
            allocated[i] = clock.AllocatedBytes(i - 1);
        }

        var inputBytes = readouts.Sum(r => (double)Encoding.UTF8.GetByteCount(r.Text)) * passes;
        output.WriteLine($"analysis stages, 1 thread ({passes} passes, timed inside the analyzer; ms per pass, share of Analyze, multiple of the tokenize baseline, bytes allocated per input byte):");
        for (var i = 0; i < names.Length; i++)
        {
            output.WriteLine($"  {names[i],-44} {Ms(stage[i] / passes),12} {(stage[i] / full).ToString("P1", Inv),7} {(stage[i] / passes / tokenizeSeconds).ToString("F1", Inv),8}x {(allocated[i] / inputBytes).ToString("F1", Inv),8} B/B");
        }

        output.WriteLine($"  {"Analyze (whole, called separately)",-44} {Ms(full / passes),12} {1.0.ToString("P1", Inv),7} {(full / passes / tokenizeSeconds).ToString("F1", Inv),8}x");
        if (pairs.Count == 0)
        {
            return;
        }

        var pairNames = new[] { "analyse both readouts", "links (features, model, relation, evidence)", "rows (groups, word diff)", "rest: tone, facts, findings", "render JSON", "render text", "render Markdown" };
        var pairStage = new double[pairNames.Length];
        double compareAnalysed = 0;
        passes = 0;
        watch.Restart();
        do
        {
            foreach (var (_, left, right) in pairs)
            {
                try
                {
                    var t = Stopwatch.GetTimestamp();
                    var l = comparer.Analyze(left, "L");
                    var r = comparer.Analyze(right, "R");
                    pairStage[0] += Lap(ref t);
                    var comparison = comparer.Compare(l, r);
                    compareAnalysed += Lap(ref t);

                    // Fresh analyses, so that nothing cached against the claims above is reused.
                    var l2 = comparer.Analyze(left, "L");
                    var r2 = comparer.Analyze(right, "R");
                    t = Stopwatch.GetTimestamp();
                    var links = comparer.Linker.Link(l2, r2);
                    pairStage[1] += Lap(ref t);
                    Statements.Alignment.LinkRows.Build(l2, r2, links);
                    pairStage[2] += Lap(ref t);
                    ComparisonJson.Serialize(comparison);
                    pairStage[4] += Lap(ref t);
                    TextRenderer.Render(comparison);
                    pairStage[5] += Lap(ref t);
                    MarkdownRenderer.Render(comparison);
                    pairStage[6] += Lap(ref t);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Counted in the compare line above.
                }
            }

            passes++;
        }
        while (watch.Elapsed.TotalSeconds < MinSeconds);

        pairStage[3] = Math.Max(0, compareAnalysed - pairStage[1] - pairStage[2]);
        var whole = pairStage[0] + compareAnalysed;
        output.WriteLine($"compare stages, 1 thread ({pairs.Count} pairs, {passes} passes; ms per pass, share of Compare):");
        for (var i = 0; i < pairNames.Length; i++)
        {
            output.WriteLine($"  {pairNames[i],-44} {Ms(pairStage[i] / passes),12} {(pairStage[i] / whole).ToString("P1", Inv),7}");
        }

        output.WriteLine($"  {"Compare (analyse both + compare analysed)",-44} {Ms(whole / passes),12} {1.0.ToString("P1", Inv),7}");
    }

    /// <summary>Analysis time of about 10 KB, 100 KB and 1 MB of real readout text (readouts joined end to end), and the ratios.</summary>
    private static void ReportLinearCost(ReadoutComparer comparer, List<Readout> readouts, TextWriter output)
    {
        var sizes = new[] { 10_000, 100_000, 1_000_000 };
        var all = new StringBuilder();
        for (var i = 0; all.Length < sizes[^1]; i++)
        {
            all.Append(readouts[i % readouts.Count].Text).Append("\n\n");
        }

        var times = new List<double>();
        output.WriteLine("linear cost, 1 thread: analysis of real readouts joined end to end (cut at a space)");
        foreach (var size in sizes)
        {
            var cut = size;
            while (cut > 0 && !char.IsWhiteSpace(all[cut - 1]))
            {
                cut--;
            }

            var readout = new Readout(all.ToString(0, cut), "United States");
            try
            {
                var claims = comparer.Analyze(readout, "L").Claims.Length;
                var measured = Repeat(() => comparer.Analyze(readout, "L"));
                times.Add(measured.Seconds);
                output.WriteLine($"  {cut,9} chars: {Ms(measured.Seconds),12} per analysis ({claims} claims, {(measured.ThreadBytes / Encoding.UTF8.GetByteCount(readout.Text)).ToString("F1", Inv)} bytes allocated per input byte)");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                output.WriteLine($"  {cut,9} chars: failed: {e.GetType().Name}: {e.Message}");
                return;
            }
        }

        output.WriteLine($"  ratios: 100 KB / 10 KB = {(times[1] / times[0]).ToString("F1", Inv)}x, 1 MB / 100 KB = {(times[2] / times[1]).ToString("F1", Inv)}x (10x each is linear)");
    }

    /// <summary>
    /// Comparison of two analysed readouts of n claims each (n = 50, 100, 200, 500), made of real claim sentences from
    /// the corpus: about half of the right readout's sentences also stand, in another order, in the left one.
    /// </summary>
    private static void ReportAlignmentCost(ReadoutComparer comparer, List<Readout> readouts, TextWriter output)
    {
        // Sentences that hold exactly one claim, each standing as a paragraph of its own.
        var pool = new List<string>();
        foreach (var readout in readouts)
        {
            ReadoutAnalysis analysis;
            try
            {
                analysis = comparer.Analyze(readout, "L");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                continue;
            }

            foreach (var sentence in analysis.Sentences)
            {
                if (sentence.Kind == SentenceKind.Claim && sentence.ClaimIds.Length == 1 && sentence.Text.Length is > 60 and < 400 && !sentence.Text.Contains('\n', StringComparison.Ordinal))
                {
                    pool.Add(sentence.Text);
                }
            }

            if (pool.Count >= 3000)
            {
                break;
            }
        }

        var random = new Random(20240402);
        var shuffled = pool.Distinct(StringComparer.Ordinal).OrderBy(_ => random.Next()).ToList();
        output.WriteLine($"alignment cost, 1 thread: two readouts of n claims each from {shuffled.Count} real claim sentences (half shared, in another order); Compare of the analysed pair");
        double? previous = null;
        var previousN = 0;
        foreach (var n in new[] { 50, 100, 200, 500 })
        {
            if (shuffled.Count < 2 * n)
            {
                output.WriteLine($"  n = {n}: not enough claim sentences");
                break;
            }

            var leftSentences = shuffled.Take(n).ToList();
            var rightSentences = shuffled.Take(n / 2).Concat(shuffled.Skip(n).Take(n - n / 2)).OrderBy(_ => random.Next()).ToList();
            var left = comparer.Analyze(new Readout(string.Join("\n\n", leftSentences), "China"), "L");
            var right = comparer.Analyze(new Readout(string.Join("\n\n", rightSentences), "United States"), "R");
            try
            {
                comparer.Compare(left, right);
                var start = Stopwatch.GetTimestamp();
                var comparison = comparer.Compare(left, right);
                var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                var growth = previous is { } p ? $", {(seconds / p).ToString("F1", Inv)}x the time of n = {previousN} (exponent {(Math.Log(seconds / p) / Math.Log(n / (double)previousN)).ToString("F1", Inv)})" : "";
                output.WriteLine($"  n = {n,3} ({left.Claims.Length} x {right.Claims.Length} claims): {Ms(seconds),10}, {comparison.Rows.Length} rows{growth}");
                previous = seconds;
                previousN = n;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                output.WriteLine($"  n = {n}: failed: {e.GetType().Name}: {e.Message}");
                break;
            }
        }
    }

    private static double Lap(ref long timestamp)
    {
        var now = Stopwatch.GetTimestamp();
        var seconds = Stopwatch.GetElapsedTime(timestamp, now).TotalSeconds;
        timestamp = now;
        return seconds;
    }

    private static void TryRun(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Failures are counted in the measured passes.
        }
    }

    /// <summary>Runs <paramref name="pass"/> until <see cref="MinSeconds"/> have passed; median time and mean allocation per pass.</summary>
    private static Measurement Repeat(Action pass)
    {
        // Warm-up: tiered compilation promotes hot methods only after some calls and a delay, so the first passes run
        // slower code; run the pass untimed until WarmUpSeconds have passed (at least once).
        var warm = Stopwatch.StartNew();
        do
        {
            pass();
        }
        while (warm.Elapsed.TotalSeconds < WarmUpSeconds);

        var times = new List<double>();
        var thread = GC.GetAllocatedBytesForCurrentThread();
        var process = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        do
        {
            var start = Stopwatch.GetTimestamp();
            pass();
            times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        while (watch.Elapsed.TotalSeconds < MinSeconds || times.Count < MinPasses);

        thread = GC.GetAllocatedBytesForCurrentThread() - thread;
        process = GC.GetTotalAllocatedBytes(true) - process;
        times.Sort();
        return new Measurement(times.Count, times[times.Count / 2], thread / (double)times.Count, process / (double)times.Count);
    }

    /// <summary>", load average 1/5/15 min: a b c" where /proc/loadavg exists (other processes skew every number).</summary>
    private static string LoadAverage()
    {
        try
        {
            var fields = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ') : [];
            return fields.Length >= 3 ? $", load average {fields[0]} {fields[1]} {fields[2]} at start (other processes skew every number)" : "";
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static string Ms(double seconds) => (seconds * 1000).ToString("F1", Inv) + " ms";

    private static string Rate(long count, double seconds) => (count / seconds).ToString("F0", Inv);

    private readonly record struct Measurement(int Passes, double Seconds, double ThreadBytes, double ProcessBytes);
}
