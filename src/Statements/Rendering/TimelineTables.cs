using System.Collections.Immutable;
using System.Globalization;
using Statements.Timeline;

namespace Statements.Rendering;

/// <summary>A titled table of a timeline view: a header row and rows of cells, shared by the text, Markdown and HTML views.</summary>
internal sealed record TimelineTable(string Title, ImmutableArray<string> Header, ImmutableArray<ImmutableArray<string>> Rows);

/// <summary>
/// The content of a timeline as tables, so text, Markdown and HTML say the same thing: per counterpart its readouts,
/// formulations, new and missing items per readout, and topic and tone counts per quarter; then the files that could not
/// be read, the undated readouts and those with no counterpart.
/// </summary>
internal static class TimelineTables
{
    public static string Heading(CounterpartTimeline timeline)
    {
        var dated = timeline.Readouts.Where(r => r.Date is not null).ToList();
        var span = dated.Count == 0 ? "" : $", {dated[0].DateText} to {dated[^1].DateText}";
        var side = timeline.Side.Length == 0 ? "" : $" ({timeline.Side} readouts)";
        return $"{timeline.Counterpart}{side}: {Count(timeline.Readouts.Length, "readout")}{span}";
    }

    public static TimelineTable Readouts(CounterpartTimeline timeline) => new(
        "Readouts",
        ["date", "readout", "format", "participants", "topics", "tone keys", "tone", "claims"],
        [.. timeline.Readouts.Select(r => ImmutableArray.Create(
            r.DateText + (r.DateSource == TimelineDateSource.Text ? " (from text)" : ""),
            r.Title ?? r.Id,
            r.Format ?? "",
            string.Join(", ", r.Participants),
            string.Join(", ", r.Topics),
            string.Join(", ", r.ToneKeys),
            Score(r.Profile.Score),
            r.ClaimCount.ToString(CultureInfo.InvariantCulture)))]);

    public static TimelineTable Formulations(CounterpartTimeline timeline) => new(
        "Formulations",
        ["formulation", "kind", "readouts", "first", "last", "absent where expected"],
        [.. timeline.Formulations.Select(f => ImmutableArray.Create(
            f.Text,
            f.Kind == FormulationKind.SetPhrase ? "set phrase" : "phrase",
            f.Count.ToString(CultureInfo.InvariantCulture) + "/" + timeline.Readouts.Length.ToString(CultureInfo.InvariantCulture),
            DateOf(timeline, f.First),
            DateOf(timeline, f.Last),
            string.Join(", ", f.ExpectedButAbsent.Select(id => DateOf(timeline, id)))))]);

    public static TimelineTable Changes(CounterpartTimeline timeline) => new(
        "New and missing against the previous readout",
        ["date", "previous", "new topics", "missing topics", "new formulations", "missing formulations", "new tone keys", "missing tone keys"],
        [.. timeline.Changes.Where(c => c.PreviousId is not null).Select(c => ImmutableArray.Create(
            DateOf(timeline, c.ReadoutId),
            DateOf(timeline, c.PreviousId!),
            Labels(c, ChangeKind.Topic, true),
            Labels(c, ChangeKind.Topic, false),
            Labels(c, ChangeKind.Formulation, true),
            Labels(c, ChangeKind.Formulation, false),
            Labels(c, ChangeKind.ToneKey, true),
            Labels(c, ChangeKind.ToneKey, false)))]);

    public static TimelineTable Series(string title, string what, CounterpartTimeline timeline, ImmutableArray<TimelineSeries> series) => new(
        title,
        [what, .. timeline.Quarters],
        [.. series.Select(s => ImmutableArray.Create<string>([s.Key, .. s.PerQuarter.Select(n => n.ToString(CultureInfo.InvariantCulture))]))]);

    public static IEnumerable<TimelineTable> For(CounterpartTimeline timeline)
    {
        yield return Readouts(timeline);
        yield return Formulations(timeline);
        yield return Changes(timeline);
        yield return Series("Claims per topic and quarter", "topic", timeline, timeline.Topics);
        yield return Series("Tone words per category and quarter", "tone", timeline, timeline.Tone);
    }

    /// <summary>Problems, undated readouts and readouts with no counterpart, each table only when it has rows.</summary>
    public static IEnumerable<TimelineTable> Remainder(ReadoutTimeline timeline)
    {
        if (!timeline.Problems.IsEmpty)
        {
            yield return new TimelineTable("Files not read", ["file", "reason"], [.. timeline.Problems.Select(p => ImmutableArray.Create(p.Path, p.Reason))]);
        }

        if (!timeline.Undated.IsEmpty)
        {
            yield return new TimelineTable("Undated readouts", ["readout", "counterparts"], [.. timeline.Undated.Select(r => ImmutableArray.Create(r.Title ?? r.Id, string.Join(", ", r.Counterparts)))]);
        }

        if (!timeline.Unassigned.IsEmpty)
        {
            yield return new TimelineTable("Readouts naming no counterpart", ["date", "readout"], [.. timeline.Unassigned.Select(r => ImmutableArray.Create(r.DateText, r.Title ?? r.Id))]);
        }
    }

    public static string Summary(ReadoutTimeline timeline) =>
        $"{Count(timeline.Readouts.Length, "readout")}, {Count(timeline.Counterparts.Length, "counterpart")}" +
        (timeline.Problems.IsEmpty ? "" : $", {Count(timeline.Problems.Length, "file")} not read") +
        (timeline.Undated.IsEmpty ? "" : $", {timeline.Undated.Length} undated") +
        (timeline.Unassigned.IsEmpty ? "" : $", {timeline.Unassigned.Length} naming no counterpart") + ".";

    public static string DateOf(CounterpartTimeline timeline, string id)
    {
        var readout = timeline.GetReadout(id);
        var sameDay = timeline.Readouts.Count(r => r.Date == readout.Date);
        return sameDay > 1 ? readout.DateText + " (" + (timeline.Readouts.Where(r => r.Date == readout.Date).ToList().IndexOf(readout) + 1).ToString(CultureInfo.InvariantCulture) + ")" : readout.DateText;
    }

    public static string Score(double? score) => score is { } s ? s.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "";

    private static string Labels(ReadoutChanges changes, ChangeKind kind, bool added) =>
        string.Join(", ", changes.Changes.Where(c => c.Kind == kind && c.Added == added).Select(c => c.Label));

    private static string Count(int n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
