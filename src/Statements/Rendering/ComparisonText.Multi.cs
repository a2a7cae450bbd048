using System.Collections.Immutable;
using System.Globalization;
using Statements.Topics;

namespace Statements.Rendering;

// The phrases of an N-way comparison (MultiComparison), shared by its text, Markdown, HTML and CSV views.
public static partial class ComparisonText
{
    /// <summary>
    /// The labels of the columns, in order: "US", "China", ...; readouts of the same side are told apart by their file
    /// name ("China (cn.txt)", "China (article.txt)") and, failing that, by their column id.
    /// </summary>
    public static ImmutableArray<string> ColumnLabels(MultiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sides = comparison.Readouts.Select(a => ShortSide(a.Readout.Side)).ToArray();
        var labels = sides.Select((side, i) => sides.Count(s => s == side) > 1 && comparison.Readouts[i].Readout.Name is { } name ? $"{side} ({name})" : side).ToArray();
        return [.. labels.Select((label, i) => labels.Count(l => l == label) > 1 ? $"{label} {comparison.Readouts[i].Id}" : label)];
    }

    /// <summary>
    /// The label of a matter for people: "all 4", "3 of 4 (divergent)", "US only", "China only (weak counterpart)".
    /// </summary>
    public static string MatterLabel(MultiComparison comparison, Matter matter)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(matter);
        var carriers = matter.Carriers;
        var n = comparison.Readouts.Length;
        var who = carriers.Length == n ? "all " + n.ToString(CultureInfo.InvariantCulture)
            : carriers.Length == 1 ? ColumnLabels(comparison)[carriers[0]] + " only"
            : carriers.Length.ToString(CultureInfo.InvariantCulture) + " of " + n.ToString(CultureInfo.InvariantCulture);
        return matter.Relation switch
        {
            MatterRelation.Divergent => who + " (divergent)",
            MatterRelation.Weak => who + " (weak counterpart)",
            _ => who,
        };
    }

    /// <summary>The presence strip of a matter, one mark per column: ■ where the readout carries it, □ where it does not.</summary>
    public static string PresenceStrip(Matter matter)
    {
        ArgumentNullException.ThrowIfNull(matter);
        return string.Concat(matter.Cells.Select(c => c.Carries ? '\u25A0' : '\u25A1'));
    }

    /// <summary>
    /// How column <paramref name="column"/> stands to the pivot on a matter: "pivot", "shared with the pivot",
    /// "divergent from the pivot", "joined to the pivot through another readout", "not in the pivot", "absent".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> or <paramref name="pivot"/> is not a column of the matter.</exception>
    public static string AgainstPivot(Matter matter, int column, int pivot)
    {
        ArgumentNullException.ThrowIfNull(matter);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfNegative(pivot);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, matter.Cells.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pivot, matter.Cells.Length);
        if (column == pivot)
        {
            return "pivot";
        }

        var (mine, theirs) = (matter.Cells[column].Carries, matter.Cells[pivot].Carries);
        if (!mine)
        {
            return "absent";
        }

        if (!theirs)
        {
            return "not in the pivot";
        }

        var links = matter.LinksBetween(column, pivot);
        return links.IsEmpty ? "joined to the pivot through another readout"
            : links.Any(k => k.Relation == LinkRelation.Divergent) ? "divergent from the pivot"
            : "shared with the pivot";
    }

    /// <summary>Counts of matters: "4 carried by all, 3 by some, 12 by one only (2 divergent, 3 weak)".</summary>
    public static string MatterCounts(MultiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var all = comparison.Matters.Count(m => m.IsCommon);
        var single = comparison.Matters.Count(m => m.Carriers.Length == 1);
        var some = comparison.Matters.Length - all - single;
        var divergent = comparison.Matters.Count(m => m.Relation == MatterRelation.Divergent);
        var weak = comparison.Matters.Count(m => m.Relation == MatterRelation.Weak);
        return $"{N(all)} carried by all, {N(some)} by some, {N(single)} by one only ({N(divergent)} divergent, {N(weak)} weak)";
    }

    /// <summary>The tone keys in one line: "all: candid; China only: in-depth; US only: constructive; article (US) only: (none)".</summary>
    public static string ToneLine(MultiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var labels = ColumnLabels(comparison);
        return string.Join("; ", comparison.Tone.Readouts.Select((t, i) => labels[i] + " only: " + List(t.Particular)).Prepend("all: " + List(comparison.Tone.Common)));
    }

    /// <summary>The engagement facts in one line each: "duration: US 1 hour and 45 minutes; China does not say; ...", "(all)" where every readout gives one value.</summary>
    public static IEnumerable<string> FactLines(MultiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var labels = ColumnLabels(comparison);
        return comparison.Facts.Where(f => f.Values.Any(v => v is not null)).Select(fact =>
        {
            var values = fact.Values;
            var line = values.All(v => v is not null) && values.Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1
                ? $"{fact.Name}: {values[0]} (all)"
                : $"{fact.Name}: " + string.Join("; ", values.Select((v, i) => $"{labels[i]} {v ?? "does not say"}"));
            return fact.Conflict ? line + "  [the readouts disagree]" : line;
        }).ToList();
    }

    /// <summary>The summary of an N-way comparison in words (see <see cref="SummarySentences(MultiComparison)"/>).</summary>
    public static string Summary(MultiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return string.Join(" ", SummarySentences(comparison));
    }

    /// <summary>
    /// A few sentences in words from an N-way comparison's facts: how the readouts describe the talks (what all say, what
    /// one adds), how many matters all the readouts share and how many only some or one carry, the points only one readout
    /// carries and those one readout alone leaves out, the topics all raise and those only one raises, and the tone keys
    /// common to all and particular to one. Every view shows the same sentences.
    /// </summary>
    /// <example>"All three readouts call the talks candid; only the Chinese readout adds in-depth."</example>
    public static ImmutableArray<string> SummarySentences(MultiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var n = comparison.Readouts.Length;
        var names = ReadoutNames(comparison);
        var sentences = ImmutableArray.CreateBuilder<string>();
        var every = n == 2 ? "both readouts" : "all " + Number(n) + " readouts";

        // How the talks are described.
        var headlines = comparison.Tone.Readouts.Select(t => t.Headline).ToList();
        var described = Enumerable.Range(0, n).Where(i => headlines[i] is not null).ToList();
        if (described.Count > 0)
        {
            var common = headlines[described[0]]!.Keys.Where(k => described.All(i => headlines[i]!.Keys.Contains(k))).ToList();
            var parts = new List<string>();
            var whoDescribes = described.Count == n ? every : AndList([.. described.Select(i => names[i])], int.MaxValue);
            if (common.Count > 0 && described.Count > 1)
            {
                parts.Add(Capitalize(whoDescribes) + " call the talks " + AndList(common, int.MaxValue));
                foreach (var i in described)
                {
                    var extra = headlines[i]!.Keys.Where(k => !common.Contains(k)).ToList();
                    if (extra.Count > 0)
                    {
                        parts.Add("only " + names[i] + " adds " + AndList(extra, int.MaxValue));
                    }
                }
            }
            else
            {
                parts.AddRange(described.Select(i => (parts.Count == 0 ? Capitalize(names[i]) : names[i]) + " calls them " + headlines[i]!.Text));
                if (parts.Count > 0)
                {
                    parts[0] = parts[0].Replace(" calls them ", " calls the talks ", StringComparison.Ordinal);
                }
            }

            var silent = Enumerable.Range(0, n).Where(i => headlines[i] is null).Select(i => names[i]).ToList();
            if (silent.Count > 0)
            {
                parts.Add(AndList(silent, int.MaxValue) + (silent.Count == 1 ? " gives" : " give") + " no such description");
            }

            sentences.Add(string.Join("; ", parts) + ".");
        }

        // The matters: how many all share, how many some or one carry.
        var matters = comparison.Matters;
        if (matters.IsEmpty)
        {
            sentences.Add("No readout makes a claim.");
            return sentences.ToImmutable();
        }

        var all = matters.Count(m => m.IsCommon);
        var single = matters.Count(m => m.Carriers.Length == 1);
        var some = matters.Length - all - single;
        var divergent = matters.Count(m => m.Relation == MatterRelation.Divergent);
        var counts = $"Of {Count(matters.Length, "matter")}, {N(all)} {(all == 1 ? "is" : "are")} carried by {every}";
        if (n > 2)
        {
            counts += $", {N(some)} by {(n == 3 ? "two" : "two to " + Number(n - 1))}";
        }

        counts += $" and {N(single)} by one only";
        if (divergent > 0)
        {
            counts += $"; {N(divergent)} of the shared ones {(divergent == 1 ? "is" : "are")} framed differently";
        }

        sentences.Add(counts + ".");

        // Points only one readout carries, with their telling topics.
        var onlyParts = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var only = matters.Where(m => m.Carriers.Length == 1 && m.Cells[i].Carries && m.Relation == MatterRelation.Single).ToList();
            if (only.Count == 0)
            {
                continue;
            }

            var topics = only.SelectMany(m => m.Topics).Where(t => t is not (TopicTaxonomy.Other or "bilateral-relations" or "leader-diplomacy")).Distinct(StringComparer.Ordinal).Select(TopicLabel).ToList();
            onlyParts.Add(names[i] + " " + Count(only.Count, "point") + (topics.Count > 0 ? " (on " + AndList(topics, 3) + ")" : ""));
        }

        if (onlyParts.Count > 0 && n > 1)
        {
            sentences.Add("Carried by one readout alone: " + AndList(onlyParts, int.MaxValue) + ".");
        }

        // Points every other readout carries that one leaves out.
        if (n > 2)
        {
            var missing = new List<string>();
            for (var i = 0; i < n; i++)
            {
                var column = i;
                var lacks = matters.Count(m => !m.Cells[column].Carries && m.Carriers.Length == n - 1);
                if (lacks > 0)
                {
                    missing.Add(names[i] + " leaves out " + Count(lacks, "point") + " all the others carry");
                }
            }

            if (missing.Count > 0)
            {
                sentences.Add(Capitalize(string.Join("; ", missing)) + ".");
            }
        }

        // Topics all raise, and topics only one raises.
        var raised = comparison.Readouts.Select(a => a.Topics.Where(t => t != TopicTaxonomy.Other).ToHashSet(StringComparer.Ordinal)).ToList();
        var shared = comparison.Readouts[0].Topics.Where(t => t != TopicTaxonomy.Other && raised.All(s => s.Contains(t))).Select(TopicLabel).ToList();
        var topicParts = new List<string>();
        if (shared.Count > 0)
        {
            topicParts.Add(Capitalize(every) + " raise " + AndList(shared, 5));
        }

        for (var i = 0; i < n; i++)
        {
            var mine = i;
            var own = comparison.Readouts[i].Topics.Where(t => t != TopicTaxonomy.Other && raised.Where((_, j) => j != mine).All(s => !s.Contains(t))).Select(TopicLabel).ToList();
            if (own.Count > 0)
            {
                topicParts.Add("only " + names[i] + " raises " + AndList(own, 4));
            }
        }

        if (topicParts.Count > 0)
        {
            sentences.Add(Capitalize(string.Join("; ", topicParts)) + ".");
        }

        // Who says who asked for the engagement, and the facts the readouts disagree on.
        foreach (var fact in comparison.Facts)
        {
            var stating = Enumerable.Range(0, n).Where(i => fact.Values[i] is not null).ToList();
            if (stating.Count == 0)
            {
                continue;
            }

            if (fact.Conflict)
            {
                sentences.Add("The readouts disagree on the " + FactName(fact.Name) + ": " + AndList([.. stating.Select(i => names[i] + " gives " + fact.Values[i])], int.MaxValue) + ".");
            }
            else if (fact.Name == "requestedBy")
            {
                var teller = stating.Count == n ? Capitalize(every) + " say" : Capitalize(AndList([.. stating.Select(i => names[i])], int.MaxValue)) + (stating.Count == 1 ? " says" : " say");
                sentences.Add(teller + " the engagement was at the request of " + fact.Values[stating[0]] + ".");
            }
        }

        // Tone keys common to all and particular to one.
        var toneParts = new List<string>();
        if (!comparison.Tone.Common.IsEmpty)
        {
            toneParts.Add("The tone words common to " + every + " are " + AndList([.. comparison.Tone.Common], 6));
        }

        for (var i = 0; i < n; i++)
        {
            if (!comparison.Tone.Readouts[i].Particular.IsEmpty)
            {
                toneParts.Add("only " + names[i] + " uses " + AndList([.. comparison.Tone.Readouts[i].Particular], 4));
            }
        }

        if (toneParts.Count > 0)
        {
            sentences.Add(Capitalize(string.Join("; ", toneParts)) + ".");
        }

        return sentences.ToImmutable();
    }

    /// <summary>How prose names each column's readout: "the Chinese readout", or "the China (cn.txt) readout" where two share a side.</summary>
    private static string[] ReadoutNames(MultiComparison comparison)
    {
        var labels = ColumnLabels(comparison);
        return [.. comparison.Readouts.Select((a, i) => labels[i] == ShortSide(a.Readout.Side) ? ReadoutName(a.Readout.Side) : "the " + labels[i] + " readout")];
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(int n) => n switch
    {
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        7 => "seven",
        8 => "eight",
        9 => "nine",
        _ => N(n),
    };
}
