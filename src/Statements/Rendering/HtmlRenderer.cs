using System.Globalization;
using System.Net;
using System.Text;

namespace Statements.Rendering;

/// <summary>
/// Renders comparisons and analyses as HTML: a self-contained page (<see cref="Render(Comparison)"/>: inline CSS,
/// no script, no network, a Content-Security-Policy that forbids both) or a fragment for embedding in a notebook
/// or another page (<c>RenderFragment</c>: one <c>&lt;div class="statements"&gt;</c> carrying its own scoped
/// style). Every piece of readout text is HTML-encoded, so a readout holding <c>&lt;script&gt;</c> shows it as
/// text. A claim's source sentence, with its neighbours, opens on click (<c>&lt;details&gt;</c>) and shows on
/// hover (<c>title</c>). Stateless and thread-safe.
/// </summary>
public static partial class HtmlRenderer
{
    /// <summary>The most characters of context shown around a claim's sentence.</summary>
    private const int ContextLimit = 1200;

    /// <summary>A whole page for <paramref name="comparison"/>.</summary>
    public static string Render(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (left, right) = ComparisonText.SideLabels(comparison);
        return Page(left + " and " + right + " readouts compared", RenderFragment(comparison));
    }

    /// <summary>A whole page for one readout's analysis.</summary>
    public static string Render(ReadoutAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Page(analysis.Readout.Title ?? analysis.Readout.Side + " readout", RenderFragment(analysis));
    }

    /// <summary>
    /// The comparison as a fragment: summary, tone chips by category, engagement facts, topic coverage, and the
    /// rows in two columns aligned by row with the word diff coloured.
    /// </summary>
    public static string RenderFragment(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (leftLabel, rightLabel) = ComparisonText.SideLabels(comparison);
        var h = new StringBuilder(16 * 1024);
        Open(h);
        h.Append("<header><h1>").Append(Title(comparison.Left.Readout, leftLabel)).Append(" <span class=\"vs\">and</span> ")
         .Append(Title(comparison.Right.Readout, rightLabel)).Append("</h1>");
        h.Append("<p class=\"sources\">").Append(Source(comparison.Left.Readout, leftLabel)).Append(" &middot; ").Append(Source(comparison.Right.Readout, rightLabel)).Append("</p></header>");

        h.Append("<section class=\"summary\"><h2>Summary</h2><ul>");
        foreach (var sentence in ComparisonText.SummarySentences(comparison))
        {
            h.Append("<li>").Append(Enc(sentence)).Append("</li>");
        }

        h.Append("</ul></section>");

        h.Append("<section class=\"tone\"><h2>Tone</h2>");
        if (comparison.Tone.LeftHeadline is not null || comparison.Tone.RightHeadline is not null)
        {
            h.Append("<p class=\"talks\">The talks, as each side puts it: <b>").Append(Enc(leftLabel)).Append("</b> ")
             .Append(Quoted(comparison.Left.Readout, comparison.Tone.LeftHeadline?.Text)).Append("; <b>").Append(Enc(rightLabel)).Append("</b> ")
             .Append(Quoted(comparison.Right.Readout, comparison.Tone.RightHeadline?.Text)).Append("</p>");
        }

        h.Append("<div class=\"columns\">");
        ToneChips(h, leftLabel, comparison.Left, comparison.Tone.Shared);
        ToneChips(h, rightLabel, comparison.Right, comparison.Tone.Shared);
        h.Append("</div><p class=\"legend\">A chip with a solid border is used by both sides.</p>");
        h.Append("<figure class=\"chart\">").Append(ToneChart.Svg(comparison)).Append("</figure></section>");

        var facts = comparison.Engagement.Facts.Where(f => f.Left is not null || f.Right is not null).ToList();
        if (facts.Count > 0)
        {
            h.Append("<section class=\"facts\"><h2>The engagement</h2><table><thead><tr><th>fact</th><th>").Append(Enc(leftLabel)).Append("</th><th>").Append(Enc(rightLabel)).Append("</th></tr></thead><tbody>");
            foreach (var fact in facts)
            {
                h.Append(fact.Conflict ? "<tr class=\"conflict\" title=\"the sides disagree\">" : "<tr>")
                 .Append("<th>").Append(Enc(fact.Name)).Append("</th><td").Append(Lang(comparison.Left.Readout)).Append('>').Append(Enc(fact.Left ?? "\u2014"))
                 .Append("</td><td").Append(Lang(comparison.Right.Readout)).Append('>').Append(Enc(fact.Right ?? "\u2014")).Append("</td></tr>");
            }

            h.Append("</tbody></table></section>");
        }

        Coverage(h, comparison, leftLabel, rightLabel);
        Rows(h, comparison, comparison.Rows, leftLabel, rightLabel, ComparisonText.RowCounts(comparison));
        h.Append("</div>");
        return h.ToString();
    }

