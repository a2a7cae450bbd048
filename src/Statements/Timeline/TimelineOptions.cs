namespace Statements.Timeline;

/// <summary>How a <see cref="ReadoutTimeline"/> finds formulations. Immutable; the defaults suit an archive of readouts.</summary>
public sealed record TimelineOptions
{
    /// <summary>The defaults.</summary>
    public static TimelineOptions Default { get; } = new();

    /// <summary>The fewest words in a recurring phrase (default 2).</summary>
    public int MinWords { get; init; } = 2;

    /// <summary>The most words in a recurring phrase (default 8).</summary>
    public int MaxWords { get; init; } = 8;

    /// <summary>The fewest readouts of a dyad that must carry a phrase for it to be one of the dyad's formulations (default 2).</summary>
    public int MinReadouts { get; init; } = 2;

    /// <summary>
    /// A phrase carried by readouts of at least this share of the counterparts that have <see cref="BoilerplateMinReadouts"/>
    /// readouts or more is boilerplate ("the two leaders discussed") and no dyad's formulation (default 0.4). Applied only when
    /// at least <see cref="BoilerplateMinCounterparts"/> counterparts have that many readouts.
    /// </summary>
    public double BoilerplateShare { get; init; } = 0.4;

    /// <summary>The readouts a counterpart needs to count in the boilerplate test (default 3).</summary>
    public int BoilerplateMinReadouts { get; init; } = 3;

    /// <summary>The counterparts the boilerplate test needs (default 4); with fewer, nothing is boilerplate.</summary>
    public int BoilerplateMinCounterparts { get; init; } = 4;

    /// <summary>
    /// How many readouts before and after a readout lacking a formulation are looked at (default 3): it is absent where
    /// expected when more than half of those before (from the formulation's first appearance) and more than half of those
    /// after (to its last) carry it.
    /// </summary>
    public int AbsenceWindow { get; init; } = 3;

    /// <summary>The fewest readouts carrying a formulation for its absences to be reported (default 3).</summary>
    public int MinReadoutsForAbsence { get; init; } = 3;
}
