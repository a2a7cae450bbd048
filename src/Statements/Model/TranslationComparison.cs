using System.Collections.Immutable;

namespace Statements;

/// <summary>
/// A readout held against its own translation (the Chinese original of a Xinhua readout against the English version
/// the same side published): which sentences of the one render which of the other, what the translation leaves out or
/// adds, and where an official formulation is rendered otherwise than the glossary's standard translation. Made by
/// <see cref="ReadoutComparer.CompareTranslation"/>. Immutable.
/// </summary>
/// <param name="Original">The original, analysed.</param>
/// <param name="Translation">The translation, analysed.</param>
/// <param name="Pairs">The aligned sentences, in text order: one or more sentences of each side that render each other.</param>
/// <param name="Omitted">Sentences of the original with no counterpart in the translation (inside the compared stretch).</param>
/// <param name="Added">Sentences of the translation with no counterpart in the original (inside the compared stretch).</param>
/// <param name="Renderings">Formulations of the glossary that a pair renders otherwise than the glossary's standard translations.</param>
public sealed record TranslationComparison(
    ReadoutAnalysis Original,
    ReadoutAnalysis Translation,
    ImmutableArray<SentencePair> Pairs,
    ImmutableArray<Sentence> Omitted,
    ImmutableArray<Sentence> Added,
    ImmutableArray<FormulationRendering> Renderings)
{
    /// <summary>
    /// Where the comparison stops short of a text's end because the other text is partial (its header has a
    /// <c>partial</c> line): a sentence in words ("The English text is partial: the comparison stops at its end, after
    /// sentence 12 of 18 of the original."), or null when both texts were compared to their ends.
    /// </summary>
    public string? StoppedShort { get; init; }
}

/// <summary>One or more sentences of the original and of the translation that render each other.</summary>
/// <param name="Original">The original's sentences (one or two).</param>
/// <param name="Translation">The translation's sentences (one to three).</param>
/// <param name="Evidence">What anchors the pair besides length: names, numbers, countries, topics and glossary formulations both hold.</param>
public sealed record SentencePair(ImmutableArray<Sentence> Original, ImmutableArray<Sentence> Translation, ImmutableArray<string> Evidence);

/// <summary>A glossary formulation of the original that the translation's counterpart renders otherwise.</summary>
/// <param name="Entry">The glossary entry.</param>
/// <param name="Form">The form as the original writes it.</param>
/// <param name="Span">Where the form stands in the original's text.</param>
/// <param name="Pair">The aligned pair whose translation holds none of the entry's standard renderings.</param>
public sealed record FormulationRendering(Language.GlossaryEntry Entry, string Form, Span Span, SentencePair Pair);