    /// <summary>One readout's analysis as a fragment: tone chips, topics and a table of its claims with their source sentences.</summary>
    public static string RenderFragment(ReadoutAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var side = ComparisonText.ShortSide(analysis.Readout.Side);
        var h = new StringBuilder(8 * 1024);
        Open(h);
        h.Append("<header><h1>").Append(Title(analysis.Readout, side)).Append("</h1><p class=\"sources\">").Append(Source(analysis.Readout, side)).Append("</p></header>");
        h.Append("<section class=\"tone\"><h2>Tone</h2>");
        if (analysis.Headline is { } headline)
        {
            h.Append("<p class=\"talks\">The talks: ").Append(Quoted(analysis.Readout, headline.Text)).Append("</p>");
        }

        ToneChips(h, side, analysis, []);
        h.Append("</section>");
        if (analysis.Topics.Length > 0)
        {
            h.Append("<section class=\"topics\"><h2>Topics</h2><p>");
            foreach (var topic in analysis.Topics)
            {
                h.Append("<span class=\"topic\">").Append(Enc(TopicLabel(topic))).Append("</span> ");
            }

            h.Append("</p></section>");
        }

        h.Append("<section class=\"claims\"><h2>Claims (").Append(analysis.Claims.Length.ToString(CultureInfo.InvariantCulture)).Append(")</h2>");
        h.Append("<table><thead><tr><th>id</th><th>speaker</th><th>cue</th><th>topics</th><th>claim</th></tr></thead><tbody>");
        foreach (var claim in analysis.Claims)
        {
            h.Append("<tr class=\"claim-row\" id=\"claim-").Append(Enc(claim.Id)).Append("\"><td>").Append(Enc(claim.Id)).Append("</td><td>").Append(Enc(claim.Speaker))
             .Append("</td><td>").Append(Enc(claim.Cue ?? "")).Append("</td><td>").Append(Enc(string.Join(", ", claim.Topics))).Append("</td><td class=\"claim\"").Append(Lang(analysis.Readout)).Append('>');
            Stance(h, claim, analysis.Readout);
            ClaimWithContext(h, analysis, claim, Enc(claim.Text));
            h.Append("</td></tr>");
        }

        h.Append("</tbody></table></section></div>");
        return h.ToString();
    }

