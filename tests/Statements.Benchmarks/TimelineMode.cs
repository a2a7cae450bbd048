using System.Diagnostics;
using System.Globalization;
using Statements.Serialization;
using Statements.Timeline;

namespace Statements.Benchmarks;

/// <summary>
/// <c>timeline DIR</c>: builds readout timelines for every counterpart from a quarter (every fourth file), a half (every
/// second file) and all of the readout files under DIR, and prints for each: the whole run on all cores (read, analyse,
/// build: <see cref="ReadoutTimeline.LoadFilesAsync"/>), the build alone from analyses already made
/// (<see cref="ReadoutTimeline.Build"/>), and JSON output, each the median wall and CPU time of at least three passes after
/// a warm-up, with the CPU time per readout and the growth of CPU time over the quarter against the growth in readouts
/// (1.0 is linear cost; wall time on a shared machine follows the load).
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
        output.WriteLine("| share | readouts | counterparts | read+analyse+build (all cores), wall | CPU | per readout (CPU) | build alone, wall | CPU | JSON | growth of run CPU / growth of readouts |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        // One untimed run over everything first: the first share timed must not pay for compiling the code.
        _ = ReadoutTimeline.LoadFilesAsync(files).GetAwaiter().GetResult();
        double? quarterRun = null;
        int? quarterCount = null;
        foreach (var (label, stride) in new[] { ("1/4", 4), ("1/2", 2), ("all", 1) })
        {
            var subset = files.Where((_, i) => i % stride == 0).ToList();
            ReadoutTimeline? timeline = null;
            var (run, runCpu) = Median(() => timeline = ReadoutTimeline.LoadFilesAsync(subset).GetAwaiter().GetResult());
            var analyses = timeline!.Readouts.Select(r => r.Analysis).ToList();
            var (build, buildCpu) = Median(() => ReadoutTimeline.Build(analyses));
            var (json, _) = Median(() => TimelineJson.Serialize(timeline));
            quarterRun ??= runCpu;
            quarterCount ??= subset.Count;
            var growth = (runCpu / quarterRun.Value) / ((double)subset.Count / quarterCount.Value);
            output.WriteLine(string.Create(Inv, $"| {label} | {subset.Count:N0} | {timeline.Counterparts.Length} | {run * 1000:0} ms | {runCpu * 1000:0} ms | {runCpu * 1e6 / subset.Count:0} µs | {build * 1000:0} ms | {buildCpu * 1000:0} ms | {json * 1000:0} ms | {growth:0.00} |"));
        }

        return 0;
    }

    /// <summary>
    /// The median wall time and the median process CPU time (all threads), in seconds, of at least three passes (and at
    /// least two seconds of passes) after a second of untimed passes. CPU time is what the work costs whatever else the machine runs.
    /// </summary>
    private static (double Wall, double Cpu) Median(Action pass)
    {
        // Warm up for a second, so tiered compilation has promoted the hot code before anything is timed.
        var warm = Stopwatch.StartNew();
        do
        {
            pass();
        }
        while (warm.Elapsed.TotalSeconds < 1);

        var walls = new List<double>();
        var cpus = new List<double>();
        var total = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        while (walls.Count < 3 || total.Elapsed.TotalSeconds < 2)
        {
            GC.Collect();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            pass();
            walls.Add(watch.Elapsed.TotalSeconds);
            process.Refresh();
            cpus.Add((process.TotalProcessorTime - cpu).TotalSeconds);
        }

        walls.Sort();
        cpus.Sort();
        return (walls[walls.Count / 2], cpus[cpus.Count / 2]);
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
