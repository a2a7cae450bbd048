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
internal sealed record PairOutcome(string Name, string? LeftFile, string? RightFile, Comparison? Comparison, string? Report, string? Error)
{
    /// <summary>Whether the pair produced its report.</summary>
    public bool Succeeded => Error is null;
}

/// <summary>
/// <c>batch DIR --out OUT</c>: finds the pair folders under DIR (see <see cref="PairFolders"/>), loads them, compares
/// them in parallel with <see cref="ReadoutBatch.CompareAllAsync"/>, writes one report per pair to OUT/NAME.EXT and an
/// index (see <see cref="BatchIndex"/>). A pair that fails (a bad file, a failed comparison, a report that cannot be
/// written) is reported in the output and the index and the others go on. Exit code 0 when every pair succeeded, 2
/// when any failed or DIR or OUT cannot be used.
/// </summary>
internal sealed class BatchRunner(string directory, string outDirectory, ReportFormat format, int width, ReadoutComparer comparer)
{
    /// <summary>Runs the batch, writing progress and one line per pair to <paramref name="console"/>.</summary>
    public int Run(IAnsiConsole console, TextWriter error, bool interactive)
    {
        if (File.Exists(directory))
        {
            error.WriteLine($"error: {directory}: is a file, not a folder of pairs");
            return Cli.BadInput;
        }

        if (!Directory.Exists(directory))
        {
            error.WriteLine($"error: {directory}: folder not found");
            return Cli.BadInput;
        }

        var (pairs, skipped) = PairFolders.Find(directory);
        foreach (var skip in skipped)
        {
            console.MarkupLine($"[dim]skip  {Markup.Escape(skip.Name)}: {Markup.Escape(skip.Reason)}[/]");
        }

        if (pairs.Count == 0)
        {
            error.WriteLine($"error: {directory}: no pair folders in it (a pair folder holds exactly two .txt readout files)");
            return Cli.BadInput;
        }

        try
        {
            if (File.Exists(outDirectory))
            {
                error.WriteLine($"error: {outDirectory}: is a file; --out for batch is a folder");
                return Cli.BadInput;
            }

            Directory.CreateDirectory(outDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {outDirectory}: cannot be created ({ReadoutLoader.OneLine(e.Message)})");
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
                ? $"[green]ok[/]    {Markup.Escape(outcome.Name)}: {Markup.Escape(ComparisonText.RowCounts(outcome.Comparison!))} -> {Markup.Escape(Path.Combine(outDirectory, outcome.Report!))}"
                : $"[red]FAIL[/]  {Markup.Escape(outcome.Name)}: {Markup.Escape(outcome.Error!)}");
        }

        string indexPath;
        try
        {
            indexPath = BatchIndex.Write(outcomes, outDirectory, format);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {outDirectory}: the index cannot be written ({ReadoutLoader.OneLine(e.Message)})");
            return Cli.BadInput;
        }

        var failed = outcomes.Count(o => !o.Succeeded);
        console.MarkupLine($"{outcomes.Count - failed} of {outcomes.Count} pairs compared, {failed} failed; index: {Markup.Escape(indexPath)}");
        return failed == 0 ? Cli.Ok : Cli.BadInput;
    }

    private List<PairOutcome> Compare(IReadOnlyList<PairFolder> pairs, IProgress<BatchProgress>? progress)
    {
        var outcomes = new PairOutcome?[pairs.Count];
        var loaded = new List<(int Index, Readout Left, Readout Right)>();
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var first = ReadoutLoader.TryLoad(pair.First, out var firstError);
            var second = first is null ? null : ReadoutLoader.TryLoad(pair.Second, out firstError);
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
            outcomes[index] = result.Succeeded ? Write(name, result.Value!) : new PairOutcome(name, left.Name, right.Name, null, null, ReadoutLoader.OneLine(result.Error!.Message));
        }

        return outcomes.Select(o => o!).ToList();
    }

    private PairOutcome Write(string name, Comparison comparison)
    {
        var (leftFile, rightFile) = (comparison.Left.Readout.Name, comparison.Right.Readout.Name);
        var file = name + "." + ReportFormats.Extension(format);
        try
        {
            File.WriteAllText(Path.Combine(outDirectory, file), ReportFormats.Render(comparison, format, width));
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
