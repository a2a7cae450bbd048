using Statements.Language;

namespace Statements.Sentences;

/// <summary>
/// The default <see cref="ISentenceSplitter"/>, written for readout prose. A blank line ends a paragraph; a
/// single line break ends a sentence only before a list item or after a short unpunctuated line (a heading),
/// so line-wrapped paragraphs stay whole. Within a paragraph a sentence ends at '.', '!', '?' or '…' (with
/// any closing quotes or brackets) before white space and a capital, digit or opening quote, unless the dot
/// belongs to a title ("Mr.", "Gen."), a month before a number ("Jan. 5"), an initial ("Joseph R. Biden")
/// or an abbreviation such as "U.S." or "Jr." that is not followed by a typical sentence opener, or stands inside round
/// brackets closed later in the paragraph ("(local time. September 22, Japan time.)").
/// A terminator with no space after it ends a sentence only between a lower-case word and a capitalised one
/// ("peace.Discussions", as where a page's paragraphs were joined). A Chinese full stop ends a sentence without a
/// following space. Quotation marks are tracked across
/// sentences so a sentence that opens inside a quote is marked. Stateless and thread-safe.
/// </summary>
public sealed class RuleSentenceSplitter : ISentenceSplitter
{
    private readonly ReadoutLanguage language;

    /// <summary>Creates a splitter that reads <paramref name="language"/>'s abbreviations and sentence openers.</summary>
    public RuleSentenceSplitter(ReadoutLanguage language) => this.language = language ?? throw new ArgumentNullException(nameof(language));

    /// <summary>The splitter for <see cref="ReadoutLanguage.English"/>.</summary>
    public static RuleSentenceSplitter Instance { get; } = new(ReadoutLanguage.English);

    /// <summary>The language the splitter reads.</summary>
    public ReadoutLanguage Language => language;

    private const int HeadingMaxLength = 60;

    private WordSet NeverEnds => language.TitleAbbreviations;

    private WordSet Months => language.MonthAbbreviations;

    private WordSet MayEnd => language.MayEndAbbreviations;

    private WordSet SentenceOpeners => language.SentenceOpeners;

    /// <inheritdoc />
    public IReadOnlyList<SentenceSpan> Split(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var result = new List<SentenceSpan>(normalized.Length / 128 + 4); // readout sentences run to about 150 characters
        var state = new QuoteState();
        var paragraph = 0;
        var position = 0;
        while (position < normalized.Length)
        {
            var paragraphEnd = FindParagraphEnd(normalized, position, out var next);
            if (SplitParagraph(normalized, position, paragraphEnd, paragraph, result, ref state))
            {
                paragraph++;
            }

            state = default;
            position = next;
        }

        return result;
    }

    /// <summary>Finds the end of the paragraph starting at <paramref name="start"/>: a line that is blank.</summary>
    private static int FindParagraphEnd(string text, int start, out int next)
    {
        var i = start;
        while (i < text.Length)
        {
            var newline = text.IndexOf('\n', i);
            if (newline < 0)
            {
                break;
            }

            var j = newline + 1;
            while (j < text.Length && text[j] is ' ' or '\t')
            {
                j++;
            }

            if (j < text.Length && text[j] == '\n')
            {
                next = j + 1;
                return newline;
            }

            i = newline + 1;
        }

        next = text.Length;
        return text.Length;
    }

