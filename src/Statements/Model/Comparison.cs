using System.Collections.Immutable;

namespace Statements;

/// <summary>How the two sides relate on one row of a comparison.</summary>
public enum RowKind
{
    /// <summary>Both sides say compatible things.</summary>
    Shared,

    /// <summary>Both sides address the matter but frame it differently.</summary>
    Divergent,

    /// <summary>Only the left readout says it.</summary>
    LeftOnly,

    /// <summary>Only the right readout says it.</summary>
    RightOnly,

    /// <summary>
    /// A claim with no link whose nearest counterpart on the other side comes close but not close enough to link
    /// (<see cref="ComparisonRow.Nearest"/>): neither matched nor called one-sided, so an analyst reads the evidence
    /// before believing an omission.
    /// </summary>
    Weak,
}

/// <summary>How two linked claims relate (see <c>docs/ALIGNMENT.md</c>).</summary>
public enum LinkRelation
{
    /// <summary>Both claims name the same specific matter, compatibly.</summary>
    Shared,

    /// <summary>Both claims name the same specific matter and frame it differently or in tension.</summary>
    Divergent,

    /// <summary>One claim names the matter only as part of a broader area or of the talks ("a candid exchange of views on
    /// regional and global issues"); the other names a specific matter inside it.</summary>
    General,
}

/// <summary>A link between a claim of the left readout and a claim of the right one: the unit of alignment, many-to-many.</summary>
/// <param name="Left">The left readout's claim.</param>
/// <param name="Right">The right readout's claim.</param>
/// <param name="Relation">How the two relate.</param>
/// <param name="Score">The link model's probability that the two claims are linked this way, 0..1.</param>
/// <param name="Reasons">Why the claims were linked, and why judged divergent, in words.</param>
/// <param name="Evidence">What matched, each as <c>kind: value</c>: <c>topic: taiwan</c>, <c>term: fentanyl</c>,
/// <c>name: Geneva</c>, <c>formulation: candid</c>. The terms are words as the left claim writes them.</param>
public sealed record ClaimLink(Claim Left, Claim Right, LinkRelation Relation, double Score, ImmutableArray<string> Reasons, ImmutableArray<string> Evidence)
{
    /// <summary>Whether the link is specific (shared or divergent): both claims name the same matter.</summary>
    public bool IsSpecific => Relation != LinkRelation.General;
}

/// <summary>The nearest counterpart of a claim that has no link: a claim of the other side and the link model's probability.</summary>
/// <param name="Claim">The other side's claim that comes nearest.</param>
/// <param name="Score">The probability of a specific link between the two, below the link threshold.</param>
public sealed record NearestCounterpart(Claim Claim, double Score);

/// <summary>What a run of a word diff does.</summary>
public enum DiffOp
{
    /// <summary>Words both texts have.</summary>
    Equal,

    /// <summary>Words only the right text has.</summary>
    Insert,

    /// <summary>Words only the left text has.</summary>
    Delete,
}

/// <summary>One run of a word-level diff from the left text to the right text.</summary>
/// <param name="Op">What the run does.</param>
/// <param name="Text">The words of the run, with the spacing between them.</param>
public sealed record DiffRun(DiffOp Op, string Text);

/// <summary>One row of the aligned comparison: a matched group of claims, or a claim only one side has.</summary>
/// <param name="Kind">How the sides relate here.</param>
/// <param name="Left">The left readout's claims in this row (empty for right-only rows).</param>
/// <param name="Right">The right readout's claims in this row (empty for left-only rows).</param>
/// <param name="Topics">The topic ids of the row's claims.</param>
/// <param name="Score">The similarity of the matched claims, 0..1; null for one-sided rows.</param>
/// <param name="Reasons">Why the claims were matched, and why judged shared or divergent, in words.</param>
/// <param name="Diff">A word-level diff of the left text against the right text; empty for one-sided rows.</param>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource))]
public sealed record ComparisonRow(
    RowKind Kind,
    ImmutableArray<Claim> Left,
    ImmutableArray<Claim> Right,
    ImmutableArray<string> Topics,
    double? Score,
    ImmutableArray<string> Reasons,
    ImmutableArray<DiffRun> Diff)
{
    /// <summary>The tone keys in the row's left claims, for reading the two sides' tone side by side.</summary>
    public ImmutableArray<string> LeftTone { get; init; } = [];

    /// <summary>The tone keys in the row's right claims.</summary>
    public ImmutableArray<string> RightTone { get; init; } = [];

    /// <summary>
    /// Whether this one-sided row is a claim one readout attributes to the other side's leader that the other
    /// side's own readout does not make: a Chinese readout reporting that the U.S. president "does not support
    /// Taiwan independence" with no such line in the White House readout. Analysts look for these first.
    /// </summary>
    public bool AttributedToOtherSide { get; init; }

    /// <summary>For a <see cref="RowKind.Weak"/> row: the other side's claim that comes nearest, and its score.</summary>
    public NearestCounterpart? Nearest { get; init; }

    /// <summary>
    /// For a one-sided row: the other side's claims that name the matter only in general terms ("other issues of
    /// common concern"), so the row reads "only the US readout names fentanyl; the Chinese readout mentions only
    /// ...". For a general claim, the specific claims of the other side inside its area.
    /// </summary>
    public ImmutableArray<ClaimLink> GeneralLinks { get; init; } = [];

    /// <summary>
    /// For a one-sided row: the specific topics of its claim that no claim of the other readout names ("cyber"), which make
    /// the omission a confident one however near another claim comes on other evidence. Empty otherwise.
    /// </summary>
    public ImmutableArray<string> NeverNamedByOther { get; init; } = [];

    /// <summary>What matched between the row's claims (topics, terms, names, formulations), for highlighting; empty for one-sided rows.</summary>
    public ImmutableArray<string> Evidence { get; init; } = [];
}

