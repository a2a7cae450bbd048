using System.Globalization;

namespace Statements.Rendering;

/// <summary>Phrases every renderer shares, so text, Markdown and other views say the same thing.</summary>
public static class ComparisonText
{
    /// <summary>A short label for a side: "US" for United States, "UK" for United Kingdom, else the name.</summary>
    public static string ShortSide(string side)
    {
        ArgumentNullException.ThrowIfNull(side);
        return side switch
        {
            "United States" => "US",
            "United Kingdom" => "UK",
            _ => side,
        };
    }

    /// <summary>The tone line: "both: candid; China only: in-depth; US only: constructive".</summary>
    public static string ToneLine(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (left, right) = SideLabels(comparison);
        var tone = comparison.Tone;
        return string.Join("; ",
            "both: " + List(tone.Shared),
            left + " only: " + List(tone.LeftOnly),
            right + " only: " + List(tone.RightOnly));
    }

    /// <summary>How each side describes the talks: "China: candid and in-depth; US: candid and constructive", or null when neither does.</summary>
    public static string? HeadlineLine(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (left, right) = SideLabels(comparison);
        var l = comparison.Tone.LeftHeadline?.Text;
        var r = comparison.Tone.RightHeadline?.Text;
        return l is null && r is null ? null : $"{left}: {l ?? "(none)"}; {right}: {r ?? "(none)"}";
    }

    /// <summary>
    /// A word diff in one line, wdiff style: words only the left text has as <c>[-words-]</c>, words only the right
    /// text has as <c>{+words+}</c>, shared words plain.
    /// </summary>
    public static string DiffLine(IEnumerable<DiffRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return string.Concat(runs.Select(r => r.Op switch
        {
            DiffOp.Delete => "[-" + r.Text.Trim() + "-] ",
            DiffOp.Insert => "{+" + r.Text.Trim() + "+} ",
            _ => r.Text,
        })).Replace('\n', ' ');
    }

    /// <summary>The labels of the two columns; sides that are the same are told apart as left and right.</summary>
    public static (string Left, string Right) SideLabels(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var left = ShortSide(comparison.Left.Readout.Side);
        var right = ShortSide(comparison.Right.Readout.Side);
        return left == right ? (left + " (left)", right + " (right)") : (left, right);
    }

    /// <summary>The label of a row kind for people: "shared", "divergent", "China only".</summary>
    public static string KindLabel(Comparison comparison, RowKind kind)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (left, right) = SideLabels(comparison);
        return kind switch
        {
            RowKind.Shared => "shared",
            RowKind.Divergent => "divergent",
            RowKind.LeftOnly => left + " only",
            _ => right + " only",
        };
    }

    /// <summary>The engagement facts in one line each: "requestedBy: China says Joe Biden; US says nothing".</summary>
    public static IEnumerable<string> FactLines(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return FactLinesOf(comparison);
    }

    private static IEnumerable<string> FactLinesOf(Comparison comparison)
    {
        var (left, right) = SideLabels(comparison);
        foreach (var fact in comparison.Engagement.Facts.Where(f => f.Left is not null || f.Right is not null))
        {
            var line = fact.Left == fact.Right
                ? $"{fact.Name}: {fact.Left} (both)"
                : $"{fact.Name}: {left} {fact.Left ?? "does not say"}; {right} {fact.Right ?? "does not say"}";
            yield return fact.Conflict ? line + "  [the sides disagree]" : line;
        }
    }

    /// <summary>Counts of rows by kind: "3 shared, 2 divergent, 5 China only, 4 US only".</summary>
    public static string RowCounts(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return string.Join(", ", Enum.GetValues<RowKind>().Select(k => comparison.Rows.Count(r => r.Kind == k).ToString(CultureInfo.InvariantCulture) + " " + KindLabel(comparison, k)));
    }

    private static string List(IReadOnlyCollection<string> keys) => keys.Count == 0 ? "(none)" : string.Join(", ", keys);
}
