using Spectre.Console;
using Statements.Batch;
using Statements.Rendering;

namespace Statements.ConsoleApp;

/// <summary>The outcome of one pair of a batch run: its comparison and report, or the error that stopped it.</summary>
/// <param name="Name">The pair folder's name.</param>
/// <param name="LeftFile">The left readout's file name, where the pair got that far.</param>
/// <param name="RightFile">The right readout's file name, where the pair got that far.</param>
/// <param name="Comparison">The comparison, or null when the pair failed.</param>
/// <param name="Report">The report's file name inside the output folder, or null when the pair failed.</param>
/// <param name="Error">What went wrong, in one line, or null.</param>
/// <param name="Skipped">Why the folder is not a pair (e.g. "1 readout file, not 2"), or null for a pair.</param>
internal sealed record PairOutcome(string Name, string? LeftFile, string? RightFile, Comparison? Comparison, string? Report, string? Error, string? Skipped = null)
{
    /// <summary>Whether the pair produced its report.</summary>
    public bool Succeeded => Error is null && Skipped is null;

    /// <summary>Whether the pair was compared and failed (a skipped folder has not failed).</summary>
    public bool Failed => Error is not null;

    /// <summary>Whether the folder was not a pair and was skipped.</summary>
    public bool IsSkipped => Skipped is not null && Error is null;
}

/// <summary>
/// <c>batch DIR --out OUT</c>: finds the pair folders under DIR (see <see cref="PairFolders"/>), loads them, compares
/// them in parallel with <see cref="ReadoutBatch.CompareAllAsync"/>, writes one report per pair to OUT/NAME.EXT and an
/// index (see <see cref="BatchIndex"/>). A pair that fails (a bad file, a failed comparison, a report that cannot be
/// written, a folder that cannot be listed) is reported in the output and the index and the others go on; skipped
/// folders are listed in the index too. Readout files are read through the guarded reader (no pipe or device is
/// opened) and, unless <c>followLinks</c>, a symbolic link that leads outside DIR is refused. Report names never
/// collide with the index or with each other (a folder named "index" gets "index-2"), and every file is written to a
/// temporary file and renamed into place (<see cref="AtomicFile"/>). Exit code 0 when every pair succeeded, 2 when
/// any failed or DIR or OUT cannot be used.
/// </summary>
internal sealed class BatchRunner(string directory, string outDirectory, ReportFormat format, int width, ReadoutComparer comparer, bool followLinks = false)
{
    /// <summary>The index's file name without extension; no report takes it.</summary>
    public const string IndexName = "index";

