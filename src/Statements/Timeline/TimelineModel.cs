using System.Collections.Immutable;

namespace Statements.Timeline;

/// <summary>Where a readout's date in a timeline comes from.</summary>
public enum TimelineDateSource
{
    /// <summary>The readout's <c>date</c> header (<see cref="Readout.Date"/>).</summary>
    Header,

    /// <summary>A date written in the title or the text ("November 14, 2022"), the header giving none.</summary>
    Text,

    /// <summary>No date found: the readout is listed, after the dated ones, as undated.</summary>
    Undated,
}

/// <summary>
/// One readout in a <see cref="ReadoutTimeline"/>: its date, counterparts and what the pipeline found in it.
/// </summary>
/// <param name="Id">A short id, unique in the timeline: the readout's name (file name) or <c>readout-N</c>.</param>
/// <param name="Analysis">The analysis of the readout; every span of the timeline indexes into its <see cref="Readout.Text"/>.</param>
/// <param name="Date">The date of the readout, or null when undated.</param>
/// <param name="DateSource">Where <paramref name="Date"/> comes from.</param>
/// <param name="Counterparts">The other countries of the engagement (never the readout's own side), in order of mention; empty when none is named.</param>
/// <param name="Participants">The names of the people the readout names as taking part.</param>
/// <param name="Format">"call", "video-call" or "meeting" where the readout says so, else null.</param>
/// <param name="ClaimCount">How many claims the readout holds.</param>
public sealed record TimelineReadout(
    string Id,
    ReadoutAnalysis Analysis,
    DateOnly? Date,
    TimelineDateSource DateSource,
    ImmutableArray<string> Counterparts,
    ImmutableArray<string> Participants,
    string? Format,
    int ClaimCount)
{
    /// <summary>The readout's title, or null.</summary>
    public string? Title => Analysis.Readout.Title;

    /// <summary>The topic ids its claims address, in order of first mention.</summary>
    public ImmutableArray<string> Topics => Analysis.Topics;

    /// <summary>The distinct tone keys found (not negated), in order of first appearance.</summary>
    public ImmutableArray<string> ToneKeys => Analysis.ToneKeys;

    /// <summary>Its tone by category, with the aggregate score.</summary>
    public Tone.ToneProfile Profile => Analysis.Profile;

    /// <summary>The date as yyyy-MM-dd, or "undated".</summary>
    public string DateText => Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated";
}

/// <summary>What kind of phrase a <see cref="Formulation"/> is.</summary>
public enum FormulationKind
{
    /// <summary>A recurring run of words (compared by their stems), found in the readouts themselves.</summary>
    Phrase,

    /// <summary>A set phrase of the tone lexicon ("special relationship", "issues of mutual concern").</summary>
    SetPhrase,
}

/// <summary>Where a formulation stands in one readout.</summary>
/// <param name="ReadoutId">The <see cref="TimelineReadout.Id"/>.</param>
/// <param name="Span">Its first occurrence in that readout's text.</param>
/// <param name="Count">How many times the readout uses it.</param>
public sealed record FormulationUse(string ReadoutId, Span Span, int Count);

/// <summary>
/// A recurring formulation of one dyad: a phrase that at least two of its readouts carry and that is not boilerplate
/// used with (nearly) every counterpart.
/// </summary>
/// <param name="Key">The phrase as stems, lower case, words separated by one space ("peac and stabil across the taiwan strait").</param>
/// <param name="Text">The phrase as first written in the dyad's readouts.</param>
/// <param name="Kind">A recurring run of words or a lexicon set phrase.</param>
/// <param name="Uses">The readouts that carry it, in timeline order, with the span of its first occurrence in each.</param>
/// <param name="ExpectedButAbsent">
/// Readouts between its first and last appearance that lack it although more than half of the dyad's nearest readouts
/// before them (from its first appearance) and more than half of those after them (to its last) carry it
/// (<see cref="TimelineOptions.AbsenceWindow"/> on each side).
/// </param>
public sealed record Formulation(string Key, string Text, FormulationKind Kind, ImmutableArray<FormulationUse> Uses, ImmutableArray<string> ExpectedButAbsent)
{
    /// <summary>How many readouts carry it.</summary>
    public int Count => Uses.Length;

    /// <summary>The id of the first readout (in timeline order) that carries it.</summary>
    public string First => Uses[0].ReadoutId;

    /// <summary>The id of the last readout (in timeline order) that carries it.</summary>
    public string Last => Uses[^1].ReadoutId;

    /// <summary>Whether the readout with the given id carries it.</summary>
    public bool IsIn(string readoutId) => Uses.Any(u => u.ReadoutId == readoutId);
}

/// <summary>What changed between two readouts of the same dyad.</summary>
public enum ChangeKind
{
    /// <summary>A topic (its id).</summary>
    Topic,

    /// <summary>A formulation of the dyad (its <see cref="Formulation.Key"/>).</summary>
    Formulation,

    /// <summary>A tone key of the lexicon.</summary>
    ToneKey,
}

/// <summary>
/// One item new in a readout, or missing from it, against the previous readout of the same dyad.
/// </summary>
/// <param name="Kind">Topic, formulation or tone key.</param>
/// <param name="Key">The topic id, formulation key or tone key.</param>
/// <param name="Label">What to show: the topic label, the formulation's text or the tone key.</param>
/// <param name="Added">True: new in this readout; false: in the previous readout, missing from this one.</param>
/// <param name="Spans">Where it stands: in this readout's text when added, in the previous readout's text when dropped.</param>
public sealed record TimelineChange(ChangeKind Kind, string Key, string Label, bool Added, ImmutableArray<Span> Spans);

/// <summary>A readout of a dyad set against the previous readout of the same dyad.</summary>
/// <param name="ReadoutId">The readout.</param>
/// <param name="PreviousId">The dyad's readout before it, or null for the first.</param>
/// <param name="Changes">Topics, formulations and tone keys added (spans into this readout) and dropped (spans into the previous one).</param>
public sealed record ReadoutChanges(string ReadoutId, string? PreviousId, ImmutableArray<TimelineChange> Changes)
{
    /// <summary>The items new in this readout.</summary>
    public IEnumerable<TimelineChange> Added => Changes.Where(c => c.Added);

    /// <summary>The items of the previous readout missing from this one.</summary>
    public IEnumerable<TimelineChange> Dropped => Changes.Where(c => !c.Added);
}

/// <summary>
/// A count over time for one topic or tone category of a dyad: per readout (aligned with
/// <see cref="CounterpartTimeline.Readouts"/>) and per calendar quarter (aligned with <see cref="CounterpartTimeline.Quarters"/>).
/// </summary>
/// <param name="Key">The topic id or the tone category (lower case).</param>
/// <param name="PerReadout">Claims on the topic, or tone words of the category, in each readout.</param>
/// <param name="PerQuarter">The same summed over the dated readouts of each quarter.</param>
public sealed record TimelineSeries(string Key, ImmutableArray<int> PerReadout, ImmutableArray<int> PerQuarter)
{
    /// <summary>The sum over every readout.</summary>
    public int Total => PerReadout.Sum();
}

/// <summary>A file that could not be read or analysed, and why; the rest of the timeline is built without it.</summary>
/// <param name="Path">The file's full path (or the readout's name when it did not come from a file).</param>
/// <param name="Reason">What went wrong, in one line.</param>
public sealed record TimelineProblem(string Path, string Reason);
