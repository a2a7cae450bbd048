using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;

namespace Statements.Text;

/// <summary>
/// Chinese word segmentation by Lucene.Net's SmartCn (<c>HMMChineseTokenizer</c>: a hidden Markov model over a
/// word-frequency and bigram dictionary built from a large corpus, Apache-2.0). Stateless and thread-safe: each call
/// makes its own tokenizer; the dictionaries load once, on first use.
/// </summary>
public sealed class SmartChineseSegmenter : IWordSegmenter
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie inside the text.</exception>
    public IReadOnlyList<Span> Segment(string text, Span span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span does not lie inside the text.");
        }

        var words = new List<Span>();
        if (span.Length == 0)
        {
            return words;
        }

        using var reader = new StringReader(text.Substring(span.Start, span.Length));
        using var tokenizer = new HMMChineseTokenizer(reader);
        var offsets = tokenizer.AddAttribute<IOffsetAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            var start = offsets.StartOffset;
            var end = offsets.EndOffset;
            if (start >= 0 && end > start && end <= span.Length)
            {
                words.Add(new Span(span.Start + start, end - start));
            }
        }

        tokenizer.End();
        return words;
    }
}
