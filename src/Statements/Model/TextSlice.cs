namespace Statements;

/// <summary>
/// The text of a sentence or claim: given as a string, or a stretch of the readout's text cut out as a string the
/// first time it is read and kept from then on (as spaCy's spans and Catalyst's tokens read their text from the
/// document), so an analysis does not copy every sentence of the readout unless someone reads it. Equal when the
/// texts are equal. Thread-safe: two threads reading at once may each cut the string; both get the same text.
/// </summary>
internal sealed class TextSlice : IEquatable<TextSlice>
{
    private readonly string? source;
    private readonly int start;
    private readonly int length;
    private string? value;

    private TextSlice(string? value) => this.value = value;

    private TextSlice(string source, Span span)
    {
        this.source = source;
        start = span.Start;
        length = span.Length;
    }

    /// <summary>A slice holding the empty string.</summary>
    public static TextSlice Empty { get; } = new("");

    /// <summary>The text, cut out of the readout's text on first use.</summary>
    public string Value => value ?? Cut();

    /// <summary>A slice holding <paramref name="value"/> as given (null stays null).</summary>
    public static TextSlice Of(string? value) => value is { Length: 0 } ? Empty : new(value);

    /// <summary>The stretch <paramref name="span"/> of <paramref name="source"/>, not yet cut out.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span does not lie inside the source.</exception>
    public static TextSlice Of(string source, Span span)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (span.Start < 0 || span.Length < 0 || span.End > source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, $"The span must lie inside the text of {source.Length} characters.");
        }

        return span.Length == 0 ? Empty : span.Length == source.Length ? new(source) : new(source, span);
    }

    private string Cut() => source is null ? null! : value = source.Substring(start, length);

    /// <inheritdoc />
    public bool Equals(TextSlice? other) => other is not null && (ReferenceEquals(this, other) || string.Equals(Value, other.Value, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TextSlice);

    /// <inheritdoc />
    public override int GetHashCode() => Value is { } text ? StringComparer.Ordinal.GetHashCode(text) : 0;

    /// <inheritdoc />
    public override string ToString() => Value;
}
