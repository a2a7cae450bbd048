using System.Globalization;
using System.Text;

namespace Statements.Rendering;

// The CSV of an N-way comparison: one record per matter, one column per readout.
public static partial class CsvRenderer
{
    /// <summary>
    /// One record per matter of an N-way comparison: number, relation, carriers (readout ids joined by spaces), topics,
    /// score, then one field per readout in column order holding its claims' texts (joined by a line break; empty where the
    /// readout does not carry the matter). The header names each readout column by id and label ("A US", "B China").
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="guardFormulas">Whether fields that would start a spreadsheet formula get a leading apostrophe.</param>
    public static string Render(MultiComparison comparison, bool guardFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var labels = ComparisonText.ColumnLabels(comparison);
        var sb = new StringBuilder();
        string[] header = ["number", "relation", "carriers", "topics", "score", .. labels.Select((l, i) => comparison.Readouts[i].Id + " " + l)];
        Record(sb, guardFormulas, header);
        var number = 0;
        foreach (var matter in comparison.Matters)
        {
            number++;
            string[] fields =
            [
                number.ToString(CultureInfo.InvariantCulture),
                Serialization.ComparisonJson.MatterRelationName(matter.Relation),
                string.Join(" ", matter.Carriers.Select(i => comparison.Readouts[i].Id)),
                string.Join(", ", matter.Topics),
                matter.Score?.ToString("0.###", CultureInfo.InvariantCulture) ?? "",
                .. matter.Cells.Select(c => string.Join("\n", c.Claims.Select(k => k.Text))),
            ];
            Record(sb, guardFormulas, fields);
        }

        return sb.ToString();
    }
}
