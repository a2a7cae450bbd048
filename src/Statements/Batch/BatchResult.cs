namespace Statements.Batch;

/// <summary>
/// The outcome of one item of a batch run of <see cref="ReadoutBatch"/>: either its value or the exception that item
/// threw. A failing item never vanishes and never stops the others: it is reported here, at its own
/// <see cref="Index"/>, in input order.
/// </summary>
/// <typeparam name="T">The result type of one item, e.g. <see cref="ReadoutAnalysis"/> or <see cref="Comparison"/>.</typeparam>
public sealed class BatchResult<T>
    where T : class
{
    internal BatchResult(int index, T value)
    {
        Index = index;
        Value = value;
    }

    internal BatchResult(int index, Exception error)
    {
        Index = index;
        Error = error;
    }

    /// <summary>The item's position in the input list.</summary>
    public int Index { get; }

    /// <summary>The result, or null when the item failed.</summary>
    public T? Value { get; }

    /// <summary>The exception the item threw, or null when it succeeded.</summary>
    public Exception? Error { get; }

    /// <summary>Whether the item succeeded (<see cref="Value"/> is set and <see cref="Error"/> is null).</summary>
    public bool Succeeded => Error is null;

    /// <summary>The result of a successful item.</summary>
    /// <exception cref="InvalidOperationException">The item failed; the item's exception is the inner exception.</exception>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidOperationException($"Batch item {Index} failed: {Error?.Message}", Error);

    /// <inheritdoc />
    public override string ToString() => Succeeded ? $"[{Index}] ok" : $"[{Index}] failed: {Error!.GetType().Name}: {Error.Message}";
}
