using System.Globalization;
using System.Text;

namespace Statements.Rendering;

// The text view of an N-way comparison: one column per readout.
public static partial class TextRenderer
{
    /// <summary>The narrowest a readout's column gets; below it the cells are listed one under another.</summary>
    internal const int MinColumn = 16;

    /// <summary>
    /// Renders an N-way comparison for a terminal <paramref name="width"/> columns wide (at least 40): the readouts,
    /// tone line, matter counts and summary, then each matter with its presence strip (■ carries, □ does not) and one
    /// wrapped column per readout, in the order given. Where the columns would be narrower than 16 characters, each
    /// matter lists its readouts' claims one under another instead. With a pivot, each cell says how it stands to the pivot.
    /// </summary>
    public static string Render(MultiComparison comparison, int width = 120)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        width = Math.Max(40, width);
        var labels = ComparisonText.ColumnLabels(comparison);
        var n = comparison.Readouts.Length;
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            var readout = comparison.Readouts[i].Readout;
            var line = $"{comparison.Readouts[i].Id}  {labels[i]}{(comparison.Pivot == i ? " (pivot)" : "")}{(readout.Publisher is { } p ? " - " + Flatten(p) : "")}{(readout.Title is { } t ? ": " + Flatten(t) : "")}";
            sb.AppendLine(DisplayWidth.Of(line) > width ? line[..DisplayWidth.Fit(line, width - 3)] + "..." : line);
        }

        sb.AppendLine(new string('=', width));
        Labelled(sb, "Tone", ComparisonText.ToneLine(comparison), width);
        foreach (var fact in ComparisonText.FactLines(comparison))
        {
            Labelled(sb, "Fact", fact, width);
        }

        Labelled(sb, "Matters", ComparisonText.MatterCounts(comparison), width);
        Labelled(sb, "Summary", ComparisonText.Summary(comparison), width);
        sb.AppendLine(new string('=', width));

        var column = (width - (3 * (n - 1))) / n;
        var side = column >= MinColumn;
        if (side)
        {
            sb.AppendLine(string.Join(" | ", labels.Select((l, i) => Pad(Cut(comparison.Readouts[i].Id + " " + l + (comparison.Pivot == i ? " (pivot)" : ""), column), column))).TrimEnd());
        }

        var number = 0;
        foreach (var matter in comparison.Matters)
        {
            number++;
            sb.AppendLine(new string('-', width));
            var head = new StringBuilder().Append('[').Append(number.ToString(CultureInfo.InvariantCulture)).Append("] ").Append(ComparisonText.PresenceStrip(matter)).Append(' ')
                .Append(ComparisonText.MatterLabel(comparison, matter).ToUpperInvariant());
            if (matter.Topics.Length > 0)
            {
                head.Append("  (").Append(string.Join(", ", matter.Topics)).Append(')');
            }

            if (matter.Score is { } score)
            {
                head.Append("  score ").Append(score.ToString("0.00", CultureInfo.InvariantCulture));
            }

            foreach (var line in Wrap(head.ToString(), width))
            {
                sb.AppendLine(line);
            }

            var cells = Enumerable.Range(0, n).Select(i => CellParts(comparison, matter, i)).ToList();
            if (side)
            {
                // Each claim starts a line of its own within its column.
                var wrapped = cells.Select(c => c.SelectMany(part => Wrap(part, column)).ToList()).ToList();
                var height = wrapped.Max(w => w.Count);
                for (var row = 0; row < height; row++)
                {
                    sb.AppendLine(string.Join(" | ", wrapped.Select(w => Pad(row < w.Count ? w[row] : "", column))).TrimEnd());
                }
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var lines = Wrap($"{comparison.Readouts[i].Id} {labels[i]}: {(cells[i].Count == 0 ? "-" : string.Join(" ", cells[i]))}", width - 4);
                    for (var k = 0; k < lines.Count; k++)
                    {
                        sb.Append(k == 0 ? "  " : "    ").AppendLine(lines[k]);
                    }
                }
            }

            if (matter.Relation is MatterRelation.Shared or MatterRelation.Divergent && matter.Reasons.Length > 0)
            {
                foreach (var line in Wrap("why: " + string.Join("; ", matter.Reasons), width - 4))
                {
                    sb.Append("    ").AppendLine(line);
                }
            }

            foreach (var note in MatterNotes(matter))
            {
                foreach (var line in Wrap(note, width - 4))
                {
                    sb.Append("    ").AppendLine(line);
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>What a reader needs beside a matter's texts: what matched, the nearest counterpart, general mentions elsewhere.</summary>
    internal static IEnumerable<string> MatterNotes(Matter matter)
    {
        if (matter.Evidence.Length > 0)
        {
            yield return "evidence: " + string.Join("; ", matter.Evidence);
        }

        if (matter.Nearest is { } nearest)
        {
            yield return $"nearest: {nearest.Claim.Id} ({nearest.Score.ToString("0.00", CultureInfo.InvariantCulture)}, too weak to link): \"{Flatten(nearest.Claim.Text)}\"";
        }

        if (matter.GeneralLinks.Length > 0)
        {
            var own = matter.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var others = matter.GeneralLinks.Select(k => own.Contains(k.Left.Id) ? k.Right : k.Left).DistinctBy(c => c.Id).Select(c => c.Id);
            yield return "named only in general terms by " + string.Join(", ", others);
        }
    }

    /// <summary>A cell's parts: with a pivot how it stands to the pivot, its claims with ids and speakers, its tone keys.</summary>
    private static List<string> CellParts(MultiComparison comparison, Matter matter, int column)
    {
        var cell = matter.Cells[column];
        var parts = new List<string>();
        if (comparison.Pivot is { } pivot && pivot != column && (cell.Carries || matter.Cells[pivot].Carries))
        {
            parts.Add("(" + ComparisonText.AgainstPivot(matter, column, pivot) + ")");
        }

        parts.AddRange(cell.Claims.Select(Line));
        if (cell.Tone.Length > 0)
        {
            parts.Add("tone: " + string.Join(", ", cell.Tone));
        }

        return parts;
    }

    private static void Labelled(StringBuilder sb, string label, string text, int width)
    {
        var lines = Wrap(text, width - 10);
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(i == 0 ? Pad(label, 10) : new string(' ', 10)).AppendLine(lines[i]);
        }
    }

    private static string Cut(string text, int width) => DisplayWidth.Of(text) <= width ? text : text[..DisplayWidth.Fit(text, width)];
}
