using System.Collections.Concurrent;

namespace Statements.Timeline;

/// <summary>
/// Reads and analyses the readout files of a timeline in parallel. A file that cannot be read (missing, not a regular
/// file, binary, not UTF-8, too large) or analysed becomes a <see cref="TimelineProblem"/> with its full path and the
/// reason; the others go on. Stateless.
/// </summary>
internal static class TimelineLoader
{
    /// <summary>The readout files under a folder: <c>*.txt</c> at any depth, README files left out, in ordinal order.</summary>
    public static IEnumerable<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Folder not found: {Path.GetFullPath(folder)}");
        }

        return Directory.EnumerateFiles(folder, "*.txt", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive })
            .Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static ReadoutTimeline Load(IReadOnlyList<string> paths, ReadoutComparer comparer, TimelineOptions options, CancellationToken cancellationToken)
    {
        var analyses = new ReadoutAnalysis?[paths.Count];
        var problems = new ConcurrentBag<(int Index, TimelineProblem Problem)>();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        // Longest file first, one at a time, so no core idles at the end on one long readout.
        var order = Enumerable.Range(0, paths.Count).OrderByDescending(i => Length(paths[i])).ToArray();
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), parallel, i =>
        {
            var path = paths[i];
            try
            {
                if (path is null)
                {
                    problems.Add((i, new TimelineProblem("(null)", "no path given")));
                    return;
                }

                analyses[i] = comparer.Analyze(Readout.Load(path), "L", cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ReadoutFormatException or ArgumentException or NotSupportedException)
            {
                problems.Add((i, new TimelineProblem(Full(path), OneLine(e))));
            }
        });

        var read = analyses.Where(a => a is not null).Select(a => a!).ToList();
        var listed = problems.OrderBy(p => p.Index).Select(p => p.Problem).ToList();
        return TimelineBuilder.Build(read, listed, comparer.Language, options, cancellationToken);
    }

    private static long Length(string? path)
    {
        try
        {
            return path is null ? 0 : new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    private static string Full(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static string OneLine(Exception e)
    {
        var message = e is FileNotFoundException ? "file not found" : e.Message;
        return string.Join(' ', message.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }
}
