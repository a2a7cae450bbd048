using System.Globalization;
using System.Text;
using System.Text.Json;
using Statements.Rendering;

namespace Statements.ConsoleApp;

/// <summary>
/// The index of a batch run, in the run's format: index.md, index.html, index.csv, index.json or index.txt in the
/// output folder. One entry per folder found, in folder-name order: for a pair its name, the two sides and files,
/// the row counts by kind, a link to its report; for a failed pair the error instead; for a folder that is not a
/// pair "skipped" and the reason. The HTML index carries the reports' Content-Security-Policy (no script, no network).
/// The file is written to a temporary file and renamed into place. Every value from the readouts is escaped for
/// the format (HTML entities, Markdown table escapes, CSV quoting with a guard against spreadsheet formulas).
/// </summary>
internal static class BatchIndex
{
    /// <summary>Writes the index into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(IReadOnlyList<PairOutcome> outcomes, string folder, ReportFormat format)
    {
        var path = Path.Combine(folder, "index." + ReportFormats.Extension(format));
        AtomicFile.WriteAllText(path, Render(outcomes, format));
        return path;
    }

    /// <summary>The index as a string.</summary>
    public static string Render(IReadOnlyList<PairOutcome> outcomes, ReportFormat format) => format switch
    {
        ReportFormat.Markdown => TerminalText.Visible(Markdown(outcomes)),
        ReportFormat.Html => Html(outcomes),
        ReportFormat.Csv => TerminalText.Visible(Csv(outcomes)),
        ReportFormat.Json => Json(outcomes),
        _ => TerminalText.Visible(Text(outcomes)),
    };

    private static int Count(PairOutcome o, RowKind kind) => o.Comparison?.Rows.Count(r => r.Kind == kind) ?? 0;

    private static string Side(PairOutcome o, bool left) =>
        o.Comparison is null ? "" : (left ? o.Comparison.Left : o.Comparison.Right).Readout.Side;

    /// <summary>"2 of 3 pairs compared, 1 failed, 1 folder skipped".</summary>
    public static string Summary(IReadOnlyList<PairOutcome> outcomes)
    {
        var skipped = outcomes.Count(o => o.IsSkipped);
        var summary = $"{outcomes.Count(o => o.Succeeded)} of {outcomes.Count - skipped} pairs compared, {outcomes.Count(o => o.Failed)} failed";
        return skipped == 0 ? summary : summary + (skipped == 1 ? ", 1 folder skipped" : $", {skipped} folders skipped");
    }

    private static string Markdown(IReadOnlyList<PairOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Readout comparisons").AppendLine().AppendLine(Summary(outcomes) + ".").AppendLine();
        sb.AppendLine("| pair | left | right | shared | divergent | left only | right only | report |");
        sb.AppendLine("|---|---|---|---:|---:|---:|---:|---|");
        foreach (var o in outcomes)
        {
            var e = MarkdownRenderer.Escape;
            sb.Append("| ").Append(e(o.Name)).Append(" | ");
            if (o.Succeeded)
            {
                sb.Append(e($"{Side(o, true)} ({o.LeftFile})")).Append(" | ").Append(e($"{Side(o, false)} ({o.RightFile})")).Append(" | ")
                  .AppendJoin(" | ", Enum.GetValues<RowKind>().Select(k => Count(o, k).ToString(CultureInfo.InvariantCulture)))
                  .Append(" | [").Append(e(o.Report!)).Append("](").Append(Uri.EscapeDataString(o.Report!)).AppendLine(") |");
            }
            else
            {
                sb.Append(e(o.LeftFile ?? "")).Append(" | ").Append(e(o.RightFile ?? "")).Append(" |  |  |  |  | ")
                  .Append(o.IsSkipped ? "skipped: " : "failed: ").Append(e(o.IsSkipped ? o.Skipped! : o.Error!)).AppendLine(" |");
            }
        }

        return sb.ToString();
    }