    /// <summary>A readout as a fragment: its title, side, publisher, date, source and text in paragraphs.</summary>
    public static string RenderFragment(Readout readout)
    {
        ArgumentNullException.ThrowIfNull(readout);
        var side = ComparisonText.ShortSide(readout.Side);
        var h = new StringBuilder(readout.Text.Length + 2048);
        Open(h);
        h.Append("<header><h1>").Append(Title(readout, side)).Append("</h1><p class=\"sources\">").Append(Source(readout, side))
         .Append(" &middot; ").Append(readout.Text.Length.ToString(CultureInfo.InvariantCulture)).Append(" characters</p></header><article").Append(Lang(readout)).Append('>');
        foreach (var paragraph in readout.Text.ReplaceLineEndings("\n").Split("\n\n"))
        {
            if (!string.IsNullOrWhiteSpace(paragraph))
            {
                h.Append("<p>").Append(Enc(paragraph.Trim()).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
            }
        }

        h.Append("</article></div>");
        return h.ToString();
    }

    /// <summary>One row of a comparison as a fragment, its sides labelled left and right.</summary>
    public static string RenderFragment(ComparisonRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var h = new StringBuilder(4096);
        Open(h);
        RowTableHead(h, "left", "right", null);
        Row(h, null, row, 1, "left", "right");
        h.Append("</tbody></table></section></div>");
        return h.ToString();
    }

    /// <summary>HTML-encodes text: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and apostrophes become entities.</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WebUtility.HtmlEncode(text);
    }

