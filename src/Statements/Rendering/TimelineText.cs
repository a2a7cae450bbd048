using System.Collections.Immutable;
using System.Text;
using Statements.Timeline;

namespace Statements.Rendering;

/// <summary>
/// A <see cref="ReadoutTimeline"/> as plain text or GitHub-flavoured Markdown: per counterpart its readouts, formulations,
/// what each readout adds and drops against the previous one, and claims per topic and tone words per category by quarter;
/// then files not read, undated readouts and readouts naming no counterpart. Both say what the HTML view says.
/// </summary>
public static class TimelineText
{
    /// <summary>The timeline as plain-text tables (columns padded with spaces).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string Render(ReadoutTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var sb = new StringBuilder();
        sb.AppendLine("Readout timeline: " + TimelineTables.Summary(timeline));
        foreach (var counterpart in timeline.Counterparts)
        {
            sb.AppendLine().AppendLine("== " + TimelineTables.Heading(counterpart) + " ==");
            foreach (var table in TimelineTables.For(counterpart))
            {
                Text(sb, table);
            }
        }

        foreach (var table in TimelineTables.Remainder(timeline))
        {
            Text(sb, table);
        }

        return sb.ToString();
    }

    /// <summary>The timeline as Markdown tables, readout text escaped so <c>|</c>, <c>*</c> and markup cannot break them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string RenderMarkdown(ReadoutTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var sb = new StringBuilder();
        sb.AppendLine("# Readout timeline").AppendLine().AppendLine(TimelineTables.Summary(timeline));
        foreach (var counterpart in timeline.Counterparts)
        {
            sb.AppendLine().AppendLine("## " + Escape(TimelineTables.Heading(counterpart)));
            foreach (var table in TimelineTables.For(counterpart))
            {
                Markdown(sb, table, "###");
            }
        }

        foreach (var table in TimelineTables.Remainder(timeline))
        {
            Markdown(sb, table, "##");
        }

        return sb.ToString();
    }

    private static void Text(StringBuilder sb, TimelineTable table)
    {
        sb.AppendLine().AppendLine(table.Title);
        if (table.Rows.IsEmpty)
        {
            sb.AppendLine("  (none)");
            return;
        }

        const int Max = 60;
        var widths = table.Header.Select((h, i) => Math.Min(Max, Math.Max(h.Length, table.Rows.Max(r => Flat(r[i]).Length)))).ToArray();
        Line(sb, table.Header, widths);
        sb.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in table.Rows)
        {
            Line(sb, row, widths);
        }
    }

    private static void Line(StringBuilder sb, ImmutableArray<string> cells, int[] widths)
    {
        var parts = cells.Select((c, i) =>
        {
            var flat = Flat(c);
            return flat.Length > widths[i] ? flat[..(widths[i] - 1)] + "…" : flat.PadRight(widths[i]);
        });
        sb.AppendLine(string.Join("  ", parts).TrimEnd());
    }

    private static void Markdown(StringBuilder sb, TimelineTable table, string level)
    {
        sb.AppendLine().AppendLine(level + " " + table.Title).AppendLine();
        if (table.Rows.IsEmpty)
        {
            sb.AppendLine("(none)");
            return;
        }

        sb.Append("| ").AppendJoin(" | ", table.Header.Select(Escape)).AppendLine(" |");
        sb.Append('|').AppendJoin("|", table.Header.Select(_ => "---")).AppendLine("|");
        foreach (var row in table.Rows)
        {
            sb.Append("| ").AppendJoin(" | ", row.Select(Escape)).AppendLine(" |");
        }
    }

    private static string Flat(string text) => string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Escapes Markdown's special characters and HTML's angle brackets, on one line.</summary>
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in Flat(text))
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~': sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
