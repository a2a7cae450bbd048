namespace Statements.Sentences;

/// <summary>
/// Tells metadata and boilerplate sentences from the prose of a readout: page furniture ("###", "Leave a
/// Reply", "Your email address will not be published"), bylines ("By Jackson"), photo captions, and title
/// lines (short, mostly capitalised, no sentence end, or the readout's own title repeated).
/// Stateless and thread-safe.
/// </summary>
internal static class SentenceClassifier
{
    private static readonly string[] BoilerplateCues =
    [
        "leave a reply", "leave a comment", "email address will not be published", "required fields are marked", "all rights reserved",
        "share this", "share on", "click here", "subscribe", "follow us", "print this", "avatar of", "read more", "related articles",
        "related posts", "copyright", "cookie", "sign up for", "newsletter", "skip to content", "back to top", "share:", "tags:",
    ];

    private static readonly string[] MetadataCues = ["(photo", "photo:", "photo credit", "(reuters)", "(ap)", "(afp)", "source:", "image:", "file photo"];

    /// <summary>The kind of a sentence that is metadata or boilerplate, or null for prose.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="title">The readout's title, if known.</param>
    /// <param name="standsAlone">Whether the sentence is the first of the text and a paragraph by itself (a title line).</param>
    public static SentenceKind? Classify(string text, string? title, bool standsAlone = false)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.All(c => !char.IsLetterOrDigit(c)))
        {
            return SentenceKind.Boilerplate;
        }

        var lower = trimmed.ToLowerInvariant();
        if (BoilerplateCues.Any(c => lower.Contains(c, StringComparison.Ordinal)) && trimmed.Length < 200)
        {
            return SentenceKind.Boilerplate;
        }

        if (MetadataCues.Any(c => lower.Contains(c, StringComparison.Ordinal)))
        {
            return SentenceKind.Metadata;
        }

        var words = trimmed.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 4 && words[0].Equals("By", StringComparison.Ordinal))
        {
            return SentenceKind.Metadata; // a byline
        }

        if (title is not null && trimmed.Contains(title.Trim(), StringComparison.OrdinalIgnoreCase) && trimmed.Length < title.Length * 2 + 10)
        {
            return SentenceKind.Metadata;
        }

        var last = trimmed[^1];
        var ended = last is '.' or '!' or '?' or '"' or '\'' or ')' or '。';
        var capitalised = words.Count(w => char.IsUpper(w[0]));
        if (!ended && words.Length <= 16 && capitalised * 2 >= words.Length)
        {
            return SentenceKind.Metadata; // a heading
        }

        if (!ended && (standsAlone || IsRepeatedHalf(trimmed)))
        {
            return SentenceKind.Metadata; // a title printed twice, as scraped pages do
        }

        return null;
    }

    private static bool IsRepeatedHalf(string text)
    {
        if (text.Length < 20)
        {
            return false;
        }

        var probe = text[..Math.Min(20, text.Length / 2)];
        return text.IndexOf(probe, 10, StringComparison.Ordinal) > 0;
    }
}