/// <summary>One topic of a comparison's coverage table: the claims each side devotes to it.</summary>
/// <param name="Topic">The topic id.</param>
/// <param name="Left">The left readout's claims on the topic.</param>
/// <param name="Right">The right readout's claims on the topic.</param>
public sealed record TopicCoverage(string Topic, ImmutableArray<Claim> Left, ImmutableArray<Claim> Right);

/// <summary>The tone keys the two readouts share and those only one of them uses.</summary>
/// <param name="Shared">Keys found in both readouts.</param>
/// <param name="LeftOnly">Keys found only in the left readout.</param>
/// <param name="RightOnly">Keys found only in the right readout.</param>
public sealed record ToneComparison(ImmutableArray<string> Shared, ImmutableArray<string> LeftOnly, ImmutableArray<string> RightOnly)
{
    /// <summary>How the left readout describes the talks ("candid and in-depth"), or null.</summary>
    public Tone.ToneHeadline? LeftHeadline { get; init; }

    /// <summary>How the right readout describes the talks ("candid and constructive"), or null.</summary>
    public Tone.ToneHeadline? RightHeadline { get; init; }
}

/// <summary>The form an engagement took.</summary>
public enum EngagementFormat
{
    /// <summary>Not stated.</summary>
    Unknown,

    /// <summary>A telephone call.</summary>
    Call,

    /// <summary>A video call.</summary>
    VideoCall,

    /// <summary>A meeting in person.</summary>
    Meeting,
}

/// <summary>A fact about the engagement as each side states it.</summary>
/// <param name="Name">What the fact is: "duration", "requestedBy", "format", "location", "date".</param>
/// <param name="Left">The left readout's value, or null where it says nothing.</param>
/// <param name="Right">The right readout's value, or null where it says nothing.</param>
public sealed record EngagementFact(string Name, string? Left, string? Right)
{
    /// <summary>Whether the two values can be compared as one fact (false for free descriptions such as the prior meeting).</summary>
    public bool Comparable { get; init; } = true;

    /// <summary>Whether both sides state a comparable fact and their values differ.</summary>
    public bool Conflict => Comparable && Left is not null && Right is not null && !string.Equals(Left, Right, StringComparison.OrdinalIgnoreCase);
}

/// <summary>What the readouts say about the call or meeting itself.</summary>
/// <param name="Date">ISO date, where a readout states or implies it.</param>
/// <param name="Format">Call, video call or meeting.</param>
/// <param name="Participants">The participants named by either side.</param>
/// <param name="RequestedBy">Who asked for the engagement, where a readout says so.</param>
/// <param name="Facts">Each fact with each side's value.</param>
public sealed record Engagement(string? Date, EngagementFormat Format, ImmutableArray<string> Participants, string? RequestedBy, ImmutableArray<EngagementFact> Facts);

/// <summary>
/// The aligned comparison of two readouts of one engagement. Immutable and safe to share between threads.
/// </summary>
/// <param name="Left">The left readout's analysis (id "L").</param>
/// <param name="Right">The right readout's analysis (id "R").</param>
/// <param name="Rows">The aligned rows, in reading order of the left readout, right-only rows placed near their neighbours.</param>
/// <param name="Tone">Shared and one-sided tone keys.</param>
/// <param name="Engagement">Facts about the engagement and whether the sides agree on them.</param>
[Interactive.TypeFormatterSource(typeof(Interactive.NotebookFormatterSource))]
public sealed record Comparison(ReadoutAnalysis Left, ReadoutAnalysis Right, ImmutableArray<ComparisonRow> Rows, ToneComparison Tone, Engagement Engagement)
{
    /// <summary>Topic × side: for each topic either side addresses, in taxonomy order of first mention, the claims behind each cell.</summary>
    public ImmutableArray<TopicCoverage> Coverage { get; init; } = [];

    /// <summary>
    /// Every link between a left and a right claim, many-to-many, in left-then-right claim order: specific (shared,
    /// divergent) and general. The rows are the display of these links: a row groups linked claims, each claim shown once.
    /// </summary>
    public ImmutableArray<ClaimLink> Links { get; init; } = [];
}