    private static string Html(IReadOnlyList<PairOutcome> outcomes)
    {
        static string H(string? s) => HtmlRenderer.Encode(s ?? "");
        var sb = new StringBuilder();
        sb.AppendLine("<!DOCTYPE html>").AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.AppendLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        sb.AppendLine("<title>Readout comparisons</title>");
        sb.AppendLine("<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}td.n{text-align:right}tr.failed td{color:#a00}tr.skipped td{color:#666}</style></head><body>");
        sb.Append("<h1>Readout comparisons</h1><p>").Append(H(Summary(outcomes))).AppendLine(".</p>");
        sb.AppendLine("<table><thead><tr><th>pair</th><th>left</th><th>right</th><th>shared</th><th>divergent</th><th>left only</th><th>right only</th><th>report</th></tr></thead><tbody>");
        foreach (var o in outcomes)
        {
            if (o.Succeeded)
            {
                sb.Append("<tr><td>").Append(H(o.Name)).Append("</td><td>").Append(H($"{Side(o, true)} ({o.LeftFile})")).Append("</td><td>").Append(H($"{Side(o, false)} ({o.RightFile})")).Append("</td>");
                foreach (var kind in Enum.GetValues<RowKind>())
                {
                    sb.Append("<td class=\"n\">").Append(Count(o, kind).ToString(CultureInfo.InvariantCulture)).Append("</td>");
                }

                sb.Append("<td><a href=\"").Append(H(Uri.EscapeDataString(o.Report!))).Append("\">").Append(H(o.Report)).AppendLine("</a></td></tr>");
            }
            else if (o.IsSkipped)
            {
                sb.Append("<tr class=\"skipped\"><td>").Append(H(o.Name)).Append("</td><td></td><td></td><td colspan=\"5\">skipped: ").Append(H(o.Skipped)).AppendLine("</td></tr>");
            }
            else
            {
                sb.Append("<tr class=\"failed\"><td>").Append(H(o.Name)).Append("</td><td>").Append(H(o.LeftFile)).Append("</td><td>").Append(H(o.RightFile))
                  .Append("</td><td colspan=\"5\">failed: ").Append(H(o.Error)).AppendLine("</td></tr>");
            }
        }

        sb.AppendLine("</tbody></table></body></html>");
        return sb.ToString();
    }

    private static string Csv(IReadOnlyList<PairOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.Append("pair,left_side,left_file,right_side,right_file,shared,divergent,left_only,right_only,report,error,status\r\n");
        foreach (var o in outcomes)
        {
            var counts = o.Succeeded ? Enum.GetValues<RowKind>().Select(k => Count(o, k).ToString(CultureInfo.InvariantCulture)) : ["", "", "", ""];
            string?[] fields = [o.Name, Side(o, true), o.LeftFile, Side(o, false), o.RightFile, .. counts, o.Report, o.Error ?? o.Skipped, Status(o)];
            sb.AppendJoin(',', fields.Select(CsvField)).Append("\r\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; a field that a spreadsheet would
    /// take for a formula (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe.
    /// </summary>
    internal static string CsvField(string? value) => CsvRenderer.Field(value ?? "", guardFormulas: true);

    private static string Json(IReadOnlyList<PairOutcome> outcomes)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("schema", "statements.batch-index/1");
            w.WriteNumber("pairs", outcomes.Count(o => !o.IsSkipped));
            w.WriteNumber("failed", outcomes.Count(o => o.Failed));
            w.WriteNumber("skipped", outcomes.Count(o => o.IsSkipped));
            w.WriteStartArray("items");
            foreach (var o in outcomes)
            {
                w.WriteStartObject();
                w.WriteString("name", o.Name);
                w.WriteString("status", Status(o));
                w.WriteString("leftFile", o.LeftFile);
                w.WriteString("rightFile", o.RightFile);
                if (o.Succeeded)
                {
                    w.WriteString("leftSide", Side(o, true));
                    w.WriteString("rightSide", Side(o, false));
                    w.WriteStartObject("rows");
                    foreach (var kind in Enum.GetValues<RowKind>())
                    {
                        w.WriteNumber(Serialization.ComparisonJson.KindName(kind), Count(o, kind));
                    }

                    w.WriteEndObject();
                    w.WriteString("report", o.Report);
                }
                else if (o.IsSkipped)
                {
                    w.WriteString("reason", o.Skipped);
                }
                else
                {
                    w.WriteString("error", o.Error);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static string Status(PairOutcome o) => o.Succeeded ? "ok" : o.IsSkipped ? "skipped" : "failed";

    private static string Text(IReadOnlyList<PairOutcome> outcomes)
    {
        var sb = new StringBuilder();
        sb.AppendLine("Readout comparisons: " + Summary(outcomes)).AppendLine();
        foreach (var o in outcomes)
        {
            sb.AppendLine(o.Succeeded
                ? $"ok    {o.Name}  {Side(o, true)} ({o.LeftFile}) vs {Side(o, false)} ({o.RightFile})  {ComparisonText.RowCounts(o.Comparison!)}  -> {o.Report}"
                : o.IsSkipped ? $"skip  {o.Name}  {o.Skipped}" : $"FAIL  {o.Name}  {o.Error}");
        }

        return sb.ToString();
    }
}
