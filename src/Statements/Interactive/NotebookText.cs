using System.Globalization;
using System.Text;
using Statements.Rendering;

namespace Statements.Interactive;

/// <summary>Plain-text views of the results the text renderer does not cover on their own: a readout and one row.</summary>
internal static class NotebookText
{
    public static string Readout(Readout readout)
    {
        var sb = new StringBuilder();
        Header(sb, "side", readout.Side);
        Header(sb, "publisher", readout.Publisher);
        Header(sb, "title", readout.Title);
        Header(sb, "date", readout.Date);
        Header(sb, "source", readout.Source);
        Header(sb, "language", readout.Language);
        Header(sb, "encoding", readout.Encoding);
        sb.AppendLine("---");
        sb.Append(readout.Text);
        return sb.ToString();
    }

    public static string Row(ComparisonRow row)
    {
        var sb = new StringBuilder();
        sb.Append(row.Kind switch
        {
            RowKind.Shared => "shared",
            RowKind.Divergent => "divergent",
            RowKind.LeftOnly => "left only",
            RowKind.Weak => "weak counterpart",
            _ => "right only",
        });
        if (row.AttributedToOtherSide)
        {
            sb.Append(", attributed to the other side");
        }

        if (row.Topics.Length > 0)
        {
            sb.Append(" (").Append(string.Join(", ", row.Topics)).Append(')');
        }

        if (row.Score is { } score)
        {
            sb.Append("  score ").Append(score.ToString("0.00", CultureInfo.InvariantCulture));
        }

        sb.AppendLine();
        foreach (var claim in row.Left)
        {
            sb.Append("  left:  ").AppendLine(Claim(claim));
        }

        foreach (var claim in row.Right)
        {
            sb.Append("  right: ").AppendLine(Claim(claim));
        }

        if (row.Reasons.Length > 0)
        {
            sb.Append("  why:   ").AppendLine(string.Join("; ", row.Reasons));
        }

        if (row.Evidence.Length > 0)
        {
            sb.Append("  evidence: ").AppendLine(string.Join("; ", row.Evidence));
        }

        if (row.Nearest is { } nearest)
        {
            sb.Append("  nearest: ").Append(nearest.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)).Append(' ').AppendLine(Claim(nearest.Claim));
        }

        foreach (var general in row.GeneralLinks.Select(k => row.Left.Length > 0 ? k.Right : k.Left).DistinctBy(c => c.Id))
        {
            sb.Append("  only in general terms: ").AppendLine(Claim(general));
        }

        if (row.Diff.Length > 0)
        {
            sb.Append("  diff:  ").AppendLine(Flatten(ComparisonText.DiffLine(row.Diff)));
        }

        return sb.ToString();
    }

    private static string Claim(Claim claim) => $"{claim.Id} [{claim.Speaker}] {Flatten(claim.Text)}";

    private static string Flatten(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static void Header(StringBuilder sb, string key, string? value)
    {
        if (value is not null)
        {
            sb.Append(key).Append(": ").AppendLine(Flatten(value));
        }
    }
}