    private static string Enc(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// The <c>lang</c> attribute (with its leading space) for an element holding <paramref name="readout"/>'s own text, so
    /// a browser and a screen reader use the right fonts, line breaking and voice for it (e.g. <c>lang="zh-Hans"</c>);
    /// empty where the language is unknown. The page around it is English.
    /// </summary>
    private static string Lang(Readout? readout) =>
        readout?.Language is { Length: > 0 } language ? " lang=\"" + Enc(language) + "\"" : "";

    /// <summary>
    /// <c> lang="en"</c> for the report's own words (stance, tone keys, a quotation's footer) inside an element that
    /// <see cref="Lang"/> marks with another language; empty where that element is English or unmarked.
    /// </summary>
    private static string English(Readout? readout) =>
        Lang(readout).Length > 0 && !readout!.Language!.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? " lang=\"en\"" : "";

    /// <summary>Text taken from a readout, encoded and marked with the readout's language (the text itself where it has none); "(no description)" for none.</summary>
    private static string Quoted(Readout readout, string? text) =>
        text is null ? "(no description)" : Lang(readout) is { Length: > 0 } lang ? "<span" + lang + ">" + Enc(text) + "</span>" : Enc(text);

    /// <summary>A readout's title marked with its language, or "{label} readout".</summary>
    private static string Title(Readout readout, string label) => readout.Title is { } title ? Quoted(readout, title) : Enc(label + " readout");

    private static string Page(string title, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"Statements\">\n<title>" + Enc(title) + "</title>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";

    private static void Open(StringBuilder h) => h.Append("<div class=\"statements\"><style>").Append(HtmlStyle.Css).Append("</style>");

    private static string Source(Readout readout, string label)
    {
        var parts = new List<string> { "<b>" + Enc(label) + "</b>" };
        if (readout.Publisher is { } publisher)
        {
            parts.Add(Quoted(readout, publisher));
        }

        if (readout.Date is { } date)
        {
            parts.Add(Enc(date));
        }

        if (readout.Source is { } source)
        {
            // Shown as text, never as a link: a readout's header is input, and a link would be the one way out of the page.
            parts.Add("<span class=\"url\">" + Enc(source) + "</span>");
        }

        return string.Join(", ", parts);
    }

    private static void ToneChips(StringBuilder h, string label, ReadoutAnalysis analysis, IReadOnlyCollection<string> shared)
    {
        h.Append("<div class=\"side-tone\"><h3>").Append(Enc(label));
        if (analysis.ToneScore is { } score)
        {
            h.Append(" <span class=\"score\" title=\"mean valence, -3 hostile to +3 warm\">").Append(score.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)).Append("</span>");
        }

        h.Append("</h3>");
        var any = false;
        foreach (var category in Tone.ToneProfile.Categories)
        {
            var keys = analysis.ToneHits.Where(t => t.Category == category && !t.Negated).GroupBy(t => t.Key, StringComparer.Ordinal).ToList();
            var negated = analysis.ToneHits.Where(t => t.Category == category && t.Negated).ToList();
            if (keys.Count == 0 && negated.Count == 0)
            {
                continue;
            }

            any = true;
            var id = category.ToId();
            h.Append("<div class=\"category\"><span class=\"category-name\">").Append(Enc(id)).Append("</span> ");
            foreach (var key in keys)
            {
                var isShared = shared.Contains(key.Key);
                h.Append("<span class=\"chip cat-").Append(id).Append(isShared ? " shared" : "").Append("\" data-category=\"").Append(id).Append("\" title=\"")
                 .Append(Enc(string.Join(" | ", key.Select(t => t.Text).Distinct(StringComparer.Ordinal)))).Append("\">").Append(Enc(key.Key));
                if (key.Count() > 1)
                {
                    h.Append(" <small>\u00D7").Append(key.Count().ToString(CultureInfo.InvariantCulture)).Append("</small>");
                }

                h.Append("</span> ");
            }

            foreach (var hit in negated)
            {
                h.Append("<span class=\"chip negated cat-").Append(id).Append("\" data-category=\"").Append(id).Append("\" title=\"negated\">not ").Append(Enc(hit.Key)).Append("</span> ");
            }

            h.Append("</div>");
        }

        if (!any)
        {
            h.Append("<p class=\"none\">no tone words</p>");
        }

        h.Append("</div>");
    }

    private static void Coverage(StringBuilder h, Comparison comparison, string leftLabel, string rightLabel)
    {
        if (comparison.Coverage.Length == 0)
        {
            return;
        }

        var max = Math.Max(1, comparison.Coverage.Max(c => Math.Max(c.Left.Length, c.Right.Length)));
        h.Append("<section class=\"coverage\"><h2>Topic coverage</h2><table><thead><tr><th>topic</th><th>").Append(Enc(leftLabel)).Append(" claims</th><th>")
         .Append(Enc(rightLabel)).Append(" claims</th></tr></thead><tbody>");
        foreach (var cell in comparison.Coverage)
        {
            h.Append("<tr data-topic=\"").Append(Enc(cell.Topic)).Append("\"><th>").Append(Enc(TopicLabel(cell.Topic))).Append("</th>");
            foreach (var claims in new[] { cell.Left, cell.Right })
            {
                var width = (int)Math.Round(100.0 * claims.Length / max);
                h.Append("<td><span class=\"bar\" style=\"width:").Append(width.ToString(CultureInfo.InvariantCulture)).Append("%\"></span> ")
                 .Append(claims.Length.ToString(CultureInfo.InvariantCulture));
                if (claims.Length > 0)
                {
                    h.Append(" <small>").Append(Enc(string.Join(" ", claims.Select(c => c.Id)))).Append("</small>");
                }

                h.Append("</td>");
            }

            h.Append("</tr>");
        }

        h.Append("</tbody></table></section>");
    }

    private static void RowTableHead(StringBuilder h, string leftLabel, string rightLabel, string? counts)
    {
        h.Append("<section class=\"rows\"><h2>Claims side by side</h2>");
        if (counts is not null)
        {
            h.Append("<p class=\"counts\">").Append(Enc(counts)).Append("</p>");
        }

        h.Append("<table class=\"rows\"><colgroup><col class=\"kind-col\"><col><col></colgroup><thead><tr><th>row</th><th>").Append(Enc(leftLabel))
         .Append("</th><th>").Append(Enc(rightLabel)).Append("</th></tr></thead><tbody>");
    }

    private static void Rows(StringBuilder h, Comparison comparison, IEnumerable<ComparisonRow> rows, string leftLabel, string rightLabel, string counts)
    {
        RowTableHead(h, leftLabel, rightLabel, counts);
        var number = 0;
        foreach (var row in rows)
        {
            Row(h, comparison, row, ++number, leftLabel, rightLabel);
        }

        h.Append("</tbody></table></section>");
    }

    /// <summary>The score, topic and reason marks of a row or a matter (reasons only where given).</summary>
    private static void Marks(StringBuilder h, double? score, IEnumerable<string> topics, IReadOnlyList<string> reasons)
    {
        if (score is { } value)
        {
            h.Append("<span class=\"score\">score ").Append(value.ToString("0.00", CultureInfo.InvariantCulture)).Append("</span>");
        }

        foreach (var topic in topics)
        {
            h.Append("<span class=\"topic\">").Append(Enc(TopicLabel(topic))).Append("</span>");
        }

        if (reasons.Count > 0)
        {
            h.Append("<span class=\"reasons\">").Append(Enc(string.Join("; ", reasons))).Append("</span>");
        }
    }

    private static void Row(StringBuilder h, Comparison? comparison, ComparisonRow row, int number, string leftLabel, string rightLabel)
    {
        var kind = Serialization.ComparisonJson.KindName(row.Kind);
        var label = comparison is null ? kind : ComparisonText.KindLabel(comparison, row.Kind);
        h.Append("<tr class=\"row kind-").Append(kind).Append("\" id=\"row-").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\" data-kind=\"").Append(kind).Append("\">");
        h.Append("<td class=\"meta\"><span class=\"number\">").Append(number.ToString(CultureInfo.InvariantCulture)).Append("</span> <span class=\"kind\">").Append(Enc(label)).Append("</span>");
        if (row.AttributedToOtherSide)
        {
            h.Append("<span class=\"flag\" title=\"a claim one readout attributes to the other side's leader that the other side's own readout does not make\">attributed to the other side</span>");
        }

        Marks(h, row.Score, row.Topics, row.Kind is RowKind.Shared or RowKind.Divergent ? row.Reasons : []);

        if (comparison is not null)
        {
            foreach (var note in ComparisonText.RowNotes(comparison, row))
            {
                h.Append("<span class=\"note\">").Append(Enc(note)).Append("</span>");
            }
        }

        h.Append("</td>");
        Side(h, comparison?.Left, row.Left, row.Diff, DiffOp.Delete, row.LeftTone, comparison?.Left.ToneHits, "left", leftLabel);
        Side(h, comparison?.Right, row.Right, row.Diff, DiffOp.Insert, row.RightTone, comparison?.Right.ToneHits, "right", rightLabel);
        h.Append("</tr>");
    }

