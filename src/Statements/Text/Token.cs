namespace Statements.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>
/// A word, number or punctuation mark, with its place in the text and its lower-case form. The lower-case form is
/// a view into one lower-case copy of the tokenized stretch, shared by all its tokens, so tokens cost no string each.
/// </summary>
internal readonly struct Token
{
    private readonly char[] lowerText;
    private readonly int lowerOffset;

    /// <summary>Creates a token at <paramref name="start"/> whose lower-case form is <paramref name="lowerText"/> from <paramref name="start"/> - <paramref name="lowerOffset"/>.</summary>
    public Token(int start, int length, char[] lowerText, int lowerOffset, TokenKind kind)
    {
        Start = start;
        Length = length;
        this.lowerText = lowerText;
        this.lowerOffset = lowerOffset;
        Kind = kind;
    }

    public int Start { get; }

    public int Length { get; }

    public TokenKind Kind { get; }

    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>
    /// The token in lower case (invariant culture), as a view. Compare it with <see cref="Is"/> or a constant
    /// pattern (<c>LowerView is "," or ";"</c>), never with <c>==</c>: a span's <c>==</c> compares places, not text.
    /// </summary>
    public ReadOnlySpan<char> LowerView => lowerText.AsSpan(Start - lowerOffset, Length);

    /// <summary>The lower-case form as a new string, for the few places that keep it.</summary>
    public string LowerString() => new(lowerText, Start - lowerOffset, Length);

    public bool Is(string lower) => LowerView.SequenceEqual(lower);
}

/// <summary>A run of tokens: a whole tokenization or a stretch of one. A view; copying it copies no tokens.</summary>
internal readonly struct TokenList
{
    private readonly Token[] items;
    private readonly int offset;

    public TokenList(Token[] items, int offset, int count)
    {
        this.items = items;
        this.offset = offset;
        Count = count;
    }

    public static TokenList Empty { get; } = new([], 0, 0);

    public int Count { get; }

    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return items[offset + index];
        }
    }

    public ReadOnlySpan<Token> AsSpan() => items.AsSpan(offset, Count);

    public TokenList Slice(int start, int count) => new(items, offset + start, count);

    /// <summary>The first index from <paramref name="start"/> whose token satisfies <paramref name="match"/>, or -1.</summary>
    public int FindIndex(int start, int count, Func<Token, bool> match)
    {
        for (var i = start; i < start + count; i++)
        {
            if (match(this[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first index whose token satisfies <paramref name="match"/>, or -1.</summary>
    public int FindIndex(Func<Token, bool> match) => FindIndex(0, Count, match);

    public ReadOnlySpan<Token>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();
}

/// <summary>Look-ups of lower-case token views in sets and maps keyed by string, without making a string.</summary>
internal static class SpanLookups
{
    public static bool Contains(this HashSet<string> set, ReadOnlySpan<char> key) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    public static bool TryGetValue<TValue>(this Dictionary<string, TValue> map, ReadOnlySpan<char> key, out TValue value) =>
        map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
}
