using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Statements.Rendering;

/// <summary>
/// Writes a <see cref="TranslationComparison"/> (a readout against its own translation) as plain text, Markdown, a
/// self-contained HTML page, JSON or CSV. Every view says the same: where the comparison stopped, what the translation
/// leaves out, what it adds, the formulations it renders otherwise than the glossary, then each aligned pair. Stateless
/// and thread-safe.
/// </summary>
public static class TranslationRenderer
{
    /// <summary>The summary in words: counts, where the comparison stopped.</summary>
    public static IReadOnlyList<string> Summary(TranslationComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{comparison.Pairs.Length} aligned passages; the translation leaves out {comparison.Omitted.Length} sentence(s) of the original and adds {comparison.Added.Length}; {comparison.Renderings.Length} formulation(s) rendered otherwise than the glossary."),
        };
        if (comparison.StoppedShort is { } stopped)
        {
            lines.Add(stopped);
        }

        return lines;
    }

    /// <summary>Plain text: the summary, then sections, each item on its own lines.</summary>
    public static string ToText(TranslationComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder();
        text.Append("Original: ").AppendLine(Describe(comparison.Original.Readout));
        text.Append("Translation: ").AppendLine(Describe(comparison.Translation.Readout));
        foreach (var line in Summary(comparison))
        {
            text.AppendLine(line);
        }

        Section(text, "Left out of the translation", comparison.Omitted.Select(s => $"  [{s.Index + 1}] {s.Text}"));
        Section(text, "Added in the translation", comparison.Added.Select(s => $"  [{s.Index + 1}] {s.Text}"));
        Section(text, "Rendered otherwise than the glossary", comparison.Renderings.Select(r => $"  {r.Form} (glossary: {string.Join(" / ", r.Entry.English)}) -> {Join(r.Pair.Translation)}"));
        Section(text, "Aligned", comparison.Pairs.Select(p => $"  {Join(p.Original)}\n  = {Join(p.Translation)}{(p.Evidence.IsEmpty ? "" : "\n    (" + string.Join(", ", p.Evidence) + ")")}"));
        return text.ToString();
    }

    /// <summary>Markdown: the summary and the same sections, the pairs as a two-column table.</summary>
    public static string ToMarkdown(TranslationComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var text = new StringBuilder("# Original and translation\n\n");
        text.Append("- Original: ").AppendLine(Cell(Describe(comparison.Original.Readout)));
        text.Append("- Translation: ").AppendLine(Cell(Describe(comparison.Translation.Readout)));
        text.AppendLine();
        foreach (var line in Summary(comparison))
        {
            text.AppendLine(Cell(line)).AppendLine();
        }

        MarkdownList(text, "Left out of the translation", comparison.Omitted.Select(s => Cell(s.Text)));
        MarkdownList(text, "Added in the translation", comparison.Added.Select(s => Cell(s.Text)));
        MarkdownList(text, "Rendered otherwise than the glossary", comparison.Renderings.Select(r => $"{Cell(r.Form)} (glossary: {Cell(string.Join(" / ", r.Entry.English))}): {Cell(Join(r.Pair.Translation))}"));
        text.AppendLine("## Aligned\n\n| original | translation | anchors |\n|---|---|---|");
        foreach (var pair in comparison.Pairs)
        {
            text.Append("| ").Append(Cell(Join(pair.Original))).Append(" | ").Append(Cell(Join(pair.Translation))).Append(" | ").Append(Cell(string.Join(", ", pair.Evidence))).AppendLine(" |");
        }

        return text.ToString();
    }

    /// <summary>A self-contained HTML page (no script; every text encoded; each text marked with its language).</summary>
    public static string ToHtml(TranslationComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (lo, lt) = (Lang(comparison.Original.Readout), Lang(comparison.Translation.Readout));
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append("<title>Original and translation</title>\n<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}.evidence{color:#555;font-size:.9em}</style>\n</head>\n<body>\n");
        html.Append("<h1>Original and translation</h1>\n<p>Original: <span lang=\"").Append(lo).Append("\">").Append(E(Describe(comparison.Original.Readout))).Append("</span><br>Translation: <span lang=\"").Append(lt).Append("\">").Append(E(Describe(comparison.Translation.Readout))).Append("</span></p>\n");
        foreach (var line in Summary(comparison))
        {
            html.Append("<p>").Append(E(line)).Append("</p>\n");
        }

        HtmlList(html, "Left out of the translation", comparison.Omitted.Select(s => $"<span lang=\"{lo}\">{E(s.Text)}</span>"));
        HtmlList(html, "Added in the translation", comparison.Added.Select(s => $"<span lang=\"{lt}\">{E(s.Text)}</span>"));
        HtmlList(html, "Rendered otherwise than the glossary", comparison.Renderings.Select(r => $"<span lang=\"{lo}\">{E(r.Form)}</span> (glossary: {E(string.Join(" / ", r.Entry.English))}): <span lang=\"{lt}\">{E(Join(r.Pair.Translation))}</span>"));
        html.Append("<h2>Aligned</h2>\n<table>\n<tr><th>original</th><th>translation</th><th>anchors</th></tr>\n");
        foreach (var pair in comparison.Pairs)
        {
            html.Append("<tr><td lang=\"").Append(lo).Append("\">").Append(E(Join(pair.Original))).Append("</td><td lang=\"").Append(lt).Append("\">").Append(E(Join(pair.Translation)))
                .Append("</td><td class=\"evidence\">").Append(E(string.Join(", ", pair.Evidence))).Append("</td></tr>\n");
        }

        return html.Append("</table>\n</body>\n</html>\n").ToString();
    }

    /// <summary>
    /// JSON: <c>{"format": "statements.translation/1", "original": {...}, "translation": {...}, "summary": [...],
    /// "stoppedShort", "pairs": [{"original": [sentence], "translation": [sentence], "evidence": [...]}], "omitted",
    /// "added", "renderings": [{"key", "form", "start", "length", "english": [...], "source", "translation": [indices]}]}</c>;
    /// a sentence is <c>{"index", "start", "length", "text"}</c>, offsets into its readout's text.
    /// </summary>
    public static string ToJson(TranslationComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", "statements.translation/1");
            Readout(json, "original", comparison.Original.Readout);
            Readout(json, "translation", comparison.Translation.Readout);
            json.WriteStartArray("summary");
            foreach (var line in Summary(comparison))
            {
                json.WriteStringValue(line);
            }

            json.WriteEndArray();
            if (comparison.StoppedShort is { } stopped)
            {
                json.WriteString("stoppedShort", stopped);
            }
            else
            {
                json.WriteNull("stoppedShort");
            }

            json.WriteStartArray("pairs");
            foreach (var pair in comparison.Pairs)
            {
                json.WriteStartObject();
                Sentences(json, "original", pair.Original);
                Sentences(json, "translation", pair.Translation);
                json.WriteStartArray("evidence");
                foreach (var e in pair.Evidence)
                {
                    json.WriteStringValue(e);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Sentences(json, "omitted", comparison.Omitted);
            Sentences(json, "added", comparison.Added);
            json.WriteStartArray("renderings");
            foreach (var r in comparison.Renderings)
            {
                json.WriteStartObject();
                json.WriteString("key", r.Entry.Key);
                json.WriteString("form", r.Form);
                json.WriteNumber("start", r.Span.Start);
                json.WriteNumber("length", r.Span.Length);
                json.WriteStartArray("english");
                foreach (var e in r.Entry.English)
                {
                    json.WriteStringValue(e);
                }

                json.WriteEndArray();
                json.WriteString("source", r.Entry.Source);
                json.WriteStartArray("translation");
                foreach (var s in r.Pair.Translation)
                {
                    json.WriteNumberValue(s.Index);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>CSV (RFC 4180): one record per aligned pair, left-out and added sentence: kind, original, translation, anchors.</summary>
    public static string ToCsv(TranslationComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var csv = new StringBuilder("kind,original,translation,anchors\r\n");
        foreach (var pair in comparison.Pairs)
        {
            Record(csv, "aligned", Join(pair.Original), Join(pair.Translation), string.Join("; ", pair.Evidence));
        }

        foreach (var s in comparison.Omitted)
        {
            Record(csv, "left out", s.Text, "", "");
        }

        foreach (var s in comparison.Added)
        {
            Record(csv, "added", "", s.Text, "");
        }

        return csv.ToString();
    }

    private static void Record(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")).Append("\r\n");
    }

    private static void Readout(Utf8JsonWriter json, string name, Readout readout)
    {
        json.WriteStartObject(name);
        json.WriteString("name", readout.Name);
        json.WriteString("side", readout.Side);
        json.WriteString("language", readout.Language);
        json.WriteString("publisher", readout.Publisher);
        json.WriteBoolean("partial", readout.Headers.ContainsKey("partial"));
        json.WriteEndObject();
    }

    private static void Sentences(Utf8JsonWriter json, string name, IEnumerable<Sentence> sentences)
    {
        json.WriteStartArray(name);
        foreach (var s in sentences)
        {
            json.WriteStartObject();
            json.WriteNumber("index", s.Index);
            json.WriteNumber("start", s.Span.Start);
            json.WriteNumber("length", s.Span.Length);
            json.WriteString("text", s.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static string Describe(Readout readout) =>
        string.Join(" | ", new[] { readout.Name, readout.Publisher, readout.Language, readout.Headers.ContainsKey("partial") ? "partial" : null }.Where(s => !string.IsNullOrEmpty(s)));

    private static string Join(IEnumerable<Sentence> sentences) => string.Join(" ", sentences.Select(s => s.Text));

    private static void Section(StringBuilder text, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        text.AppendLine().Append(title).Append(" (").Append(list.Count.ToString(CultureInfo.InvariantCulture)).AppendLine(")");
        foreach (var item in list)
        {
            text.AppendLine(item);
        }
    }

    private static void MarkdownList(StringBuilder text, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        text.Append("## ").Append(title).Append(" (").Append(list.Count.ToString(CultureInfo.InvariantCulture)).AppendLine(")\n");
        foreach (var item in list)
        {
            text.Append("- ").AppendLine(item);
        }

        text.AppendLine();
    }

    private static void HtmlList(StringBuilder html, string title, IEnumerable<string> items)
    {
        var list = items.ToList();
        html.Append("<h2>").Append(E(title)).Append(" (").Append(list.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n<ul>\n");
        foreach (var item in list)
        {
            html.Append("<li>").Append(item).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    /// <summary>A Markdown table cell: pipes escaped, line breaks as spaces, HTML-significant characters encoded.</summary>
    private static string Cell(string text) =>
        WebUtility.HtmlEncode(text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)).Replace("|", "\\|", StringComparison.Ordinal);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Lang(Readout readout) => E(readout.Language ?? "und");
}
