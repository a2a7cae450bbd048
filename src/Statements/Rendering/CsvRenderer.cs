using System.Globalization;
using System.Text;

namespace Statements.Rendering;

/// <summary>
/// Renders comparisons and analyses as CSV (RFC 4180): a header line, then one record per row or claim, CRLF
/// line ends, and every field that holds a comma, a quote or a line break quoted with its quotes doubled. Text is
/// written as it stands in the readout, nothing trimmed or dropped. For a file people will open in a spreadsheet,
/// pass <c>guardFormulas: true</c>: a field a spreadsheet would run as a formula (one starting with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) then gets a leading apostrophe, which spreadsheets read
/// as "this is text". Stateless and thread-safe.
/// </summary>
public static partial class CsvRenderer
{
    /// <summary>The header of <see cref="Render(Comparison, bool)"/>.</summary>
    public const string ComparisonHeader = "number,kind,topics,left,right,score";

    /// <summary>The header of <see cref="Render(ReadoutAnalysis, bool)"/>.</summary>
    public const string AnalysisHeader = "id,speaker,cue,topics,negated,modality,text,start,length";

    /// <summary>One record per comparison row: number, kind, topics, left text, right text, score.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="guardFormulas">Whether fields that would start a spreadsheet formula get a leading apostrophe.</param>
    public static string Render(Comparison comparison, bool guardFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var sb = new StringBuilder();
        sb.Append(ComparisonHeader).Append("\r\n");
        foreach (var line in RowTable.Of(comparison))
        {
            Record(sb, guardFormulas,
                line.Number.ToString(CultureInfo.InvariantCulture),
                line.Kind,
                line.Topics,
                line.Left,
                line.Right,
                line.Score?.ToString("0.###", CultureInfo.InvariantCulture) ?? "");
        }

        return sb.ToString();
    }

    /// <summary>One record per claim of one readout: id, speaker, cue, topics, negated, modality, text and its span.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <param name="guardFormulas">Whether fields that would start a spreadsheet formula get a leading apostrophe.</param>
    public static string Render(ReadoutAnalysis analysis, bool guardFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var sb = new StringBuilder();
        sb.Append(AnalysisHeader).Append("\r\n");
        foreach (var claim in analysis.Claims)
        {
            Record(sb, guardFormulas,
                claim.Id,
                claim.Speaker,
                claim.Cue ?? "",
                string.Join(", ", claim.Topics),
                claim.Negated ? "true" : "false",
                claim.Modality.ToString().ToLowerInvariant(),
                claim.Text,
                claim.Span.Start.ToString(CultureInfo.InvariantCulture),
                claim.Span.Length.ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    /// <summary>
    /// Quotes one field for CSV where it needs quoting (comma, quote, CR or LF), doubling its quotes; with
    /// <paramref name="guardFormulas"/>, a field starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
    /// carriage return first gets a leading apostrophe.
    /// </summary>
    public static string Field(string value, bool guardFormulas = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (guardFormulas && value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static void Record(StringBuilder sb, bool guardFormulas, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append(Field(fields[i], guardFormulas));
        }

        sb.Append("\r\n");
    }
}
