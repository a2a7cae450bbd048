using System.Globalization;
using System.Text;
using Statements.Interactive;
using Statements.Tone;

namespace Statements.Rendering;

/// <summary>
/// A chart of a comparison's tone by category: for each of the six tone categories (warmth, cooperation,
/// friction, concern, firmness, threat), one bar per side for the number of tone words the side's readout uses,
/// drawn as self-contained SVG. The SVG needs no script, style sheet or font download, so it shows the same in
/// a notebook, an HTML report and a browser; it carries a title and a description that state every number for
/// screen readers, and all text from the readouts is escaped. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// In a .NET Interactive notebook, a <see cref="ToneChart"/> returned from a cell displays as the chart
/// (text/html) or as a small table (text/plain). <see cref="Svg(Comparison)"/> gives the markup alone.
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ToneChart
{
    private const int Width = 640;
    private const int Height = 320;
    private const int PlotLeft = 48;
    private const int PlotRight = Width - 16;
    private const int PlotTop = 64;
    private const int PlotBottom = Height - 48;
    private const int MaxLabel = 24;
    private const string LeftColour = "#2f6db5";
    private const string RightColour = "#d9822b";

    private ToneChart(Comparison comparison, string markup)
    {
        Comparison = comparison;
        Markup = markup;
    }

    /// <summary>The comparison charted.</summary>
    public Comparison Comparison { get; }

    /// <summary>The chart as an SVG element (the same as <see cref="Svg(Comparison)"/> returns).</summary>
    public string Markup { get; }

    /// <summary>The chart of <paramref name="comparison"/>'s tone by category.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    public static ToneChart For(Comparison comparison) => new(comparison, Svg(comparison));

    /// <summary>
    /// Draws the tone of the two sides by category as an <c>&lt;svg&gt;</c> element, 640 by 320 units, to put
    /// inline in HTML or save as an .svg file. Bars count tone words (negated ones included, as in
    /// <see cref="ToneProfile"/>); each bar's tooltip also gives the category's mean valence.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="comparison"/> is null.</exception>
    public static string Svg(Comparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var (leftName, rightName) = ComparisonText.SideLabels(comparison);
        var left = comparison.Left.Profile;
        var right = comparison.Right.Profile;
        var categories = ToneProfile.Categories;
        var description = Describe(leftName, left, rightName, right);
        var id = "statements-tone-" + Fnv(description).ToString("x8", CultureInfo.InvariantCulture);
        var max = categories.Max(c => Math.Max(left[c].Count, right[c].Count));
        var step = TickStep(max);
        var top = Math.Max(step, (max + step - 1) / step * step);

        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"statements-tone-chart\"")
          .Append(Invariant($" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\""))
          .Append(" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\"")
          .Append(" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"12\">");
        sb.Append("<title id=\"").Append(id).Append("-title\">Tone words by category: ")
          .Append(Escape(leftName)).Append(" and ").Append(Escape(rightName)).Append("</title>");
        sb.Append("<desc id=\"").Append(id).Append("-desc\">").Append(Escape(description)).Append("</desc>");
        sb.Append(Invariant($"<rect width=\"{Width}\" height=\"{Height}\" fill=\"#ffffff\"/>"));
        sb.Append("<text x=\"16\" y=\"22\" font-size=\"15\" font-weight=\"600\" fill=\"#1a1a1a\">Tone words by category</text>");

        // Legend: a swatch, the side and its tone score, for each side.
        var x = 16;
        foreach (var (name, profile, colour) in new[] { (leftName, left, LeftColour), (rightName, right, RightColour) })
        {
            var label = Shorten(name) + " (tone score " + Score(profile.Score) + ")";
            sb.Append(Invariant($"<rect x=\"{x}\" y=\"34\" width=\"12\" height=\"12\" fill=\"{colour}\"/>"));
            sb.Append(Invariant($"<text x=\"{x + 18}\" y=\"44\" fill=\"#1a1a1a\">")).Append(Escape(label)).Append("</text>");
            x += 18 + (int)(label.Length * 6.5) + 24;
        }

        // Grid lines and the count axis.
        for (var tick = 0; tick <= top; tick += step)
        {
            var y = Y(tick, top);
            sb.Append(Invariant($"<line x1=\"{PlotLeft}\" x2=\"{PlotRight}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"{(tick == 0 ? "#666666" : "#e2e2e2")}\" stroke-width=\"1\"/>"));
            sb.Append(Invariant($"<text x=\"{PlotLeft - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\" fill=\"#555555\">{tick}</text>"));
        }

        sb.Append(Invariant($"<text transform=\"translate(14 {(PlotTop + PlotBottom) / 2}) rotate(-90)\" text-anchor=\"middle\" fill=\"#555555\">words</text>"));

        // Bars: one group per category, left side then right side.
        var group = (PlotRight - PlotLeft) / (double)categories.Count;
        var bar = group * 0.32;
        for (var i = 0; i < categories.Count; i++)
        {
            var category = categories[i];
            var centre = PlotLeft + (group * i) + (group / 2);
            AppendBar(sb, centre - bar - 2, bar, leftName, category, left[category], top, LeftColour);
            AppendBar(sb, centre + 2, bar, rightName, category, right[category], top, RightColour);
            sb.Append(Invariant($"<text x=\"{centre:0.#}\" y=\"{PlotBottom + 18}\" text-anchor=\"middle\" fill=\"#1a1a1a\">{Name(category)}</text>"));
        }

        if (left.Count == 0 && right.Count == 0)
        {
            sb.Append(Invariant($"<text x=\"{(PlotLeft + PlotRight) / 2}\" y=\"{(PlotTop + PlotBottom) / 2}\" text-anchor=\"middle\" fill=\"#555555\">Neither readout uses tone words.</text>"));
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    /// <summary>The chart's numbers as a plain-text table: the count of tone words per category and side, and each side's tone score.</summary>
    public override string ToString()
    {
        var (leftName, rightName) = ComparisonText.SideLabels(Comparison);
        var left = Comparison.Left.Profile;
        var right = Comparison.Right.Profile;
        var l = Shorten(leftName);
        var r = Shorten(rightName);
        var first = Math.Max("tone score".Length, ToneProfile.Categories.Max(c => Name(c).Length));
        var column = Math.Max(Math.Max(l.Length, r.Length), 5);
        var sb = new StringBuilder();
        sb.AppendLine("Tone words by category");
        sb.Append(new string(' ', first)).Append("  ").Append(l.PadLeft(column)).Append("  ").AppendLine(r.PadLeft(column));
        foreach (var category in ToneProfile.Categories)
        {
            sb.Append(Name(category).PadRight(first)).Append("  ")
              .Append(left[category].Count.ToString(CultureInfo.InvariantCulture).PadLeft(column)).Append("  ")
              .AppendLine(right[category].Count.ToString(CultureInfo.InvariantCulture).PadLeft(column));
        }

        sb.Append("tone score".PadRight(first)).Append("  ").Append(Score(left.Score).PadLeft(column)).Append("  ").AppendLine(Score(right.Score).PadLeft(column));
        return sb.ToString();
    }

    private static void AppendBar(StringBuilder sb, double x, double width, string side, ToneCategory category, ToneTally tally, int top, string colour)
    {
        var y = Y(tally.Count, top);
        var height = PlotBottom - y;
        var tip = $"{side}, {Name(category)}: {Words(tally.Count)}" +
                  (tally.Count == 0 ? "" : ", mean valence " + tally.Mean.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture));
        sb.Append(Invariant($"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{width:0.#}\" height=\"{height:0.#}\" fill=\"{colour}\"><title>"))
          .Append(Escape(tip)).Append("</title></rect>");
        sb.Append(Invariant($"<text x=\"{x + (width / 2):0.#}\" y=\"{y - 4:0.#}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333333\" aria-hidden=\"true\">{tally.Count}</text>"));
    }

    private static string Describe(string leftName, ToneProfile left, string rightName, ToneProfile right)
    {
        string Side(string name, ToneProfile profile) =>
            name + ": " + string.Join(", ", ToneProfile.Categories.Select(c => Name(c) + " " + profile[c].Count.ToString(CultureInfo.InvariantCulture))) +
            "; tone score " + Score(profile.Score) + ".";
        return "Number of tone words in each category. " + Side(leftName, left) + " " + Side(rightName, right);
    }

    private static double Y(int count, int top) => PlotBottom - ((PlotBottom - PlotTop) * (double)count / top);

    /// <summary>A round step for the count axis giving at most six ticks: 1, 2, 5, 10, 20, 50, ...</summary>
    private static int TickStep(int max)
    {
        var step = 1;
        while (true)
        {
            foreach (var m in (int[])[1, 2, 5])
            {
                if (max <= step * m * 5 || step * m > int.MaxValue / 100)
                {
                    return step * m;
                }
            }

            step *= 10;
        }
    }

    private static string Name(ToneCategory category) => category.ToString().ToLowerInvariant();

    private static string Words(int count) => count == 1 ? "1 word" : count.ToString(CultureInfo.InvariantCulture) + " words";

    private static string Score(double? score) => score is { } s ? s.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "none";

    private static string Shorten(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)].TrimEnd() + "…";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Escapes text for SVG inside HTML or on its own as XML: markup characters become entities, control
    /// characters XML cannot hold are dropped, and lone surrogates become U+FFFD.
    /// </summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n' or '\r': sb.Append(' '); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>FNV-1a over UTF-16 code units: a stable id for the chart's title and description, the same for the same numbers.</summary>
    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
