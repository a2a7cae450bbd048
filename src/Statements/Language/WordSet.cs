using System.Collections;
using System.Collections.Frozen;

namespace Statements.Language;

/// <summary>
/// A set of words from a language file, looked up by string or by a span of characters without making a string.
/// Immutable and thread-safe.
/// </summary>
internal sealed class WordSet : IReadOnlyCollection<string>
{
    private readonly FrozenSet<string> words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, bool ignoreCase = false)
    {
        this.words = words.ToFrozenSet(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => words.Count;

    public bool Contains(string word) => words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <summary>The set's own string for <paramref name="word"/>, if it holds it.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out string value) => lookup.TryGetValue(word, out value);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
