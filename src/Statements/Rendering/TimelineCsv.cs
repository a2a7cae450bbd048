using System.Globalization;
using System.Text;
using Statements.Timeline;

namespace Statements.Rendering;

/// <summary>
/// A <see cref="ReadoutTimeline"/> as CSV (RFC 4180): one record per readout of each counterpart, in timeline order,
/// with its date, format, participants, topics, tone keys, tone score, claim count and what it adds and drops against the
/// previous readout of the dyad. Thread-safe.
/// </summary>
public static class TimelineCsv
{
    /// <summary>The CSV text, with a header record.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="guardFormulas">Put an apostrophe before a field a spreadsheet would run as a formula (see <see cref="CsvRenderer.Field"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string Render(ReadoutTimeline timeline, bool guardFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var sb = new StringBuilder();
        sb.Append("counterpart,date,date_source,readout,title,format,participants,topics,tone_keys,tone_score,claims,")
          .Append("new_topics,missing_topics,new_formulations,missing_formulations,new_tone_keys,missing_tone_keys\r\n");
        foreach (var c in timeline.Counterparts)
        {
            for (var i = 0; i < c.Readouts.Length; i++)
            {
                var r = c.Readouts[i];
                var changes = c.Changes[i];
                string Labels(ChangeKind kind, bool added) => string.Join("; ", changes.Changes.Where(x => x.Kind == kind && x.Added == added).Select(x => x.Label));
                string[] fields =
                [
                    c.Counterpart, r.Date is null ? "" : r.DateText, r.DateSource.ToString().ToLowerInvariant(), r.Id, r.Title ?? "", r.Format ?? "",
                    string.Join("; ", r.Participants), string.Join("; ", r.Topics), string.Join("; ", r.ToneKeys), TimelineTables.Score(r.Profile.Score),
                    r.ClaimCount.ToString(CultureInfo.InvariantCulture),
                    Labels(ChangeKind.Topic, true), Labels(ChangeKind.Topic, false), Labels(ChangeKind.Formulation, true), Labels(ChangeKind.Formulation, false),
                    Labels(ChangeKind.ToneKey, true), Labels(ChangeKind.ToneKey, false),
                ];
                sb.AppendJoin(',', fields.Select(f => CsvRenderer.Field(f, guardFormulas))).Append("\r\n");
            }
        }

        return sb.ToString();
    }
}
