namespace Statements.Sentences;

/// <summary>
/// Splits Chinese text into sentences: a sentence ends at 。！？； (and their half-width forms !?;, which reprints
/// use) together with any closing quotation marks or brackets right after it, and at a line break; a blank line also
/// starts a new paragraph. Nothing inside a quotation (“ ” 「 」 『 』, or a pair of ") or a title (《 》) ends a
/// sentence unless the quotation closes right after the end mark ("……又一村。”"); an unclosed quotation or title lasts
/// to the end of its line at most. Every non-space character lands in exactly one sentence. Stateless and thread-safe.
/// </summary>
public sealed class ChineseSentenceSplitter : ISentenceSplitter
{
    /// <summary>The one instance (the splitter holds no data).</summary>
    public static ChineseSentenceSplitter Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="normalized"/> is null.</exception>
    public IReadOnlyList<SentenceSpan> Split(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var sentences = new List<SentenceSpan>();
        var paragraph = 0;
        var start = -1;          // first character of the open sentence, or -1
        var depth = 0;           // open quotations and titles on this line
        var straightOpen = false; // inside a pair of straight quotes
        var blankRun = 0;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '\n')
            {
                Close(normalized, start, i, paragraph, sentences);
                start = -1;
                depth = 0;
                straightOpen = false;
                blankRun++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (blankRun >= 2 && sentences.Count > 0 && sentences[^1].Paragraph == paragraph)
            {
                paragraph++;
            }

            blankRun = 0;
            if (start < 0)
            {
                start = i;
            }

            switch (c)
            {
                case '“' or '「' or '『' or '《' or '（' or '(':
                    depth++;
                    continue;
                case '”' or '」' or '』' or '》' or '）' or ')':
                    depth = Math.Max(0, depth - 1);
                    continue;
                case '"':
                    straightOpen = !straightOpen;
                    continue;
            }

            if (!IsEnd(c))
            {
                continue;
            }

            // Closing marks right after the end belong to the sentence; a quotation they close ends with it.
            var end = i + 1;
            var closes = 0;
            while (end < normalized.Length && IsCloser(normalized[end]))
            {
                if (normalized[end] == '"')
                {
                    straightOpen = false;
                }

                end++;
                closes++;
            }

            if ((depth > 0 || straightOpen) && closes == 0)
            {
                continue;
            }

            depth = Math.Max(0, depth - closes);
            Close(normalized, start, end, paragraph, sentences);
            start = -1;
            i = end - 1;
        }

        Close(normalized, start, normalized.Length, paragraph, sentences);
        return sentences;
    }

    /// <summary>Whether <paramref name="c"/> ends a Chinese sentence.</summary>
    internal static bool IsEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';';

    private static bool IsCloser(char c) => c is '”' or '」' or '』' or '》' or '）' or ')' or '"' or '’' or '\'';

    private static void Close(string text, int start, int end, int paragraph, List<SentenceSpan> sentences)
    {
        if (start < 0)
        {
            return;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new SentenceSpan(new Span(start, end - start), paragraph, false));
        }
    }
}
