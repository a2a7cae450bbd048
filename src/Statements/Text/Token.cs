namespace Statements.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, number or punctuation mark, with its place in the text and its lower-case form.</summary>
internal readonly record struct Token(int Start, int Length, string Lower, TokenKind Kind)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string lower) => string.Equals(Lower, lower, StringComparison.Ordinal);
}
