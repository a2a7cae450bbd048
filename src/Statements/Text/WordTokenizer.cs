using System.Buffers;
using System.Globalization;

namespace Statements.Text;

/// <summary>
/// Splits normalised text into tokens in one pass without regular expressions. Words keep inner apostrophes
/// and the dots of initialisms ("u.s."); a possessive "'s" and a clitic "n't" become tokens of their own;
/// hyphens separate words and are not tokens, so "in-depth" and "in depth" give the same tokens; other
/// punctuation marks are tokens that break phrases. Stateless and thread-safe.
/// </summary>
internal static class WordTokenizer
{
    public static TokenList Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>
    /// The tokens of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/>, read as if the
    /// text stopped at <paramref name="end"/>. Their lower-case forms share one lower-case copy of that stretch.
    /// </summary>
    public static TokenList Tokenize(string text, int start, int end)
    {
        var lower = new char[end - start];
        text.AsSpan(start, end - start).ToLowerInvariant(lower);
        return Tokenize(text, start, end, new Builder(Math.Max(4, (end - start) / 5), lower, start, rented: false));
    }

    /// <summary>
    /// As <see cref="Tokenize(string)"/>, with the token array and the lower-case copy rented from the shared array
    /// pools; <paramref name="lower"/> and <paramref name="items"/> go back to the pools through
    /// <see cref="Return(char[], Token[])"/> once no token of the list is used any more.
    /// </summary>
    public static TokenList TokenizeRented(string text, out char[] lower, out Token[] items)
    {
        lower = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        text.AsSpan().ToLowerInvariant(lower);
        var builder = new Builder(Math.Max(4, text.Length / 5), lower, 0, rented: true);
        var tokens = Tokenize(text, 0, text.Length, builder);
        items = builder.Items;
        return tokens;
    }

    /// <summary>Gives back what <see cref="TokenizeRented"/> rented.</summary>
    public static void Return(char[] lower, Token[] items)
    {
        ArrayPool<char>.Shared.Return(lower);
        ArrayPool<Token>.Shared.Return(items);
    }

    private static TokenList Tokenize(string text, int start, int end, Builder tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '-')
            {
                i++;
            }
            else if (IsIdeograph(c))
            {
                // Chinese (and Japanese kanji) is written without spaces: each ideograph is a token of its own, so
                // phrases match character by character; a language that needs words segments on top of this.
                tokens.Add(i, 1, TokenKind.Word);
                i++;
            }
            else if (char.IsLetter(c) || IsCombining(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else if (char.IsDigit(c))
            {
                var s = i;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]) && i > s)))
                {
                    i++;
                }

                tokens.Add(s, i - s, TokenKind.Number);
            }
            else if (char.IsSurrogate(c))
            {
                var n = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(i, n, TokenKind.Punctuation);
                i += n;
            }
            else
            {
                tokens.Add(i, 1, TokenKind.Punctuation);
                i++;
            }
        }

        return tokens.ToList();
    }

    private static int ReadWord(string text, int start, int end, Builder tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if ((char.IsLetterOrDigit(c) || IsCombining(c)) && !IsIdeograph(c))
            {
                i++;
            }
            else if (c == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i - start <= 2 && (i + 2 >= end || text[i + 2] == '.' || !char.IsLetter(text[i + 2])))
            {
                // Initialisms: u.s. u.k. e.g. p.m. — single letters joined by dots.
                i += 2;
                if (i < end && text[i] == '.')
                {
                    i++;
                    break;
                }
            }
            else if (c == '\'' && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                if ((text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])))
                {
                    break; // possessive: emitted as its own token below
                }

                i++;
            }
            else
            {
                break;
            }
        }

        var wordEnd = i;
        // "doesn't" -> "does" + "n't"
        if (wordEnd - start > 3 && text[wordEnd - 2] == '\'' && (text[wordEnd - 1] is 't' or 'T') && (text[wordEnd - 3] is 'n' or 'N'))
        {
            Add(text, start, wordEnd - 3 - start, tokens);
            Add(text, wordEnd - 3, 3, tokens);
        }
        else
        {
            Add(text, start, wordEnd - start, tokens);
        }

        if (i + 1 < end && text[i] == '\'' && (text[i + 1] is 's' or 'S'))
        {
            Add(text, i, 2, tokens);
            i += 2;
        }

        return i;
    }

    private static void Add(string text, int start, int length, Builder tokens)
    {
        if (length > 0)
        {
            tokens.Add(start, length, TokenKind.Word);
        }
    }

    /// <summary>Collects tokens into a growing array, new or rented from the shared pool.</summary>
    private sealed class Builder(int capacity, char[] lower, int lowerOffset, bool rented)
    {
        private Token[] items = rented ? ArrayPool<Token>.Shared.Rent(capacity) : new Token[capacity];
        private int count;

        public Token[] Items => items;

        public void Add(int start, int length, TokenKind kind)
        {
            if (count == items.Length)
            {
                Grow();
            }

            items[count++] = new Token(start, length, lower, lowerOffset, kind);
        }

        private void Grow()
        {
            if (!rented)
            {
                Array.Resize(ref items, items.Length * 2);
                return;
            }

            var larger = ArrayPool<Token>.Shared.Rent(items.Length * 2);
            items.AsSpan(0, count).CopyTo(larger);
            ArrayPool<Token>.Shared.Return(items);
            items = larger;
        }

        public TokenList ToList() => new(items, 0, count);
    }

    /// <summary>A CJK ideograph of the basic multilingual plane (unified, extension A, compatibility).</summary>
    internal static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    private static bool IsCombining(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
