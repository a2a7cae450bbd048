using System.Buffers;
using Statements.Language;

namespace Statements.Sentences;

/// <summary>
/// Tells metadata and boilerplate sentences from the prose of a readout: page furniture ("###", "Leave a
/// Reply", "Your email address will not be published"), bylines ("By Jackson"), photo captions, and title
/// lines (short, mostly capitalised, no sentence end, or the readout's own title repeated).
/// Stateless and thread-safe.
/// </summary>
internal static class SentenceClassifier
{
    /// <summary>The kind of a sentence that is metadata or boilerplate, or null for prose.</summary>
    /// <param name="language">The language whose boilerplate and metadata cues to look for.</param>
    /// <param name="text">The sentence.</param>
    /// <param name="title">The readout's title, if known.</param>
    /// <param name="standsAlone">Whether the sentence is the first of the text and a paragraph by itself (a title line).</param>
    public static SentenceKind? Classify(ReadoutLanguage language, string text, string? title, bool standsAlone = false) => Classify(language, text.AsSpan(), title, standsAlone);

    /// <summary>The kind of a sentence that is metadata or boilerplate, or null for prose; reads the characters in place, allocating nothing.</summary>
    /// <param name="language">The language whose boilerplate and metadata cues to look for.</param>
    /// <param name="text">The sentence.</param>
    /// <param name="title">The readout's title, if known.</param>
    /// <param name="standsAlone">Whether the sentence is the first of the text and a paragraph by itself (a title line).</param>
    public static SentenceKind? Classify(ReadoutLanguage language, ReadOnlySpan<char> text, string? title, bool standsAlone = false)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || !HasLetterOrDigit(trimmed))
        {
            return SentenceKind.Boilerplate;
        }

        // The cues are lower-case ASCII, so an ordinal case-blind search finds what a search of the lower-cased text would.
        if (trimmed.Length < 200 && trimmed.ContainsAny(language.BoilerplateCueSearch))
        {
            return SentenceKind.Boilerplate;
        }

        if (trimmed.ContainsAny(language.MetadataCueSearch))
        {
            return SentenceKind.Metadata;
        }

        // Words as split at spaces, line feeds and tabs: how many, how many capitalised, and the first.
        var words = 0;
        var capitalised = 0;
        var first = ReadOnlySpan<char>.Empty;
        var rest = trimmed;
        while (!rest.IsEmpty)
        {
            var start = rest.IndexOfAnyExcept(WordSeparators);
            if (start < 0)
            {
                break;
            }

            rest = rest[start..];
            var end = rest.IndexOfAny(WordSeparators);
            var word = end < 0 ? rest : rest[..end];
            if (words == 0)
            {
                first = word;
            }

            words++;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
            }

            rest = end < 0 ? [] : rest[end..];
        }

        if (words <= 4 && first.SequenceEqual("By"))
        {
            return SentenceKind.Metadata; // a byline
        }

        if (title is not null && trimmed.Contains(title.AsSpan().Trim(), StringComparison.OrdinalIgnoreCase) && trimmed.Length < title.Length * 2 + 10)
        {
            return SentenceKind.Metadata;
        }

        var last = trimmed[^1];
        var ended = last is '.' or '!' or '?' or '"' or '\'' or ')' or '。';
        if (!ended && words <= 16 && capitalised * 2 >= words)
        {
            return SentenceKind.Metadata; // a heading
        }

        if (!ended && (standsAlone || IsRepeatedHalf(trimmed)))
        {
            return SentenceKind.Metadata; // a title printed twice, as scraped pages do
        }

        return null;
    }

    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(" \n\t");

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRepeatedHalf(ReadOnlySpan<char> text)
    {
        if (text.Length < 20)
        {
            return false;
        }

        var probe = text[..Math.Min(20, text.Length / 2)];
        return text[10..].IndexOf(probe, StringComparison.Ordinal) >= 0;
    }
}
