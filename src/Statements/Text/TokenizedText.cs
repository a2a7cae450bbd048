namespace Statements.Text;

/// <summary>
/// A text tokenized once, whole, so that the stages of one analysis share its tokens instead of each tokenizing
/// every sentence or claim again. <see cref="Within(int, int)"/> gives exactly the tokens <see cref="WordTokenizer.Tokenize(string, int, int)"/>
/// would give for a stretch. Not shared between analyses. Its token array and lower-case copy are rented from the
/// shared array pools: dispose it once the analysis that made it is done with its tokens, and keep no token or
/// token list past that (a stretch tokenized alone by <see cref="Within(int, int)"/> is not rented and may be kept).
/// </summary>
internal sealed class TokenizedText : IDisposable
{
    private char[]? lower;
    private Token[]? items;

    private TokenizedText(string text)
    {
        Text = text;
        Tokens = WordTokenizer.TokenizeRented(text, out lower, out items);
    }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>Every token of the text; empty once disposed.</summary>
    public TokenList Tokens { get; private set; }

    /// <summary>Tokenizes <paramref name="text"/>.</summary>
    public static TokenizedText Of(string text) => new(text);

    /// <summary>Gives the rented arrays back to the pools. A token or token list taken before must not be used after.</summary>
    public void Dispose()
    {
        var (l, t) = (Interlocked.Exchange(ref lower, null), Interlocked.Exchange(ref items, null));
        Tokens = TokenList.Empty;
        if (l is not null && t is not null)
        {
            WordTokenizer.Return(l, t);
        }
    }

    /// <summary>The index of the first token that ends after <paramref name="offset"/>.</summary>
    public int FirstEndingAfter(int offset)
    {
        var tokens = Tokens.AsSpan();
        int low = 0, high = tokens.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (tokens[mid].End > offset)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    /// <summary>
    /// The tokens of the stretch from <paramref name="start"/> to <paramref name="end"/>, as tokenizing the stretch
    /// alone gives them. The tokenizer looks ahead only to extend the token it is reading, and looks back only to
    /// read a possessive "'s" after a word as one token, so the two readings agree unless a token of the whole text
    /// runs across either end of the stretch or the stretch opens with such a possessive; then (rarely: a stretch
    /// cut inside a word or number) the stretch is tokenized alone.
    /// </summary>
    public TokenList Within(int start, int end)
    {
        var tokens = Tokens.AsSpan();
        var first = FirstEndingAfter(start);
        var last = first;
        while (last < tokens.Length && tokens[last].Start < end)
        {
            last++;
        }

        var crosses = first < tokens.Length && (tokens[first].Start < start || tokens[first].IsWord && Text[tokens[first].Start] == '\'' && tokens[first].Start == start)
            || last > first && tokens[last - 1].End > end;
        return crosses ? WordTokenizer.Tokenize(Text, start, end) : Tokens.Slice(first, last - first);
    }

    /// <summary>The tokens of <paramref name="span"/>, as <see cref="Within(int, int)"/>.</summary>
    public TokenList Within(Span span) => Within(span.Start, span.End);
}
