namespace Statements.Tone;

/// <summary>A tone word or phrase found by an <see cref="IToneTagger"/>.</summary>
/// <param name="Key">The lexicon key.</param>
/// <param name="Span">Where the words stand.</param>
/// <param name="Category">The tone category.</param>
/// <param name="Valence">Signed intensity after negation, hedges and boosters.</param>
/// <param name="Negated">Whether a negation governs it.</param>
public readonly record struct ToneMatch(string Key, Span Span, ToneCategory Category, double Valence, bool Negated);

/// <summary>Stage 6 of the pipeline: finds tone words in a stretch of normalised text.</summary>
public interface IToneTagger
{
    /// <summary>Finds the tone words inside <paramref name="span"/> of <paramref name="normalized"/>, in order.</summary>
    IReadOnlyList<ToneMatch> Tag(string normalized, Span span);
}
