using System.Collections.Immutable;

namespace Statements.Timeline;

/// <summary>
/// The readouts of one dyad (the publishing side, <see cref="Side"/>, and one counterpart) in date order, with the dyad's recurring
/// formulations, what each readout adds or drops against the one before, and topic and tone series. Immutable.
/// </summary>
/// <param name="Counterpart">The counterpart country, e.g. "China".</param>
/// <param name="Readouts">Its readouts: dated ones by date (then by id), undated ones last.</param>
/// <param name="Formulations">Its recurring formulations, most widely carried first (then by first appearance).</param>
/// <param name="Changes">One entry per readout, aligned with <paramref name="Readouts"/>: what it adds and drops against the previous one.</param>
/// <param name="Quarters">Every calendar quarter from the first to the last dated readout, as "2024-Q2".</param>
/// <param name="Topics">Claims per topic, per readout and per quarter; topics in order of total, largest first.</param>
/// <param name="Tone">Tone words per category (warmth, cooperation, friction, concern, firmness, threat), per readout and per quarter.</param>
public sealed record CounterpartTimeline(
    string Counterpart,
    ImmutableArray<TimelineReadout> Readouts,
    ImmutableArray<Formulation> Formulations,
    ImmutableArray<ReadoutChanges> Changes,
    ImmutableArray<string> Quarters,
    ImmutableArray<TimelineSeries> Topics,
    ImmutableArray<TimelineSeries> Tone)
{
    /// <summary>The side whose readouts these are (<see cref="Readout.Side"/>, e.g. "United States"): an archive holding several governments' readouts has one timeline per side and counterpart.</summary>
    public string Side { get; init; } = "";

    /// <summary>The readout with the given id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No readout of this dyad has that id.</exception>
    public TimelineReadout GetReadout(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Readouts.FirstOrDefault(r => r.Id == id) ?? throw new KeyNotFoundException($"No readout '{id}' in the {Counterpart} timeline.");
    }

    /// <summary>The changes of the readout with the given id.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No readout of this dyad has that id.</exception>
    public ReadoutChanges GetChanges(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Changes.FirstOrDefault(c => c.ReadoutId == id) ?? throw new KeyNotFoundException($"No readout '{id}' in the {Counterpart} timeline.");
    }

    /// <summary>
    /// The formulations whose text holds <paramref name="phrase"/>, compared by stems and case-blind ("Taiwan Strait"
    /// finds "peace and stability across the Taiwan Strait"), most widely carried first.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    public ImmutableArray<Formulation> FindFormulations(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var key = " " + PhraseKeys.KeyOf(phrase) + " ";
        return key.Trim().Length == 0 ? [] : Formulations.Where(f => (" " + f.Key + " ").Contains(key, StringComparison.Ordinal)).ToImmutableArray();
    }

    /// <summary>The formulation that is exactly <paramref name="phrase"/>, compared by stems and case-blind, or null.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    public Formulation? GetFormulation(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var key = PhraseKeys.KeyOf(phrase);
        return Formulations.FirstOrDefault(f => f.Key == key);
    }

    /// <summary>The series of one topic id, or null when no readout of the dyad addresses it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="topic"/> is null.</exception>
    public TimelineSeries? TopicSeries(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        return Topics.FirstOrDefault(t => t.Key == topic);
    }
}