    private bool SplitParagraph(string text, int start, int end, int paragraph, List<SentenceSpan> result, ref QuoteState state)
    {
        var added = false;
        var sentenceStart = start;
        var opensInQuote = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            int breakAt;
            if (c == '\n')
            {
                if (!LineBreakEndsSentence(text, sentenceStart, i, end))
                {
                    continue;
                }

                breakAt = i + 1;
            }
            else if (c == '"')
            {
                state.Observe(text, i);
                continue;
            }
            else if (c is '。' or '！' or '？')
            {
                breakAt = i + 1;
                while (breakAt < end && IsCloser(text[breakAt]))
                {
                    breakAt++;
                }
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                if (InsideBrackets(text, sentenceStart, i, end))
                {
                    continue; // "On September 21 (local time. September 22, Japan time.), Mr. KISHIDA ...": an aside, not an end
                }

                breakAt = TerminatorEnd(text, i, end, ref state, out var scanned);
                if (breakAt < 0)
                {
                    // Every terminator in the run just scanned would decide the same way, and its closing
                    // quotes have been counted once: go on after them (rescanning made a run of n dots cost
                    // n squared and counted a quote after it again for each dot).
                    i = scanned - 1;
                    continue;
                }
            }
            else
            {
                continue;
            }

            added |= Emit(text, sentenceStart, breakAt, paragraph, opensInQuote, result);
            opensInQuote = state.Inside;
            sentenceStart = breakAt;
            i = Math.Max(i, breakAt - 1); // always move forward
        }

