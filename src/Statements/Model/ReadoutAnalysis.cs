using System.Collections.Immutable;

namespace Statements;

/// <summary>
/// Everything the pipeline finds in one readout: its sentences, participants, claims, topics and tone.
/// Immutable and safe to share between threads.
/// </summary>
/// <param name="Id">Short id, the prefix of its claim ids (e.g. "L" or "R").</param>
/// <param name="Readout">The readout analysed.</param>
/// <param name="Sentences">Every sentence, in order.</param>
/// <param name="Participants">The people it names as taking part.</param>
/// <param name="Claims">Its claims, in reading order.</param>
/// <param name="ToneHits">Its tone words, in reading order.</param>
/// <param name="Topics">The topic ids its claims address, in order of first mention.</param>
/// <param name="Profile">Its tone by category, with the aggregate score.</param>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource))]
public sealed record ReadoutAnalysis(
    string Id,
    Readout Readout,
    ImmutableArray<Sentence> Sentences,
    ImmutableArray<Participant> Participants,
    ImmutableArray<Claim> Claims,
    ImmutableArray<ToneHit> ToneHits,
    ImmutableArray<string> Topics,
    Tone.ToneProfile Profile)
{
    /// <summary>Aggregate tone, -3 (hostile) to +3 (warm); null when it has no tone words (see <see cref="Tone.ToneProfile"/> for the formula).</summary>
    public double? ToneScore => Profile.Score;

    /// <summary>The descriptors the readout gives the talks themselves ("candid and in-depth"), or null.</summary>
    public Tone.ToneHeadline? Headline { get; init; }

    /// <summary>The distinct tone keys found, in order of first appearance.</summary>
    public ImmutableArray<string> ToneKeys => ToneHits.Where(h => !h.Negated).Select(h => h.Key).Distinct(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>The claim with the given id.</summary>
    /// <exception cref="KeyNotFoundException">No claim has that id.</exception>
    public Claim GetClaim(string id) => Claims.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No claim '{id}' in readout {Id}.");
}