    /// <summary>Runs the batch, writing progress and one line per pair to <paramref name="console"/>.</summary>
    public int Run(IAnsiConsole console, TextWriter error, bool interactive)
    {
        if (File.Exists(directory))
        {
            error.WriteLine(TerminalText.Visible($"error: {directory}: is a file, not a folder of pairs"));
            return Cli.BadInput;
        }

        if (!Directory.Exists(directory))
        {
            error.WriteLine(TerminalText.Visible($"error: {directory}: folder not found"));
            return Cli.BadInput;
        }

        IReadOnlyList<PairFolder> pairs;
        IReadOnlyList<SkippedFolder> skipped;
        try
        {
            (pairs, skipped) = PairFolders.Find(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(TerminalText.Visible($"error: {ReadoutLoader.FullPath(directory)}: cannot be read ({ReadoutLoader.OneLine(e.Message)})"));
            return Cli.BadInput;
        }

        foreach (var skip in skipped)
        {
            console.MarkupLine(skip.Failed
                ? $"[red]FAIL[/]  {TerminalText.Markup(skip.Name)}: {TerminalText.Markup(skip.Reason)}"
                : $"[dim]skip  {TerminalText.Markup(skip.Name)}: {TerminalText.Markup(skip.Reason)}[/]");
        }

        if (pairs.Count == 0 && !skipped.Any(s => s.Failed))
        {
            error.WriteLine(TerminalText.Visible($"error: {directory}: no pair folders in it (a pair folder holds exactly two .txt readout files)"));
            return Cli.BadInput;
        }

        try
        {
            if (File.Exists(outDirectory))
            {
                error.WriteLine(TerminalText.Visible($"error: {outDirectory}: is a file; --out for batch is a folder"));
                return Cli.BadInput;
            }

            Directory.CreateDirectory(outDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(TerminalText.Visible($"error: {outDirectory}: cannot be created ({ReadoutLoader.OneLine(e.Message)})"));
            return Cli.BadInput;
        }

        var outcomes = interactive
            ? console.Progress().AutoClear(true).Start(ctx =>
            {
                var task = ctx.AddTask($"comparing {pairs.Count} pairs", maxValue: pairs.Count);
                return Compare(pairs, new MaxProgress(done => task.Value = done));
            })
            : Compare(pairs, progress: null);

        foreach (var outcome in outcomes)
        {
            console.MarkupLine(outcome.Succeeded
                ? $"[green]ok[/]    {TerminalText.Markup(outcome.Name)}: {TerminalText.Markup(ComparisonText.RowCounts(outcome.Comparison!))} -> {TerminalText.Markup(Path.Combine(outDirectory, outcome.Report!))}"
                : $"[red]FAIL[/]  {TerminalText.Markup(outcome.Name)}: {TerminalText.Markup(outcome.Error!)}");
        }

        // Every folder found is in the index: pairs with their outcome, other folders as skipped or failed.
        var all = outcomes
            .Concat(skipped.Select(f => f.Failed ? new PairOutcome(f.Name, null, null, null, null, f.Reason) : new PairOutcome(f.Name, null, null, null, null, null, f.Reason)))
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
        string indexPath;
        try
        {
            indexPath = BatchIndex.Write(all, outDirectory, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(TerminalText.Visible($"error: {outDirectory}: the index cannot be written ({ReadoutLoader.OneLine(e.Message)})"));
            return Cli.BadInput;
        }

        console.MarkupLine($"{TerminalText.Markup(BatchIndex.Summary(all))}; index: {TerminalText.Markup(indexPath)}");
        return all.Any(o => o.Failed) ? Cli.BadInput : Cli.Ok;
    }

    private List<PairOutcome> Compare(IReadOnlyList<PairFolder> pairs, IProgress<BatchProgress>? progress)
    {
        var outcomes = new PairOutcome?[pairs.Count];
        var reports = ReportNames(pairs.Select(p => p.Name).ToList());
        var loaded = new List<(int Index, Readout Left, Readout Right)>();
        var within = followLinks ? null : directory;
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var first = ReadoutLoader.TryLoad(pair.First, out var firstError, within);
            var second = first is null ? null : ReadoutLoader.TryLoad(pair.Second, out firstError, within);
            if (first is null || second is null)
            {
                outcomes[i] = new PairOutcome(pair.Name, Path.GetFileName(pair.First), Path.GetFileName(pair.Second), null, null, StripPrefix(firstError!));
                continue;
            }

            var (left, right) = PairFolders.Order(first, second);
            loaded.Add((i, left, right));
        }

        // Pairs that failed to load count as done for the progress bar straight away.
        var offset = pairs.Count - loaded.Count;
        progress?.Report(new BatchProgress(offset, pairs.Count));
        var shifted = progress is null ? null : new MaxProgress(done => progress.Report(new BatchProgress(offset + done, pairs.Count)));
        var results = ReadoutBatch.CompareAllAsync(loaded.Select(p => (p.Left, p.Right)).ToList(), comparer, progress: shifted).GetAwaiter().GetResult();
        foreach (var result in results)
        {
            var (index, left, right) = loaded[result.Index];
            var name = pairs[index].Name;
            outcomes[index] = result.Succeeded ? Write(name, reports[index], result.Value!) : new PairOutcome(name, left.Name, right.Name, null, null, ReadoutLoader.OneLine(result.Error!.Message));
        }

        return outcomes.Select(o => o!).ToList();
    }

    /// <summary>
    /// The report file names (without extension) of the pair folders, in order: the folder's name, unless the index
    /// or an earlier folder has it (compared ignoring case, for file systems that do); then NAME-2, NAME-3, ... the first
    /// that no folder and no other report has.
    /// </summary>
    internal static IReadOnlyList<string> ReportNames(IReadOnlyList<string> folders)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { IndexName };
        var names = new string?[folders.Count];
        for (var i = 0; i < folders.Count; i++)
        {
            if (taken.Add(folders[i]))
            {
                names[i] = folders[i];
            }
        }

        var folderNames = new HashSet<string>(folders, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < folders.Count; i++)
        {
            if (names[i] is not null)
            {
                continue;
            }

            var n = 2;
            string candidate;
            while (folderNames.Contains(candidate = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{folders[i]}-{n}")) || !taken.Add(candidate))
            {
                n++;
            }

            names[i] = candidate;
        }

        return names!;
    }

    private PairOutcome Write(string name, string reportName, Comparison comparison)
    {
        var (leftFile, rightFile) = (comparison.Left.Readout.Name, comparison.Right.Readout.Name);
        var file = reportName + "." + ReportFormats.Extension(format);
        try
        {
            AtomicFile.WriteAllText(Path.Combine(outDirectory, file), ReportFormats.Render(comparison, format, width));
            return new PairOutcome(name, leftFile, rightFile, comparison, file, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PairOutcome(name, leftFile, rightFile, null, null, $"{file}: cannot be written ({ReadoutLoader.OneLine(e.Message)})");
        }
    }

    private static string StripPrefix(string message) => message.StartsWith("error: ", StringComparison.Ordinal) ? message["error: ".Length..] : message;

    /// <summary>Reports the highest completed count seen, however out of order the worker threads report.</summary>
    private sealed class MaxProgress(Action<int> onCompleted) : IProgress<BatchProgress>
    {
        private int max;

        public void Report(BatchProgress value)
        {
            int seen;
            while (value.Completed > (seen = Volatile.Read(ref max)))
            {
                if (Interlocked.CompareExchange(ref max, value.Completed, seen) == seen)
                {
                    onCompleted(value.Completed);
                    return;
                }
            }
        }
    }
}
