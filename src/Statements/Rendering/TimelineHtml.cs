using System.Globalization;
using System.Net;
using System.Text;
using Statements.Timeline;

namespace Statements.Rendering;

/// <summary>
/// A <see cref="ReadoutTimeline"/> as HTML: one self-contained page (inline CSS, no script, no network; a
/// Content-Security-Policy forbids both) or an embeddable fragment. Per counterpart: the heat map of topics by quarter and
/// the tone lines (<see cref="TimelineChart"/>), the readouts, the formulations with a mark per readout (carried,
/// absent where expected, absent), each readout's new and missing items linking to its text (new formulations and tone
/// words marked in it); then files not read, undated readouts and readouts naming no counterpart. All readout text is
/// HTML-encoded. Thread-safe.
/// </summary>
public static class TimelineHtml
{
    private const string Css = """
.statements .timeline-marks{font-family:ui-monospace,monospace;letter-spacing:1px;white-space:nowrap}
.statements .timeline-marks .on{color:#2e9e55}.statements .timeline-marks .gap{color:#c43b3b}.statements .timeline-marks .off{color:var(--muted)}
.statements .added{color:var(--ins-fg)}.statements .dropped{color:var(--del-fg)}
.statements figure.chart.wide{max-width:100%;overflow-x:auto}.statements figure.chart.wide svg{width:auto;max-width:none}
.statements details.readout blockquote{margin:.3rem 0;padding:.4rem .6rem;background:var(--panel);border-left:3px solid var(--line);white-space:pre-wrap}
""";