        added |= Emit(text, sentenceStart, end, paragraph, opensInQuote, result);
        return added;
    }

    /// <summary>How far before and after a terminator inside round brackets the brackets may stand for the terminator to stay
    /// inside the sentence. Bounded both ways, so a text of brackets and dots costs time in proportion to its length.</summary>
    private const int BracketReach = 120;

    /// <summary>
    /// Whether the terminator at <paramref name="i"/> stands inside round brackets opened in the sentence so far and closed
    /// later in the paragraph, each within <see cref="BracketReach"/> characters, with text before the closing bracket: a
    /// dated aside such as "(local time. September 22, Japan time.)" holds no sentence end. A terminator right before the
    /// closing bracket ("... time.)") is left to the usual rule.
    /// </summary>
    private static bool InsideBrackets(string text, int sentenceStart, int i, int end)
    {
        var open = text.LastIndexOf('(', i, Math.Min(i - sentenceStart + 1, BracketReach));
        if (open < 0 || text.IndexOf(')', open, i - open) >= 0)
        {
            return false;
        }

        var j = i + 1;
        while (j < end && text[j] is '.' or '!' or '?' or '…')
        {
            j++;
        }

        if (j >= end || text[j] == ')')
        {
            return false;
        }

        var close = text.IndexOf(')', j, Math.Min(end, j + BracketReach) - j);
        return close > j && text.IndexOf('(', j, close - j) < 0;
    }

    /// <summary>Where a sentence ending at the terminator at <paramref name="i"/> ends, or -1 when it does not end there.</summary>
    /// <remarks><paramref name="scanned"/> is set to the end of the terminators and closers read from <paramref name="i"/>.</remarks>
    private int TerminatorEnd(string text, int i, int end, ref QuoteState state, out int scanned)
    {
        var j = i + 1;
        while (j < end && text[j] is '.' or '!' or '?' or '…')
        {
            j++;
        }

        while (j < end && IsCloser(text[j]))
        {
            if (text[j] == '"')
            {
                state.Observe(text, j);
            }

            j++;
        }

        scanned = j;
        if (j >= end)
        {
            return end;
        }

        if (!char.IsWhiteSpace(text[j]))
        {
            return GluedSentenceStart(text, i, j, end) ? j : -1;
        }

        var k = j;
        while (k < end && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= end)
        {
            return j;
        }

        var nextChar = text[k];
        if (!(char.IsUpper(nextChar) || char.IsDigit(nextChar) || nextChar is '"' or '\'' or '(' or '[' || IsBullet(text, k, end)))
        {
            return -1;
        }

        if (text[i] == '.' && j == i + 1 && !DotEndsSentence(text, i, k, end))
        {
            return -1;
        }

        return j;
    }

    /// <summary>
    /// Whether a sentence starts right after the terminator at <paramref name="terminator"/> with no space (a page whose
    /// paragraphs were joined: "... and reach peace.Discussions in the phone call also covered ..."): a word of two or more
    /// lower-case letters at its end before it, not an abbreviation, and a capital then a lower-case letter after it.
    /// Initialisms and names stay whole ("U.S.Army" has a capital before the dot, "e.g.The" one letter, "Node.js" no capital
    /// after).
    /// </summary>
    private bool GluedSentenceStart(string text, int terminator, int next, int end)
    {
        if (next + 1 >= end || !char.IsUpper(text[next]) || !char.IsLower(text[next + 1])
            || terminator < 2 || !char.IsLower(text[terminator - 1]) || !char.IsLower(text[terminator - 2]))
        {
            return false;
        }

        var wordStart = terminator;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart > 0 && text[wordStart - 1] is '.' or '/' or '\\' or '@')
        {
            return false; // the last part of a dotted name or a path: "gov.uk.Then", "/Content.Outlook"
        }

        var after = next;
        while (after < end && char.IsLetterOrDigit(text[after]))
        {
            after++;
        }

        if (after < end && text[after] is '/' or '\\' or '@' || after + 1 < end && text[after] == '.' && char.IsLetterOrDigit(text[after + 1]))
        {
            return false; // an address: "WhiteHouse.Gov/CleanIndo", "Example.Com.Au"
        }

        var word = text[wordStart..terminator];
        return !NeverEnds.Contains(word) && !Months.Contains(word) && !MayEnd.Contains(word);
    }

    /// <summary>Decides whether the single dot at <paramref name="dot"/> ends a sentence, by the word before it and the word after.</summary>
    private bool DotEndsSentence(string text, int dot, int nextWordStart, int end)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        var nextWord = ReadWord(text, nextWordStart, end);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false; // an initial: "Joseph R. Biden"
        }

        var bare = word.ToString();
        if (NeverEnds.Contains(bare))
        {
            return false;
        }

        if (Months.Contains(bare) && char.IsDigit(text[nextWordStart]))
        {
            return false;
        }

        var isInitialism = bare.Contains('.', StringComparison.Ordinal);
        if (isInitialism || MayEnd.Contains(bare))
        {
            return SentenceOpeners.Contains(nextWord);
        }

        return true;
    }

    private static string ReadWord(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    /// <summary>A single line break ends a sentence before a list item, or after a short line without final punctuation.</summary>
    private static bool LineBreakEndsSentence(string text, int sentenceStart, int newline, int end)
    {
        var k = newline + 1;
        while (k < end && text[k] is ' ' or '\t')
        {
            k++;
        }

        if (k >= end)
        {
            return false;
        }

        if (IsBullet(text, k, end))
        {
            return true;
        }

        // The line before this break (a break at offset 0 has an empty line before it, not itself).
        var lineStart = newline == 0 ? 0 : text.LastIndexOf('\n', newline - 1) + 1;
        lineStart = Math.Max(lineStart, sentenceStart);
        var line = text.AsSpan(lineStart, newline - lineStart).Trim();
        if (line.IsEmpty)
        {
            return false;
        }

        var last = line[^1];
        var unpunctuated = char.IsLetterOrDigit(last) || last is ')' or '"' or '\'';
        return unpunctuated && line.Length <= HeadingMaxLength && (char.IsUpper(text[k]) || char.IsDigit(text[k]));
    }

    private static bool IsBullet(string text, int k, int end)
    {
        var c = text[k];
        if (c is '•' or '◦' or '▪' or '●' or '*')
        {
            return true;
        }

        if (c == '-' && k + 1 < end && text[k + 1] == ' ')
        {
            return true;
        }

        var j = k;
        while (j < end && j - k < 3 && char.IsDigit(text[j]))
        {
            j++;
        }

        return j > k && j + 1 < end && text[j] is '.' or ')' && text[j + 1] == ' ' && IsLineStart(text, k);
    }

    private static bool IsLineStart(string text, int k)
    {
        var j = k - 1;
        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] == '\n';
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '」' or '』' or '）';

    private static bool Emit(string text, int start, int end, int paragraph, bool opensInQuote, List<SentenceSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return false;
        }

        result.Add(new SentenceSpan(Span.FromBounds(start, end), paragraph, opensInQuote));
        return true;
    }

    /// <summary>Whether the text is inside a double-quoted passage; straight double quotes toggle it.</summary>
    private struct QuoteState
    {
        public bool Inside { get; private set; }

        public void Observe(string text, int i)
        {
            if (text[i] == '"')
            {
                Inside = !Inside;
            }
        }
    }
}
