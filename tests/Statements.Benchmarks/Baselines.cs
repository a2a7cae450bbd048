using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace Statements.Benchmarks;

/// <summary>
/// The yardsticks every Statements number is set against: a compiled-regex word tokenization (the cheapest useful
/// pass over a text; its match count is also the "words" of every words/s figure) and a DiffPlex word diff of a pair.
/// </summary>
public static class Baselines
{
    /// <summary>A word: letters or digits, with inner apostrophes ("China's", "don’t").</summary>
#pragma warning disable SYSLIB1045 // the baseline is deliberately a plain compiled Regex, not a source-generated one
    public static readonly Regex Word = new(@"\w+(?:['’]\w+)*", RegexOptions.Compiled);
#pragma warning restore SYSLIB1045

    /// <summary>The number of words in <paramref name="text"/>: the matches of <see cref="Word"/>, counted one by one.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        for (var match = Word.Match(text); match.Success; match = match.NextMatch())
        {
            count++;
        }

        return count;
    }

    /// <summary>A word-level diff of two texts with DiffPlex.</summary>
    public static DiffResult WordDiff(string left, string right) =>
        Differ.Instance.CreateDiffs(left, right, false, false, WordChunker.Instance);
}
