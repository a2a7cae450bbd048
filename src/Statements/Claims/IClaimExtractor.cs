using Statements.Sentences;

namespace Statements.Claims;

/// <summary>A claim found by an <see cref="IClaimExtractor"/>, before ids, texts and topics are attached.</summary>
/// <param name="Span">Where the claim stands in the text.</param>
/// <param name="SentenceIndex">The index of its sentence.</param>
/// <param name="Speaker">Who holds it: a participant's name, <see cref="Speakers.Both"/> or <see cref="Speakers.Narrator"/>.</param>
/// <param name="Cue">The reporting cue as written (lower case), or null.</param>
/// <param name="CueStrength">The cue's strength, 1..3, or null.</param>
/// <param name="Negated">Whether the claim is put in the negative.</param>
/// <param name="Modality">How the claim is put.</param>
/// <param name="Quoted">Whether it stands in quotation marks.</param>
/// <param name="Continuity">Whether the cue marks an unchanged position ("reaffirmed", "reiterated").</param>
public readonly record struct ExtractedClaim(Span Span, int SentenceIndex, string Speaker, string? Cue, double? CueStrength, bool Negated, Modality Modality, bool Quoted, bool Continuity = false)
{
    /// <summary>Whether the speaker was carried over from earlier sentences ("he", speech that runs on) rather than named in the claim's own sentence.</summary>
    public bool SpeakerInferred { get; init; }
}

/// <summary>Stage 4 of the pipeline: finds the claims of a readout and who holds each.</summary>
public interface IClaimExtractor
{
    /// <summary>Finds the claims in the given sentences of <paramref name="normalized"/>.</summary>
    /// <param name="normalized">The normalised readout text.</param>
    /// <param name="sentences">Its sentences; those marked false in <paramref name="eligible"/> hold no claims.</param>
    /// <param name="eligible">For each sentence, whether it may hold claims (metadata and boilerplate may not).</param>
    /// <param name="participants">The readout's participants.</param>
    /// <param name="side">The readout's side.</param>
    IReadOnlyList<ExtractedClaim> Extract(string normalized, IReadOnlyList<SentenceSpan> sentences, IReadOnlyList<bool> eligible, IReadOnlyList<Participant> participants, string side);
}
