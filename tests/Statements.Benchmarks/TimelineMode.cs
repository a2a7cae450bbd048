using System.Diagnostics;
using System.Globalization;
using Statements.Serialization;
using Statements.Timeline;

namespace Statements.Benchmarks;

/// <summary>
/// <c>timeline DIR</c>: builds readout timelines for every counterpart from a quarter (every fourth file), a half (every
/// second file) and all of the readout files under DIR, and prints for each: the whole run on all cores (read, analyse,
/// build: <see cref="ReadoutTimeline.LoadFilesAsync"/>), the build alone from analyses already made
/// (<see cref="ReadoutTimeline.Build"/>), and JSON output, each the median of at least three passes after a warm-up, with
/// the time per readout and the growth over the quarter against the growth in readouts (1.0 is linear cost).
/// </summary>
public static class TimelineMode
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs the mode; returns the exit code (2 for a missing folder or one without readouts).</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count != 1 || !Directory.Exists(args[0]))
        {
            error.WriteLine("usage: Statements.Benchmarks timeline DIR  (DIR: a folder of readout files)");
            return 2;
        }

        var files = TimelineLoader.Files(args[0]).ToList();
        if (files.Count == 0)
        {
            error.WriteLine($"timeline: no readout files under {args[0]}");
            return 2;
        }

        output.WriteLine($"timeline mode: {files.Count:N0} readout files under {Path.GetFullPath(args[0])}; {Environment.ProcessorCount} cores; load average {LoadAverage()}");
        output.WriteLine();
        output.WriteLine("| share | readouts | counterparts | read+analyse+build (all cores) | per readout | build alone | JSON | growth of run / growth of readouts |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        double? quarterRun = null;
        int? quarterCount = null;
        foreach (var (label, stride) in new[] { ("1/4", 4), ("1/2", 2), ("all", 1) })
        {
            var subset = files.Where((_, i) => i % stride == 0).ToList();
            ReadoutTimeline? timeline = null;
            var run = Median(() => timeline = ReadoutTimeline.LoadFilesAsync(subset).GetAwaiter().GetResult());
            var analyses = timeline!.Readouts.Select(r => r.Analysis).ToList();
            var build = Median(() => ReadoutTimeline.Build(analyses));
            var json = Median(() => TimelineJson.Serialize(timeline));
            quarterRun ??= run;
            quarterCount ??= subset.Count;
            var growth = (run / quarterRun.Value) / ((double)subset.Count / quarterCount.Value);
            output.WriteLine(string.Create(Inv, $"| {label} | {subset.Count:N0} | {timeline.Counterparts.Length} | {run * 1000:0} ms | {run * 1e6 / subset.Count:0} µs | {build * 1000:0} ms | {json * 1000:0} ms | {growth:0.00} |"));
        }

        return 0;
    }

    /// <summary>The median time in seconds of at least three passes (and at least two seconds of passes) after one untimed pass.</summary>
    private static double Median(Action pass)
    {
        pass();
        var times = new List<double>();
        var total = Stopwatch.StartNew();
        while (times.Count < 3 || total.Elapsed.TotalSeconds < 2)
        {
            var watch = Stopwatch.StartNew();
            pass();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
