using System.Collections.Concurrent;

namespace Statements.Batch;

/// <summary>
/// Analyses or compares many readouts at once, on several threads, with progress and cancellation. Results come back
/// in input order, one <see cref="BatchResult{T}"/> per item, and equal what the sequential
/// <see cref="ReadoutComparer.Analyze"/> and <see cref="ReadoutComparer.Compare(Readout, Readout, CancellationToken)"/>
/// calls give.
/// </summary>
/// <remarks>
/// <para>Errors: an item that throws (a null readout, a replaced stage that fails) does not stop the batch and does not
/// vanish: its <see cref="BatchResult{T}"/> holds the exception, and every other item is still processed.</para>
/// <para>Cancellation: cancelling the token stops the run as soon as the running items reach a stage boundary; the
/// returned task then ends in <see cref="OperationCanceledException"/> and no partial results are returned.</para>
/// <para>Progress: <see cref="BatchProgress"/> is reported once per finished item, from the worker threads (a
/// <see cref="Progress{T}"/> created on a UI thread posts to it). Reports from different threads may arrive out of
/// order; the report with <c>Completed == Total</c> is made exactly once, when every item has finished.</para>
/// <para>The work is CPU-bound and runs on the thread pool; <c>maxDegreeOfParallelism</c> -1 (the default) uses every core.
/// Items are started longest text first, one at a time, so a long readout does not run alone at the end of the batch
/// while the other cores wait; results still come back in input order.</para>
/// </remarks>
/// <example>
/// <code>
/// var readouts = Directory.GetFiles("readouts", "*.txt").Select(f => Readout.Load(f)).ToList();
/// var results = await ReadoutBatch.AnalyzeAllAsync(readouts, progress: new Progress&lt;BatchProgress&gt;(p => Console.Write($"\r{p.Completed}/{p.Total}")));
/// foreach (var r in results.Where(r => !r.Succeeded)) Console.Error.WriteLine($"{readouts[r.Index].Name}: {r.Error!.Message}");
/// </code>
/// </example>
public static class ReadoutBatch
{
    /// <summary>Analyses every readout, as <see cref="ReadoutComparer.Analyze"/> with the id "L" would one by one.</summary>
    /// <param name="readouts">The readouts; a null entry gives a failed result with an <see cref="ArgumentNullException"/>.</param>
    /// <param name="comparer">The comparer whose stages to use; <see cref="ReadoutComparer.Default"/> when null.</param>
    /// <param name="progress">Receives (completed, total) after each item.</param>
    /// <param name="maxDegreeOfParallelism">How many items run at once; -1 for every core, 1 for one thread.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One result per readout, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="readouts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (thrown by the returned task).</exception>
    public static Task<IReadOnlyList<BatchResult<ReadoutAnalysis>>> AnalyzeAllAsync(
        IReadOnlyList<Readout> readouts,
        ReadoutComparer? comparer = null,
        IProgress<BatchProgress>? progress = null,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readouts);
        CheckParallelism(maxDegreeOfParallelism);
        var c = comparer ?? ReadoutComparer.Default;
        return RunAsync(readouts, (readout, token) => c.Analyze(readout, "L", token), readout => readout?.Text.Length ?? 0, progress, maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>Compares every pair, as <see cref="ReadoutComparer.Compare(Readout, Readout, CancellationToken)"/> would one by one.</summary>
    /// <param name="pairs">The pairs (left gets id "L", right "R"); a null readout gives a failed result with an <see cref="ArgumentNullException"/>.</param>
    /// <param name="comparer">The comparer to use; <see cref="ReadoutComparer.Default"/> when null.</param>
    /// <param name="progress">Receives (completed, total) after each pair.</param>
    /// <param name="maxDegreeOfParallelism">How many pairs run at once; -1 for every core, 1 for one thread.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>One result per pair, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (thrown by the returned task).</exception>
    public static Task<IReadOnlyList<BatchResult<Comparison>>> CompareAllAsync(
        IReadOnlyList<(Readout Left, Readout Right)> pairs,
        ReadoutComparer? comparer = null,
        IProgress<BatchProgress>? progress = null,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        CheckParallelism(maxDegreeOfParallelism);
        var c = comparer ?? ReadoutComparer.Default;
        return RunAsync(pairs, (pair, token) => c.Compare(pair.Left, pair.Right, token), pair => (long)(pair.Left?.Text.Length ?? 0) + (pair.Right?.Text.Length ?? 0), progress, maxDegreeOfParallelism, cancellationToken);
    }

    private static void CheckParallelism(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 for every core or a positive number.");
        }
    }

    private static Task<IReadOnlyList<BatchResult<TResult>>> RunAsync<TItem, TResult>(
        IReadOnlyList<TItem> items,
        Func<TItem, CancellationToken, TResult> work,
        Func<TItem, long> size,
        IProgress<BatchProgress>? progress,
        int maxDegreeOfParallelism,
        CancellationToken cancellationToken)
        where TResult : class
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<BatchResult<TResult>>>(cancellationToken);
        }

        return Task.Run<IReadOnlyList<BatchResult<TResult>>>(() => Run(items, work, size, progress, maxDegreeOfParallelism, cancellationToken), cancellationToken);
    }

    private static BatchResult<TResult>[] Run<TItem, TResult>(
        IReadOnlyList<TItem> items,
        Func<TItem, CancellationToken, TResult> work,
        Func<TItem, long> size,
        IProgress<BatchProgress>? progress,
        int maxDegreeOfParallelism,
        CancellationToken cancellationToken)
        where TResult : class
    {
        var total = items.Count;
        var results = new BatchResult<TResult>[total];
        var completed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };

        // Longest first, handed out one at a time (no chunks), so the batch ends with short items on every core.
        var sizes = new long[total];
        var order = new int[total];
        for (var i = 0; i < total; i++)
        {
            sizes[i] = -size(items[i]);
            order[i] = i;
        }

        Array.Sort(sizes, order); // ties keep no particular order; each result goes to its own index anyway

        // Parallel.ForEach throws OperationCanceledException itself once the token is cancelled; an item that sees the
        // cancellation first just stops, and the check after the loop turns that into the exception.
        Parallel.ForEach(Partitioner.Create(order, EnumerablePartitionerOptions.NoBuffering), options, index =>
        {
            BatchResult<TResult> result;
            try
            {
                var item = items[index];
                if (item is null)
                {
                    throw new ArgumentNullException(nameof(items), $"Batch item {index} is null.");
                }

                var value = work(item, cancellationToken);
                result = value is null
                    ? new BatchResult<TResult>(index, new InvalidOperationException($"Batch item {index} gave no result."))
                    : new BatchResult<TResult>(index, value);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                result = new BatchResult<TResult>(index, e);
            }

            results[index] = result;
            var done = Interlocked.Increment(ref completed);
            progress?.Report(new BatchProgress(done, total));
        });

        cancellationToken.ThrowIfCancellationRequested();
        return results;
    }
}
