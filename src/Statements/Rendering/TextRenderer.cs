using System.Text;

namespace Statements.Rendering;

/// <summary>
/// Renders a comparison as plain text for a terminal: the tone line, engagement facts, then each row with its
/// kind, topics and the two sides' texts side by side in wrapped columns. Stateless and thread-safe.
/// </summary>
public static partial class TextRenderer
{
    /// <summary>Renders <paramref name="comparison"/> for a terminal <paramref name="width"/> columns wide (at least 40).</summary>
    public static string Render(Comparison comparison, int width = 120)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        width = Math.Max(40, width);
        var (leftLabel, rightLabel) = ComparisonText.SideLabels(comparison);
        var sb = new StringBuilder();
        sb.Append(Describe(comparison.Left.Readout)).Append("  vs  ").AppendLine(Describe(comparison.Right.Readout));
        sb.AppendLine(new string('=', width));
        sb.Append("Tone      ").AppendLine(ComparisonText.ToneLine(comparison));
        if (ComparisonText.HeadlineLine(comparison) is { } headline)
        {
            sb.Append("Talks     ").AppendLine(headline);
        }
        foreach (var line in ComparisonText.FactLines(comparison))
        {
            sb.Append("Fact      ").AppendLine(line);
        }

        sb.Append("Rows      ").AppendLine(ComparisonText.RowCounts(comparison));
        if (comparison.Coverage.Length > 0)
        {
            sb.Append("Topics    ").AppendLine(string.Join(", ", comparison.Coverage.Select(c => $"{c.Topic} {c.Left.Length}/{c.Right.Length}")) + $"   ({leftLabel}/{rightLabel} claims)");
        }
        var summary = Wrap(ComparisonText.Summary(comparison), width - 10);
        for (var i = 0; i < summary.Count; i++)
        {
            sb.Append(i == 0 ? "Summary   " : "          ").AppendLine(summary[i]);
        }