    private static void Side(StringBuilder h, ReadoutAnalysis? analysis, IReadOnlyList<Claim> claims, IReadOnlyList<DiffRun> diff, DiffOp own, IReadOnlyList<string> tone, IReadOnlyList<ToneHit>? hits, string side, string label)
    {
        h.Append("<td class=\"side ").Append(side).Append("\" data-side=\"").Append(Enc(label)).Append('"').Append(Lang(analysis?.Readout)).Append('>');
        if (claims.Count == 0)
        {
            h.Append("<span class=\"absent\">\u2014</span></td>");
            return;
        }

        if (diff.Count > 0)
        {
            // The diff runs cover the row's whole text on each side: show this side's words, its own words marked.
            h.Append("<p class=\"diff\">");
            foreach (var run in diff)
            {
                if (run.Op == DiffOp.Equal)
                {
                    h.Append(Enc(run.Text));
                }
                else if (run.Op == own)
                {
                    var tag = own == DiffOp.Delete ? "del" : "ins";
                    h.Append('<').Append(tag).Append('>').Append(Enc(run.Text)).Append("</").Append(tag).Append('>');
                }
            }

            h.Append("</p>");
        }

        foreach (var claim in claims)
        {
            h.Append("<div class=\"claim\" id=\"").Append(side).Append('-').Append(Enc(claim.Id)).Append("\"><span class=\"speaker\">").Append(Enc(claim.Speaker)).Append("</span>");
            if (claim.SpeakerInferred)
            {
                h.Append(" <span class=\"inferred\"").Append(English(analysis?.Readout)).Append(" title=\"speaker inferred from the sentences before, not named in this one\">(inferred)</span>");
            }

            if (claim.Cue is { } cue)
            {
                h.Append(" <span class=\"cue\">").Append(Enc(cue)).Append("</span>");
            }

            Stance(h, claim, analysis?.Readout);
            ClaimWithContext(h, analysis, claim, diff.Count > 0 ? "<span" + English(analysis?.Readout) + ">source</span>" : Enc(claim.Text));
            h.Append("</div>");
        }

        if (tone.Count > 0)
        {
            h.Append("<div class=\"row-tone\"").Append(English(analysis?.Readout)).Append('>');
            foreach (var key in tone)
            {
                var category = hits?.FirstOrDefault(t => t.Key == key)?.Category.ToId() ?? "tone";
                h.Append("<span class=\"chip cat-").Append(category).Append("\" data-category=\"").Append(category).Append("\">").Append(Enc(key)).Append("</span> ");
            }

            h.Append("</div>");
        }

        h.Append("</td>");
    }

