using System.Globalization;
using System.Text;

namespace Statements.Rendering;

/// <summary>
/// Renders a comparison as GitHub-flavoured Markdown: a heading, the tone line, engagement facts, and a table
/// of rows. Readout text is escaped so that '|', '*', '_', '`', '&lt;' and line breaks cannot break the table
/// or inject markup. Stateless and thread-safe.
/// </summary>
public static partial class MarkdownRenderer
{
    /// <summary>Renders <paramref name="comparison"/> as Markdown.</summary>
    public static string Render(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (left, right) = ComparisonText.SideLabels(comparison);
        var sb = new StringBuilder();
        sb.Append("# ").Append(Escape(comparison.Left.Readout.Title ?? left)).Append(" / ").AppendLine(Escape(comparison.Right.Readout.Title ?? right));
        sb.AppendLine();
        sb.Append("> ").AppendLine(Escape(ComparisonText.Summary(comparison)));
        sb.AppendLine();
        sb.Append("**Tone:** ").AppendLine(Escape(ComparisonText.ToneLine(comparison)));
        sb.AppendLine();
        if (ComparisonText.HeadlineLine(comparison) is { } headline)
        {
            sb.Append("**The talks, as each side puts it:** ").AppendLine(Escape(headline));
            sb.AppendLine();
        }

        foreach (var line in ComparisonText.FactLines(comparison))
        {
            sb.Append("- ").AppendLine(Escape(line));
        }

        sb.Append("- rows: ").AppendLine(Escape(ComparisonText.RowCounts(comparison)));
        sb.AppendLine();
        if (comparison.Coverage.Length > 0)
        {
            sb.Append("| topic | ").Append(Escape(left)).Append(" claims | ").Append(Escape(right)).AppendLine(" claims |");
            sb.AppendLine("|---|---|---|");
            foreach (var cell in comparison.Coverage)
            {
                sb.Append("| ").Append(Escape(cell.Topic)).Append(" | ").Append(cell.Left.Length.ToString(CultureInfo.InvariantCulture))
                  .Append(" | ").Append(cell.Right.Length.ToString(CultureInfo.InvariantCulture)).AppendLine(" |");
            }

            sb.AppendLine();
        }

        sb.Append("| # | kind | topics | ").Append(Escape(left)).Append(" | ").Append(Escape(right)).AppendLine(" | word diff or evidence |");
        sb.AppendLine("|---|---|---|---|---|---|");
        var number = 0;
        foreach (var row in comparison.Rows)
        {
            number++;
            sb.Append("| ").Append(number.ToString(CultureInfo.InvariantCulture))
              .Append(" | ").Append(Escape(ComparisonText.KindLabel(comparison, row.Kind) + (row.AttributedToOtherSide ? ", attributed to the other side" : "")))
              .Append(" | ").Append(Escape(string.Join(", ", row.Topics)))
              .Append(" | ").Append(Cell(row.Left))
              .Append(" | ").Append(Cell(row.Right))
              .Append(" | ").Append(string.Join("<br>", new[] { DiffCell(row.Diff) }.Concat(ComparisonText.RowNotes(comparison, row).Select(Escape)).Where(c => c.Length > 0)))
              .AppendLine(" |");
        }

        return sb.ToString();
    }

    /// <summary>Renders one readout's analysis as Markdown: its tone by category, topics and a table of its claims.</summary>
    public static string Render(ReadoutAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var readout = analysis.Readout;
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(Escape(readout.Title ?? readout.Side + " readout"));
        sb.AppendLine();
        sb.Append("- side: ").AppendLine(Escape(readout.Side));
        if (readout.Publisher is { } publisher)
        {
            sb.Append("- publisher: ").AppendLine(Escape(publisher));
        }

        if (readout.Date is { } date)
        {
            sb.Append("- date: ").AppendLine(Escape(date));
        }

        if (analysis.Headline is { } headline)
        {
            sb.Append("- the talks: ").AppendLine(Escape(headline.Text));
        }

        sb.Append("- topics: ").AppendLine(analysis.Topics.Length == 0 ? "(none)" : Escape(string.Join(", ", analysis.Topics)));
        sb.Append("- tone score: ").AppendLine(analysis.ToneScore?.ToString("0.00", CultureInfo.InvariantCulture) ?? "(no tone words)");
        sb.AppendLine();
        sb.AppendLine("| tone category | words |");
        sb.AppendLine("|---|---|");
        foreach (var category in Tone.ToneProfile.Categories)
        {
            var words = analysis.ToneHits.Where(h => h.Category == category).Select(h => h.Negated ? "not " + h.Key : h.Key).Distinct(StringComparer.Ordinal).ToList();
            if (words.Count > 0)
            {
                sb.Append("| ").Append(category.ToId()).Append(" | ").Append(Escape(string.Join(", ", words))).AppendLine(" |");
            }
        }

        sb.AppendLine();
        sb.AppendLine("| id | speaker | cue | topics | stance | claim |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var claim in analysis.Claims)
        {
            sb.Append("| ").Append(Escape(claim.Id))
              .Append(" | ").Append(Escape(claim.Speaker))
              .Append(" | ").Append(Escape(claim.Cue ?? ""))
              .Append(" | ").Append(Escape(string.Join(", ", claim.Topics)))
              .Append(" | ").Append(Escape(ComparisonText.Stance(claim)))
              .Append(" | ").Append(Escape(claim.Text))
              .AppendLine(" |");
        }

        return sb.ToString();
    }

    /// <summary>Deleted (left-only) words struck through, inserted (right-only) words in bold.</summary>
    private static string DiffCell(IEnumerable<DiffRun> runs) => string.Concat(runs.Select(r => r.Op switch
    {
        DiffOp.Delete => "~~" + Escape(r.Text.Trim()) + "~~ ",
        DiffOp.Insert => "**" + Escape(r.Text.Trim()) + "** ",
        _ => Escape(r.Text),
    }));

    private static string Cell(IEnumerable<Claim> claims) => string.Join("<br>", claims.Select(c => $"**{c.Id}** _{Escape(c.Speaker)}_: {Escape(c.Text)}"));

    /// <summary>Escapes text for a Markdown table cell.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '|' or '*' or '_' or '`' or '[' or ']' or '\\' or '#' or '~':
                    sb.Append('\\').Append(c);
                    break;
                case '<':
                    sb.Append("&lt;");
                    break;
                case '>':
                    sb.Append("&gt;");
                    break;
                case '&':
                    sb.Append("&amp;");
                    break;
                case '\r':
                    break;
                case '\n':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
