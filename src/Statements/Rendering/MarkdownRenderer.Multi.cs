using System.Globalization;
using System.Text;

namespace Statements.Rendering;

// The Markdown view of an N-way comparison: one column per readout.
public static partial class MarkdownRenderer
{
    /// <summary>
    /// Renders an N-way comparison as Markdown: a heading naming the readouts, the summary, the tone line and matter
    /// counts, and a table with one row per matter: its number, presence strip (■ carries, □ does not), label and topics,
    /// then one column per readout in the order given. Readout text is escaped as for a pair.
    /// </summary>
    public static string Render(MultiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var labels = ComparisonText.ColumnLabels(comparison);
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(Escape(string.Join(" / ", labels)));
        sb.AppendLine();
        for (var i = 0; i < labels.Length; i++)
        {
            var readout = comparison.Readouts[i].Readout;
            sb.Append("- **").Append(comparison.Readouts[i].Id).Append("** ").Append(Escape(labels[i])).Append(comparison.Pivot == i ? " (pivot)" : "")
              .AppendLine(readout.Title is { } title ? ": " + Escape(title) : "");
        }

        sb.AppendLine();
        sb.Append("> ").AppendLine(Escape(ComparisonText.Summary(comparison)));
        sb.AppendLine();
        sb.Append("**Tone:** ").AppendLine(Escape(ComparisonText.ToneLine(comparison)));
        sb.AppendLine();
        foreach (var fact in ComparisonText.FactLines(comparison))
        {
            sb.Append("- ").AppendLine(Escape(fact));
        }

        sb.AppendLine();
        sb.Append("**Matters:** ").AppendLine(Escape(ComparisonText.MatterCounts(comparison)));
        sb.AppendLine();
        sb.Append("| # | carried by | ").Append(string.Join(" | ", labels.Select((l, i) => Escape(comparison.Readouts[i].Id + " " + l)))).AppendLine(" |");
        sb.Append("|---|---|").Append(string.Concat(Enumerable.Repeat("---|", labels.Length))).AppendLine();
        var number = 0;
        foreach (var matter in comparison.Matters)
        {
            number++;
            var meta = ComparisonText.PresenceStrip(matter) + " " + Escape(ComparisonText.MatterLabel(comparison, matter));
            if (matter.Topics.Length > 0)
            {
                meta += "<br>" + Escape(string.Join(", ", matter.Topics));
            }

            if (matter.Score is { } score)
            {
                meta += "<br>score " + score.ToString("0.00", CultureInfo.InvariantCulture);
            }

            sb.Append("| ").Append(number.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(meta);
            for (var i = 0; i < matter.Cells.Length; i++)
            {
                var cell = matter.Cells[i];
                var text = cell.Carries ? Cell(cell.Claims) : "\u2014";
                if (comparison.Pivot is { } pivot && pivot != i && (cell.Carries || matter.Cells[pivot].Carries))
                {
                    text = "_(" + Escape(ComparisonText.AgainstPivot(matter, i, pivot)) + ")_ " + text;
                }

                if (cell.Tone.Length > 0)
                {
                    text += "<br>tone: " + Escape(string.Join(", ", cell.Tone));
                }

                sb.Append(" | ").Append(text);
            }

            sb.AppendLine(" |");
        }

        return sb.ToString();
    }
}