        sb.AppendLine(new string('=', width));
        var column = (width - 3) / 2;
        sb.Append(Pad(leftLabel, column)).Append(" | ").AppendLine(rightLabel);
        var number = 0;
        foreach (var row in comparison.Rows)
        {
            number++;
            sb.AppendLine(new string('-', width));
            sb.Append('[').Append(number).Append("] ").Append(ComparisonText.KindLabel(comparison, row.Kind).ToUpperInvariant());
            if (row.AttributedToOtherSide)
            {
                sb.Append(" - ATTRIBUTED TO THE OTHER SIDE");
            }
            if (row.Topics.Length > 0)
            {
                sb.Append("  (").Append(string.Join(", ", row.Topics)).Append(')');
            }

            if (row.Score is { } score)
            {
                sb.Append("  score ").Append(score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            }

            sb.AppendLine();
            var left = Wrap(string.Join(" ", row.Left.Select(Line)), column);
            var right = Wrap(string.Join(" ", row.Right.Select(Line)), column);
            for (var i = 0; i < Math.Max(left.Count, right.Count); i++)
            {
                sb.Append(Pad(i < left.Count ? left[i] : "", column)).Append(" | ").AppendLine(i < right.Count ? right[i] : "");
            }

            if (row.LeftTone.Length > 0 || row.RightTone.Length > 0)
            {
                // Wrapped like the claims, so a long list of tone keys keeps the divider in its column.
                var leftTone = Wrap("    tone: " + string.Join(", ", row.LeftTone), column);
                var rightTone = Wrap("tone: " + string.Join(", ", row.RightTone), column);
                for (var i = 0; i < Math.Max(leftTone.Count, rightTone.Count); i++)
                {
                    sb.Append(Pad(i < leftTone.Count ? leftTone[i] : "", column)).Append(" | ").AppendLine(i < rightTone.Count ? rightTone[i] : "");
                }
            }

            if (row.Kind is RowKind.Shared or RowKind.Divergent || row.AttributedToOtherSide)
            {
                sb.Append("    why: ").AppendLine(string.Join("; ", row.Reasons));
            }

            foreach (var note in ComparisonText.RowNotes(comparison, row))
            {
                foreach (var line in Wrap(note, width - 4))
                {
                    sb.Append("    ").AppendLine(line);
                }
            }

            if (row.Diff.Length > 0)
            {
                foreach (var line in Wrap("diff: " + ComparisonText.DiffLine(row.Diff), width - 4))
                {
                    sb.Append("    ").AppendLine(line);
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>Renders one readout's analysis for a terminal: its tone, topics and each claim with speaker, cue, topics and stance.</summary>
    public static string Render(ReadoutAnalysis analysis, int width = 120)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        width = Math.Max(40, width);
        var sb = new StringBuilder();
        sb.AppendLine(Describe(analysis.Readout) + (analysis.Readout.Title is { } title ? ": " + title : ""));
        sb.AppendLine(new string('=', width));
        if (analysis.Headline is { } headline)
        {
            sb.Append("Talks     ").AppendLine(headline.Text);
        }

        foreach (var category in Tone.ToneProfile.Categories)
        {
            var words = analysis.ToneHits.Where(h => h.Category == category).Select(h => h.Negated ? "not " + h.Key : h.Key).Distinct(StringComparer.Ordinal).ToList();
            if (words.Count > 0)
            {
                sb.Append(Pad("Tone", 10)).Append(Pad(category.ToId(), 13)).AppendLine(string.Join(", ", words));
            }
        }

        sb.Append("Score     ").AppendLine(analysis.ToneScore?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) ?? "(no tone words)");
        sb.Append("Topics    ").AppendLine(analysis.Topics.Length == 0 ? "(none)" : string.Join(", ", analysis.Topics));
        sb.Append("Claims    ").AppendLine(analysis.Claims.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var claim in analysis.Claims)
        {
            sb.AppendLine(new string('-', width));
            sb.Append(claim.Id).Append(" [").Append(claim.Speaker).Append(']');
            if (claim.Cue is { } cue)
            {
                sb.Append(' ').Append(cue);
            }

            sb.Append("  (").Append(ComparisonText.Stance(claim)).Append(')');
            if (claim.Topics.Length > 0)
            {
                sb.Append("  ").Append(string.Join(", ", claim.Topics));
            }

            sb.AppendLine();
            foreach (var line in Wrap(Flatten(claim.Text), width - 4))
            {
                sb.Append("    ").AppendLine(line);
            }
        }

        return sb.ToString();
    }

    private static string Describe(Readout readout) => readout.Publisher is null ? readout.Side : $"{readout.Side} ({readout.Publisher})";

    private static string Line(Claim claim) => $"{claim.Id} [{claim.Speaker}] {Flatten(claim.Text)}";

    private static string Flatten(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Pads <paramref name="text"/> with spaces to <paramref name="width"/> columns (wide characters take two).</summary>
    private static string Pad(string text, int width)
    {
        var columns = DisplayWidth.Of(text);
        return columns >= width ? text : text + new string(' ', width - columns);
    }

    /// <summary>
    /// Wraps text into lines of at most <paramref name="width"/> columns (East Asian wide characters take two): at
    /// spaces, and inside East Asian text wherever it may break (<see cref="DisplayWidth.BreakWithin"/>), so Chinese
    /// text fills each line; a longer word with no such place is cut.
    /// </summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var gap = used > 0 ? 1 : 0;
                var columns = DisplayWidth.Of(rest);
                if (used + gap + columns <= width)
                {
                    line.Append(' ', gap).Append(rest);
                    used += gap + columns;
                    break;
                }

                var end = DisplayWidth.BreakWithin(rest, width - used - gap);
                if (end == 0 && used == 0)
                {
                    end = DisplayWidth.Fit(rest, width);
                }

                if (end > 0)
                {
                    line.Append(' ', gap).Append(rest, 0, end);
                    rest = rest[end..];
                }

                lines.Add(line.ToString());
                line.Clear();
                used = 0;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }
}