    /// <summary>The timeline as one self-contained HTML page.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string Render(ReadoutTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var title = timeline.Counterparts.Length == 1 ? "Readout timeline: " + timeline.Counterparts[0].Counterpart : "Readout timeline";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<meta name=\"generator\" content=\"Statements\">\n<title>" + Enc(title) + "</title>\n</head>\n<body>\n" + RenderFragment(timeline) + "\n</body>\n</html>\n";
    }

    /// <summary>The timeline as an embeddable <c>&lt;div class="statements"&gt;</c> with its own scoped style.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string RenderFragment(ReadoutTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var h = new StringBuilder();
        h.Append("<div class=\"statements timeline\"><style>").Append(HtmlStyle.Css).Append(Css).Append("</style>");
        h.Append("<h1>Readout timeline</h1><p class=\"summary\">").Append(Enc(TimelineTables.Summary(timeline))).Append("</p>");
        if (timeline.Counterparts.Length > 1)
        {
            h.Append("<nav><ul>");
            for (var k = 0; k < timeline.Counterparts.Length; k++)
            {
                h.Append("<li><a href=\"#c").Append(k).Append("\">").Append(Enc(TimelineTables.Heading(timeline.Counterparts[k]))).Append("</a></li>");
            }

            h.Append("</ul></nav>");
        }

        for (var k = 0; k < timeline.Counterparts.Length; k++)
        {
            Counterpart(h, timeline.Counterparts[k], "c" + k.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var table in TimelineTables.Remainder(timeline))
        {
            h.Append("<section><h2>").Append(Enc(table.Title)).Append("</h2>");
            Table(h, table);
            h.Append("</section>");
        }

        return h.Append("</div>").ToString();
    }

    private static void Counterpart(StringBuilder h, CounterpartTimeline c, string id)
    {
        h.Append("<section id=\"").Append(id).Append("\"><h2>").Append(Enc(TimelineTables.Heading(c))).Append("</h2>");
        h.Append("<figure class=\"chart wide\">").Append(TimelineChart.HeatMap(c)).Append("</figure>");
        h.Append("<figure class=\"chart wide\">").Append(TimelineChart.ToneLines(c)).Append("</figure>");

        h.Append("<h3>Readouts</h3><table class=\"readouts\"><thead><tr><th>date</th><th>readout</th><th>format</th><th>participants</th><th>topics</th><th>tone keys</th><th>tone</th><th>claims</th></tr></thead><tbody>");
        for (var i = 0; i < c.Readouts.Length; i++)
        {
            var r = c.Readouts[i];
            h.Append("<tr><td>").Append(Enc(r.DateText)).Append(r.DateSource == TimelineDateSource.Text ? " <small>(from text)</small>" : "").Append("</td>")
             .Append("<td><a href=\"#").Append(id).Append("-r").Append(i).Append("\">").Append(Enc(r.Title ?? r.Id)).Append("</a></td>")
             .Append("<td>").Append(Enc(r.Format ?? "")).Append("</td>")
             .Append("<td>").Append(Enc(string.Join(", ", r.Participants))).Append("</td>")
             .Append("<td>").Append(Enc(string.Join(", ", r.Topics))).Append("</td>")
             .Append("<td>").Append(Enc(string.Join(", ", r.ToneKeys))).Append("</td>")
             .Append("<td>").Append(Enc(TimelineTables.Score(r.Profile.Score))).Append("</td>")
             .Append("<td>").Append(r.ClaimCount).Append("</td></tr>");
        }

        h.Append("</tbody></table>");

        h.Append("<h3>Formulations</h3>");
        if (c.Formulations.IsEmpty)
        {
            h.Append("<p class=\"none\">No recurring formulations.</p>");
        }
        else
        {
            h.Append("<p class=\"legend\">One mark per readout in date order: <span class=\"timeline-marks\"><span class=\"on\">●</span></span> carries it, <span class=\"timeline-marks\"><span class=\"gap\">○</span></span> lacks it where expected, <span class=\"timeline-marks\"><span class=\"off\">·</span></span> lacks it.</p>");
            h.Append("<table class=\"formulations\"><thead><tr><th>formulation</th><th>readouts</th><th>first</th><th>last</th><th>marks</th><th>absent where expected</th></tr></thead><tbody>");
            foreach (var f in c.Formulations)
            {
                var marks = new StringBuilder();
                var words = new List<string>();
                foreach (var r in c.Readouts)
                {
                    var (cls, mark) = f.IsIn(r.Id) ? ("on", "●") : f.ExpectedButAbsent.Contains(r.Id) ? ("gap", "○") : ("off", "·");
                    marks.Append("<span class=\"").Append(cls).Append("\">").Append(mark).Append("</span>");
                }

                h.Append("<tr><td>").Append(Enc(f.Text)).Append(f.Kind == FormulationKind.SetPhrase ? " <small>(set phrase)</small>" : "").Append("</td>")
                 .Append("<td>").Append(f.Count).Append('/').Append(c.Readouts.Length).Append("</td>")
                 .Append("<td>").Append(Link(c, id, f.First)).Append("</td><td>").Append(Link(c, id, f.Last)).Append("</td>")
                 .Append("<td class=\"timeline-marks\" aria-label=\"carried by ").Append(f.Count).Append(" of ").Append(c.Readouts.Length).Append(" readouts\">").Append(marks).Append("</td>")
                 .Append("<td>").Append(string.Join(", ", f.ExpectedButAbsent.Select(a => Link(c, id, a)))).Append("</td></tr>");
            }

            h.Append("</tbody></table>");
        }

        h.Append("<h3>New and missing, readout by readout</h3>");
        for (var i = 0; i < c.Readouts.Length; i++)
        {
            var r = c.Readouts[i];
            var changes = c.Changes[i];
            h.Append("<details class=\"readout\" id=\"").Append(id).Append("-r").Append(i).Append("\"><summary><b>").Append(Enc(r.DateText)).Append("</b> ").Append(Enc(r.Title ?? r.Id));
            if (changes.PreviousId is { } previous)
            {
                h.Append(" <small>against ").Append(Enc(TimelineTables.DateOf(c, previous))).Append(": ")
                 .Append(changes.Added.Count()).Append(" new, ").Append(changes.Dropped.Count()).Append(" missing</small>");
            }

            h.Append("</summary>");
            if (changes.PreviousId is not null)
            {
                h.Append("<ul>");
                foreach (var kind in new[] { ChangeKind.Topic, ChangeKind.Formulation, ChangeKind.ToneKey })
                {
                    var name = kind switch { ChangeKind.Topic => "topics", ChangeKind.Formulation => "formulations", _ => "tone keys" };
                    var added = changes.Changes.Where(x => x.Kind == kind && x.Added).Select(x => x.Label).ToList();
                    var dropped = changes.Changes.Where(x => x.Kind == kind && !x.Added).Select(x => x.Label).ToList();
                    if (added.Count > 0)
                    {
                        h.Append("<li class=\"added\">new ").Append(name).Append(": ").Append(Enc(string.Join("; ", added))).Append("</li>");
                    }

                    if (dropped.Count > 0)
                    {
                        h.Append("<li class=\"dropped\">missing ").Append(name).Append(": ").Append(Enc(string.Join("; ", dropped))).Append("</li>");
                    }
                }

                h.Append("</ul>");
            }

            var marked = changes.Changes.Where(x => x.Added && x.Kind != ChangeKind.Topic).SelectMany(x => x.Spans).OrderBy(s => s.Start).ToList();
            h.Append("<blockquote>").Append(Marked(r.Analysis.Readout.Text, marked)).Append("</blockquote></details>");
        }

        h.Append("<h3>Claims per topic and quarter</h3>");
        Table(h, TimelineTables.Series("Claims per topic and quarter", "topic", c, c.Topics));
        h.Append("<h3>Tone words per category and quarter</h3>");
        Table(h, TimelineTables.Series("Tone words per category and quarter", "tone", c, c.Tone));
        h.Append("</section>");
    }

    private static string Link(CounterpartTimeline c, string id, string readoutId)
    {
        var index = c.Readouts.Select((r, i) => (r, i)).First(p => p.r.Id == readoutId).i;
        return "<a href=\"#" + id + "-r" + index.ToString(CultureInfo.InvariantCulture) + "\">" + Enc(TimelineTables.DateOf(c, readoutId)) + "</a>";
    }

    private static string Marked(string text, List<Span> spans)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (var span in spans)
        {
            if (span.Start < at || span.End > text.Length)
            {
                continue;
            }

            sb.Append(Enc(text[at..span.Start])).Append("<mark>").Append(Enc(text[span.Start..span.End])).Append("</mark>");
            at = span.End;
        }

        return sb.Append(Enc(text[at..])).ToString();
    }

    private static void Table(StringBuilder h, TimelineTable table)
    {
        if (table.Rows.IsEmpty)
        {
            h.Append("<p class=\"none\">(none)</p>");
            return;
        }

        h.Append("<table><thead><tr>");
        foreach (var head in table.Header)
        {
            h.Append("<th>").Append(Enc(head)).Append("</th>");
        }

        h.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            h.Append("<tr>");
            foreach (var cell in row)
            {
                h.Append("<td>").Append(Enc(cell)).Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table>");
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);
}