    private static void Stance(StringBuilder h, Claim claim, Readout? readout)
    {
        var english = English(readout);
        if (claim.Negated)
        {
            h.Append(" <span class=\"stance\"").Append(english).Append(">negated</span>");
        }

        if (claim.Modality != Modality.Assertion)
        {
            h.Append(" <span class=\"stance\"").Append(english).Append('>').Append(claim.Modality.ToString().ToLowerInvariant()).Append("</span>");
        }

        if (claim.Quoted)
        {
            h.Append(" <span class=\"stance\"").Append(english).Append(">quoted</span>");
        }
    }

    /// <summary>The claim's text as a summary that opens onto its sentence and neighbours, the claim marked.</summary>
    private static void ClaimWithContext(StringBuilder h, ReadoutAnalysis? analysis, Claim claim, string summaryHtml)
    {
        if (analysis is null || claim.SentenceIndex < 0 || claim.SentenceIndex >= analysis.Sentences.Length || claim.Span.End > analysis.Readout.Text.Length)
        {
            h.Append("<div class=\"text\">").Append(summaryHtml).Append("</div>");
            return;
        }

        var text = analysis.Readout.Text;
        var sentences = analysis.Sentences;
        var start = sentences[Math.Max(0, claim.SentenceIndex - 1)].Span.Start;
        var end = sentences[Math.Min(sentences.Length - 1, claim.SentenceIndex + 1)].Span.End;
        start = Math.Min(start, claim.Span.Start);
        end = Math.Max(end, claim.Span.End);
        if (end - start > ContextLimit)
        {
            start = Math.Max(start, claim.Span.Start - ContextLimit / 3);
            end = Math.Min(end, Math.Max(claim.Span.End, start + ContextLimit));
        }

        var sentence = sentences[claim.SentenceIndex].Text;
        h.Append("<details class=\"context\"><summary title=\"").Append(Enc(sentence.ReplaceLineEndings(" "))).Append("\">").Append(summaryHtml).Append("</summary><blockquote>");
        h.Append(Enc(text[start..claim.Span.Start])).Append("<mark>").Append(Enc(text.Substring(claim.Span.Start, claim.Span.Length))).Append("</mark>").Append(Enc(text[claim.Span.End..end]));
        h.Append("<footer").Append(English(analysis.Readout)).Append('>').Append(Enc(claim.Id)).Append(", characters ").Append(claim.Span.Start.ToString(CultureInfo.InvariantCulture)).Append('\u2013')
         .Append(claim.Span.End.ToString(CultureInfo.InvariantCulture)).Append(" of the ").Append(Enc(claim.ReportingSide ?? analysis.Readout.Side)).Append(" readout</footer></blockquote></details>");
    }

    private static string TopicLabel(string id) => ComparisonText.Label(id);
}
