using System.Globalization;
using System.Text;

namespace Statements.Rendering;

// The HTML view of an N-way comparison: a collation table, one column per readout and a presence strip per matter.
public static partial class HtmlRenderer
{
    /// <summary>The style the N-way table adds to <see cref="HtmlStyle.Css"/>, scoped under <c>.statements</c> like it.</summary>
    private const string MultiCss = """
.statements table.matters{table-layout:fixed}.statements col.strip-col{width:9rem}
.statements .strip{display:flex;gap:2px;margin:.15rem 0}.statements .strip .mark{display:inline-block;min-width:1.1rem;height:1.1rem;border:1px solid var(--muted);border-radius:2px;font-size:.7rem;line-height:1.1rem;text-align:center;color:var(--muted)}
.statements .strip .mark.on{background:var(--fg);color:var(--bg);border-color:var(--fg)}
.statements tr.relation-shared .meta{border-left:4px solid #2e9e55}.statements tr.relation-divergent .meta{border-left:4px solid #d08a00}
.statements tr.relation-single .meta{border-left:4px solid var(--line)}.statements tr.relation-weak .meta{border-left:4px dashed var(--line)}
.statements .pivot-note{display:block;font-size:.8rem;color:var(--muted);font-style:italic}.statements th.pivot{text-decoration:underline}
""";

    /// <summary>A whole page for an N-way comparison.</summary>
    public static string Render(MultiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Page(string.Join(", ", ComparisonText.ColumnLabels(comparison)) + " readouts side by side", RenderFragment(comparison));
    }

