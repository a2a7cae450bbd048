namespace Statements.Text;

/// <summary>
/// Cuts text written without spaces between words (Chinese) into words. The built-in Chinese language uses
/// <see cref="JiebaWordSegmenter"/> with its own names, cues and formulations kept whole; give
/// <see cref="Language.ReadoutLanguageBuilder.UseSegmenter"/> another (another segmenter, a service) to replace it.
/// Implementations must be thread-safe.
/// </summary>
public interface IWordSegmenter
{
    /// <summary>
    /// The words of <paramref name="span"/> of <paramref name="text"/>, in order, each a span into
    /// <paramref name="text"/> inside <paramref name="span"/>; words do not overlap. Characters that belong to no word
    /// (spaces, punctuation) may be left out.
    /// </summary>
    IReadOnlyList<Span> Segment(string text, Span span);
}
