using System.Collections.Immutable;

namespace Statements;

/// <summary>How a claim is put: as a plain statement, an obligation, an intention, a condition or a hope.</summary>
public enum Modality
{
    /// <summary>A plain statement of fact or position.</summary>
    Assertion,

    /// <summary>Should, must, need to, have to.</summary>
    Obligation,

    /// <summary>Will, ready to, intend to, commit to.</summary>
    Intention,

    /// <summary>If ... then, should the situation ..., in the event of.</summary>
    Condition,

    /// <summary>Hope, wish, look forward to.</summary>
    Hope,
}

/// <summary>
/// One position, commitment, concern, request or report of discussion that a readout attributes to someone.
/// </summary>
/// <param name="Id">Unique within its comparison: the readout's id and a number, e.g. "L3".</param>
/// <param name="Speaker">Who the readout says holds it: a participant's name, <see cref="Speakers.Both"/> or <see cref="Speakers.Narrator"/>.</param>
/// <param name="Cue">The reporting verb or phrase that introduces it, e.g. "emphasized", "raised concerns"; null where none does.</param>
/// <param name="CueStrength">How firmly the cue puts it: 1 (said, noted) to 3 (underscored); null without a cue.</param>
/// <param name="Text">Its text as it stands in the readout.</param>
/// <param name="Span">Where it stands in <see cref="Readout.Text"/>.</param>
/// <param name="Topics">The topic ids it addresses.</param>
/// <param name="Negated">Whether it is put in the negative ("does not support ...").</param>
/// <param name="Modality">How it is put.</param>
/// <param name="Quoted">Whether it stands inside quotation marks.</param>
/// <param name="SentenceIndex">The index of its sentence.</param>
public sealed record Claim(
    string Id,
    string Speaker,
    string? Cue,
    double? CueStrength,
    string Text,
    Span Span,
    ImmutableArray<string> Topics,
    bool Negated,
    Modality Modality,
    bool Quoted,
    int SentenceIndex)
{
    private TextSlice text = TextSlice.Of(Text);

    /// <summary>A claim whose text is cut out of the readout's text when first read.</summary>
    internal Claim(string id, string speaker, string? cue, double? cueStrength, TextSlice text, Span span, ImmutableArray<string> topics, bool negated, Modality modality, bool quoted, int sentenceIndex)
        : this(id, speaker, cue, cueStrength, "", span, topics, negated, modality, quoted, sentenceIndex) => this.text = text;

    /// <summary>Its text as it stands in the readout.</summary>
    public string Text { get => text.Value; init => text = TextSlice.Of(value); }

    /// <summary>The side whose readout reports the claim (e.g. "China"), whoever the speaker is: a Chinese readout may report what the U.S. president said.</summary>
    public string? ReportingSide { get; init; }

    /// <summary>Whether the cue marks continuity with an earlier position ("reaffirmed", "reiterated").</summary>
    public bool Continuity { get; init; }

    /// <summary>
    /// Whether <see cref="Speaker"/> was inferred rather than stated: carried over from earlier sentences (a "he" or "she",
    /// a sentence or paragraph that continues the speech reported before it with no subject of its own), so a reader can
    /// tell the certain attributions from the ones the readout's conventions suggest.
    /// </summary>
    public bool SpeakerInferred { get; init; }
}
