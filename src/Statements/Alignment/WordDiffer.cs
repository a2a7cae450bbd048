using System.Collections.Immutable;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Statements.Alignment;

/// <summary>
/// Stage 8 of the pipeline: a word-level diff of two texts with DiffPlex, returned as runs of equal, deleted
/// (left only) and inserted (right only) words. Concatenating the equal and delete runs gives the left text;
/// the equal and insert runs, the right text. Stateless and thread-safe.
/// </summary>
public static class WordDiffer
{
    /// <summary>Diffs <paramref name="left"/> against <paramref name="right"/> word by word.</summary>
    public static ImmutableArray<DiffRun> Diff(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var result = Differ.Instance.CreateDiffs(left, right, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var runs = ImmutableArray.CreateBuilder<DiffRun>();
        var oldPosition = 0;
        foreach (var block in result.DiffBlocks)
        {
            Append(runs, DiffOp.Equal, result.PiecesOld, oldPosition, block.DeleteStartA - oldPosition);
            Append(runs, DiffOp.Delete, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Append(runs, DiffOp.Insert, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldPosition = block.DeleteStartA + block.DeleteCountA;
        }

        Append(runs, DiffOp.Equal, result.PiecesOld, oldPosition, result.PiecesOld.Count - oldPosition);
        return runs.ToImmutable();
    }

    private static void Append(ImmutableArray<DiffRun>.Builder runs, DiffOp op, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            text.Append(pieces[i]);
        }

        if (runs.Count > 0 && runs[^1].Op == op)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new DiffRun(op, text.ToString()));
        }
    }
}
