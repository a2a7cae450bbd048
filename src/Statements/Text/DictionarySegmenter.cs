namespace Statements.Text;

/// <summary>
/// Keeps a vocabulary's words whole and leaves the rest to another segmenter: the text is scanned left to right for
/// the longest vocabulary word of two characters or more starting at each ideograph (forward maximum matching); those
/// words stand, and each stretch between them goes to the inner segmenter. So names and formulations a readout
/// language knows ("旧金山愿景", "两国元首", "坚决反对") are never cut, and single-character words ("不", "要", "说")
/// are words only where the inner segmenter says so ("不断" stays whole). Immutable and thread-safe.
/// </summary>
internal sealed class DictionarySegmenter : IWordSegmenter
{
    private readonly Dictionary<char, string[]> byFirst;
    private readonly IWordSegmenter inner;

    public DictionarySegmenter(IEnumerable<string> vocabulary, IWordSegmenter inner)
    {
        this.inner = inner;
        byFirst = vocabulary
            .Where(w => w.Length >= 2)
            .GroupBy(w => w[0])
            .ToDictionary(g => g.Key, g => g.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToArray());
    }

    public IReadOnlyList<Span> Segment(string text, Span span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<Span>();
        var gap = span.Start;
        var i = span.Start;
        while (i < span.End)
        {
            var length = LongestAt(text, i, span.End);
            if (length == 0)
            {
                i++;
                continue;
            }

            if (i > gap)
            {
                words.AddRange(inner.Segment(text, new Span(gap, i - gap)));
            }

            words.Add(new Span(i, length));
            i += length;
            gap = i;
        }

        if (span.End > gap)
        {
            words.AddRange(inner.Segment(text, new Span(gap, span.End - gap)));
        }

        return words;
    }

    private int LongestAt(string text, int at, int end)
    {
        if (!WordTokenizer.IsIdeograph(text[at]) || !byFirst.TryGetValue(text[at], out var candidates))
        {
            return 0;
        }

        foreach (var word in candidates)
        {
            if (word.Length <= end - at && string.CompareOrdinal(text, at, word, 0, word.Length) == 0)
            {
                return word.Length;
            }
        }

        return 0;
    }
}
