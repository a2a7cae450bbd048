namespace Statements.Sentences;

/// <summary>A sentence boundary found by an <see cref="ISentenceSplitter"/>.</summary>
/// <param name="Span">The sentence, trimmed of surrounding white space.</param>
/// <param name="Paragraph">The paragraph it belongs to, from 0.</param>
/// <param name="OpensInsideQuote">Whether it starts inside a quotation opened by an earlier sentence.</param>
public readonly record struct SentenceSpan(Span Span, int Paragraph, bool OpensInsideQuote);

/// <summary>
/// Stage 2 of the pipeline: finds the sentences of a normalised text. Every non-space character must belong
/// to exactly one sentence: nothing may be dropped.
/// </summary>
public interface ISentenceSplitter
{
    /// <summary>Splits <paramref name="normalized"/> (the output of an <see cref="Text.ITextNormalizer"/>) into sentences, in order.</summary>
    IReadOnlyList<SentenceSpan> Split(string normalized);
}
