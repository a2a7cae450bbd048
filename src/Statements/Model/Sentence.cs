using System.Collections.Immutable;

namespace Statements;

/// <summary>What a sentence does in a readout.</summary>
public enum SentenceKind
{
    /// <summary>Holds at least one claim.</summary>
    Claim,

    /// <summary>Tells what happened (who spoke with whom, when) without a position of anyone's.</summary>
    Narration,

    /// <summary>Title, byline, dateline or caption: about the document rather than the engagement.</summary>
    Metadata,

    /// <summary>Page furniture: "###", "Leave a Reply", share buttons, copyright lines.</summary>
    Boilerplate,
}

/// <summary>
/// One sentence of a readout. Sentences are in order, do not overlap, and cover every non-space character of the
/// text exactly once; the normaliser reads control, zero-width and format characters and unpaired surrogates as
/// space, so those alone may fall between sentences.
/// </summary>
/// <param name="Index">Position among the readout's sentences, from 0.</param>
/// <param name="Span">Where it stands in <see cref="Readout.Text"/>.</param>
/// <param name="Text">Its text as it stands in the readout.</param>
/// <param name="Kind">What it does.</param>
/// <param name="Paragraph">The paragraph it belongs to, from 0.</param>
/// <param name="ClaimIds">The ids of the claims it holds.</param>
public sealed record Sentence(int Index, Span Span, string Text, SentenceKind Kind, int Paragraph, ImmutableArray<string> ClaimIds)
{
    private TextSlice text = TextSlice.Of(Text);

    /// <summary>A sentence whose text is cut out of the readout's text when first read.</summary>
    internal Sentence(int index, Span span, TextSlice text, SentenceKind kind, int paragraph, ImmutableArray<string> claimIds)
        : this(index, span, "", kind, paragraph, claimIds) => this.text = text;

    /// <summary>Its text as it stands in the readout.</summary>
    public string Text { get => text.Value; init => text = TextSlice.Of(value); }

    /// <summary>The text, for a claim of the same span to share.</summary>
    internal TextSlice TextSlice => text;
}
