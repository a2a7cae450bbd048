namespace Statements;

/// <summary>
/// A range of UTF-16 code units in a readout's <see cref="Readout.Text"/>: the original text as read,
/// never a normalised copy. Every sentence, claim and tone hit carries one, so each result can be traced
/// back to the exact characters it came from.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct Span(int Start, int Length)
{
    /// <summary>The offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from a start and an exclusive end offset.</summary>
    public static Span FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    /// <summary>The characters of <paramref name="text"/> this span covers.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not fit in <paramref name="text"/>.</exception>
    public string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Start, Length);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