    /// <summary>
    /// An N-way comparison as a fragment: the readouts, the summary, tone keys common to all and particular to each, and
    /// a collation table: one row per matter with its presence strip (a filled mark for each readout that carries it) and
    /// one column per readout in the order given, each claim opening onto its source sentence. Every readout text is encoded.
    /// </summary>
    public static string RenderFragment(MultiComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var labels = ComparisonText.ColumnLabels(comparison);
        var n = comparison.Readouts.Length;
        var h = new StringBuilder(32 * 1024);
        Open(h);
        h.Append("<style>").Append(MultiCss).Append("</style>");
        h.Append("<header><h1>").Append(Enc(string.Join(", ", labels))).Append(" <span class=\"vs\">side by side</span></h1><p class=\"sources\">");
        for (var i = 0; i < n; i++)
        {
            h.Append(i > 0 ? " &middot; " : "").Append(Enc(comparison.Readouts[i].Id)).Append(' ').Append(Source(comparison.Readouts[i].Readout, labels[i]));
        }

        h.Append("</p></header><section class=\"summary\"><h2>Summary</h2><ul>");
        foreach (var sentence in ComparisonText.SummarySentences(comparison))
        {
            h.Append("<li>").Append(Enc(sentence)).Append("</li>");
        }

        h.Append("</ul></section><section class=\"tone\"><h2>Tone</h2><p>common to all: ");
        foreach (var key in comparison.Tone.Common)
        {
            h.Append("<span class=\"chip shared\">").Append(Enc(key)).Append("</span> ");
        }

        h.Append(comparison.Tone.Common.IsEmpty ? "<span class=\"none\">(none)</span>" : "").Append("</p><table><thead><tr><th>readout</th><th>the talks</th><th>particular tone keys</th></tr></thead><tbody>");
        for (var i = 0; i < n; i++)
        {
            var tone = comparison.Tone.Readouts[i];
            h.Append("<tr><th>").Append(Enc(comparison.Readouts[i].Id + " " + labels[i])).Append("</th><td>").Append(Enc(tone.Headline?.Text ?? "\u2014")).Append("</td><td>");
            foreach (var key in tone.Particular)
            {
                h.Append("<span class=\"chip\">").Append(Enc(key)).Append("</span> ");
            }

            h.Append("</td></tr>");
        }

        h.Append("</tbody></table></section>");
        var facts = comparison.Facts.Where(f => f.Values.Any(v => v is not null)).ToList();
        if (facts.Count > 0)
        {
            h.Append("<section class=\"facts\"><h2>The engagement</h2><table><thead><tr><th>fact</th>");
            for (var i = 0; i < n; i++)
            {
                h.Append("<th>").Append(Enc(comparison.Readouts[i].Id + " " + labels[i])).Append("</th>");
            }

            h.Append("</tr></thead><tbody>");
            foreach (var fact in facts)
            {
                h.Append(fact.Conflict ? "<tr class=\"conflict\" title=\"the readouts disagree\">" : "<tr>").Append("<th>").Append(Enc(fact.Name)).Append("</th>");
                foreach (var value in fact.Values)
                {
                    h.Append("<td>").Append(Enc(value ?? "\u2014")).Append("</td>");
                }

                h.Append("</tr>");
            }

            h.Append("</tbody></table></section>");
        }

        h.Append("<section class=\"rows\"><h2>Matters side by side</h2><p class=\"counts\">").Append(Enc(ComparisonText.MatterCounts(comparison))).Append("</p>");
        h.Append("<table class=\"rows matters\"><colgroup><col class=\"strip-col\">").Append(string.Concat(Enumerable.Repeat("<col>", n))).Append("</colgroup><thead><tr><th>matter</th>");
        for (var i = 0; i < n; i++)
        {
            h.Append(comparison.Pivot == i ? "<th class=\"pivot\" title=\"all others are read against this readout\">" : "<th>").Append(Enc(comparison.Readouts[i].Id + " " + labels[i])).Append(comparison.Pivot == i ? " (pivot)" : "").Append("</th>");
        }

        h.Append("</tr></thead><tbody>");
        var number = 0;
        foreach (var matter in comparison.Matters)
        {
            number++;
            var relation = Serialization.ComparisonJson.MatterRelationName(matter.Relation);
            h.Append("<tr class=\"row relation-").Append(relation).Append("\" id=\"matter-").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\" data-relation=\"").Append(relation)
             .Append("\" data-carriers=\"").Append(Enc(string.Join(" ", matter.Carriers.Select(i => comparison.Readouts[i].Id)))).Append("\">");
            h.Append("<td class=\"meta\"><span class=\"number\">").Append(number.ToString(CultureInfo.InvariantCulture)).Append("</span> <span class=\"kind\">").Append(Enc(ComparisonText.MatterLabel(comparison, matter))).Append("</span>");
            h.Append("<span class=\"strip\" role=\"img\" aria-label=\"carried by ").Append(Enc(string.Join(", ", matter.Carriers.Select(i => labels[i])))).Append("\">");
            for (var i = 0; i < n; i++)
            {
                var on = matter.Cells[i].Carries;
                h.Append("<span class=\"mark").Append(on ? " on" : "").Append("\" title=\"").Append(Enc(labels[i] + (on ? " carries it" : " does not carry it"))).Append("\">").Append(Enc(comparison.Readouts[i].Id)).Append("</span>");
            }

            h.Append("</span>");
            Marks(h, matter.Score, matter.Topics, matter.Relation is MatterRelation.Shared or MatterRelation.Divergent ? matter.Reasons : []);

            foreach (var note in TextRenderer.MatterNotes(matter))
            {
                h.Append("<span class=\"note\">").Append(Enc(note)).Append("</span>");
            }

            h.Append("</td>");
            for (var i = 0; i < n; i++)
            {
                var analysis = comparison.Readouts[i];
                var cell = matter.Cells[i];
                h.Append("<td class=\"side\"").Append(Lang(analysis.Readout)).Append(" data-side=\"").Append(Enc(labels[i])).Append("\">");
                if (comparison.Pivot is { } pivot && pivot != i && (cell.Carries || matter.Cells[pivot].Carries))
                {
                    h.Append("<span class=\"pivot-note\">").Append(Enc(ComparisonText.AgainstPivot(matter, i, pivot))).Append("</span>");
                }

                if (!cell.Carries)
                {
                    h.Append("<span class=\"absent\">\u2014</span></td>");
                    continue;
                }

                foreach (var claim in cell.Claims)
                {
                    h.Append("<div class=\"claim\" id=\"claim-").Append(Enc(claim.Id)).Append("\"><span class=\"speaker\">").Append(Enc(claim.Speaker)).Append("</span>");
                    if (claim.Cue is { } cue)
                    {
                        h.Append(" <span class=\"cue\">").Append(Enc(cue)).Append("</span>");
                    }

                    Stance(h, claim, analysis.Readout);
                    ClaimWithContext(h, analysis, claim, Enc(claim.Text));
                    h.Append("</div>");
                }

                if (cell.Tone.Length > 0)
                {
                    h.Append("<div class=\"row-tone\">");
                    foreach (var key in cell.Tone)
                    {
                        var category = analysis.ToneHits.FirstOrDefault(t => t.Key == key)?.Category.ToId() ?? "tone";
                        h.Append("<span class=\"chip cat-").Append(category).Append("\" data-category=\"").Append(category).Append("\">").Append(Enc(key)).Append("</span> ");
                    }

                    h.Append("</div>");
                }

                h.Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table></section></div>");
        return h.ToString();
    }
}
