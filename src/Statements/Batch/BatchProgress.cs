namespace Statements.Batch;

/// <summary>How far a batch run of <see cref="ReadoutBatch"/> has got.</summary>
/// <param name="Completed">Items finished so far, whether they succeeded or failed.</param>
/// <param name="Total">Items in the batch.</param>
public readonly record struct BatchProgress(int Completed, int Total)
{
    /// <summary>The share finished, from 0 to 1 (1 for an empty batch).</summary>
    public double Fraction => Total == 0 ? 1 : (double)Completed / Total;
}
