using System.Globalization;
using System.Text;
using Statements.Timeline;
using Statements.Tone;

namespace Statements.Rendering;

/// <summary>
/// The charts of one dyad's timeline as self-contained SVG, drawn as <see cref="ToneChart"/> is (no script, style sheet or
/// font download; a title and a description that state every number; readout text escaped): a heat map of claims per
/// topic and quarter, and one line per tone category of tone words per quarter. Thread-safe.
/// </summary>
public static class TimelineChart
{
    private const int Left = 190;
    private const int Top = 56;
    private const int Cell = 22;
    private const int Row = 20;

    private static readonly string[] Colours = ["#d9822b", "#2e9e55", "#b8a000", "#7a5cc4", "#2f6db5", "#c43b3b"];

    /// <summary>The heat map: topics down, quarters across, each cell shaded by the claims on that topic in that quarter (the number written in it).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string HeatMap(CounterpartTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var quarters = timeline.Quarters;
        var topics = timeline.Topics;
        var width = Left + (Math.Max(1, quarters.Length) * Cell) + 16;
        var height = Top + (Math.Max(1, topics.Length) * Row) + 60;
        var max = Math.Max(1, topics.SelectMany(t => t.PerQuarter).DefaultIfEmpty(0).Max());
        var description = "Claims per topic and quarter in the readouts with " + timeline.Counterpart + ". " +
            string.Join(" ", topics.Select(t => t.Key + ": " + string.Join(", ", quarters.Select((q, i) => q + " " + N(t.PerQuarter[i])).Where((_, i) => t.PerQuarter[i] > 0)) + "."));
        var id = "statements-heat-" + Fnv(description).ToString("x8", CultureInfo.InvariantCulture);
        var sb = Open(width, height, id, "Claims per topic and quarter: " + timeline.Counterpart, description, "statements-heat-map");
        sb.Append("<text x=\"16\" y=\"22\" font-size=\"15\" font-weight=\"600\" fill=\"#1a1a1a\">").Append(ToneChart.Escape("Topics by quarter: " + timeline.Counterpart)).Append("</text>");
        for (var q = 0; q < quarters.Length; q++)
        {
            if (q == 0 || quarters[q].EndsWith("Q1", StringComparison.Ordinal))
            {
                sb.Append(Invariant($"<text x=\"{Left + (q * Cell)}\" y=\"{Top - 8}\" font-size=\"10\" fill=\"#555555\">{quarters[q][..4]}</text>"));
            }
        }

        for (var t = 0; t < topics.Length; t++)
        {
            var y = Top + (t * Row);
            sb.Append(Invariant($"<text x=\"{Left - 6}\" y=\"{y + 14}\" text-anchor=\"end\" fill=\"#1a1a1a\">")).Append(ToneChart.Escape(topics[t].Key)).Append("</text>");
            for (var q = 0; q < quarters.Length; q++)
            {
                var n = topics[t].PerQuarter[q];
                var shade = n == 0 ? "#f3f4f6" : Shade((double)n / max);
                sb.Append(Invariant($"<rect x=\"{Left + (q * Cell)}\" y=\"{y}\" width=\"{Cell - 2}\" height=\"{Row - 2}\" fill=\"{shade}\"><title>"))
                  .Append(ToneChart.Escape($"{topics[t].Key}, {quarters[q]}: {N(n)} claims")).Append("</title></rect>");
                if (n > 0)
                {
                    sb.Append(Invariant($"<text x=\"{Left + (q * Cell) + ((Cell - 2) / 2)}\" y=\"{y + 13}\" text-anchor=\"middle\" font-size=\"10\" fill=\"{((double)n / max > 0.55 ? "#ffffff" : "#1a1a1a")}\" aria-hidden=\"true\">{n}</text>"));
                }
            }
        }

        if (topics.IsEmpty || quarters.IsEmpty)
        {
            sb.Append(Invariant($"<text x=\"{Left}\" y=\"{Top + 14}\" fill=\"#555555\">No dated claims with a topic.</text>"));
        }

        return sb.Append("</svg>").ToString();
    }

    /// <summary>The tone lines: one line per tone category of tone words per quarter, with a dot and the number at each point.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string ToneLines(CounterpartTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var quarters = timeline.Quarters;
        const int PlotLeft = 48;
        const int PlotTop = 64;
        const int PlotHeight = 200;
        var step = Math.Max(12, Math.Min(48, 600 / Math.Max(1, quarters.Length)));
        var width = PlotLeft + (Math.Max(1, quarters.Length) * step) + 24;
        var height = PlotTop + PlotHeight + 48;
        var max = Math.Max(1, timeline.Tone.SelectMany(s => s.PerQuarter).DefaultIfEmpty(0).Max());
        var description = "Tone words per category and quarter in the readouts with " + timeline.Counterpart + ". " +
            string.Join(" ", timeline.Tone.Select(s => s.Key + ": " + string.Join(", ", quarters.Select((q, i) => q + " " + N(s.PerQuarter[i]))) + "."));
        var id = "statements-tone-lines-" + Fnv(description).ToString("x8", CultureInfo.InvariantCulture);
        var sb = Open(Math.Max(width, 420), height, id, "Tone words per category and quarter: " + timeline.Counterpart, description, "statements-tone-lines");
        sb.Append("<text x=\"16\" y=\"22\" font-size=\"15\" font-weight=\"600\" fill=\"#1a1a1a\">").Append(ToneChart.Escape("Tone by quarter: " + timeline.Counterpart)).Append("</text>");
        var x0 = 16;
        for (var c = 0; c < timeline.Tone.Length; c++)
        {
            sb.Append(Invariant($"<rect x=\"{x0}\" y=\"34\" width=\"10\" height=\"10\" fill=\"{Colours[c % Colours.Length]}\"/><text x=\"{x0 + 14}\" y=\"43\" font-size=\"11\" fill=\"#1a1a1a\">{timeline.Tone[c].Key}</text>"));
            x0 += 24 + (timeline.Tone[c].Key.Length * 7);
        }

        double Y(int n) => PlotTop + PlotHeight - (PlotHeight * (double)n / max);
        sb.Append(Invariant($"<line x1=\"{PlotLeft}\" x2=\"{width - 16}\" y1=\"{PlotTop + PlotHeight}\" y2=\"{PlotTop + PlotHeight}\" stroke=\"#666666\"/>"));
        sb.Append(Invariant($"<text x=\"{PlotLeft - 6}\" y=\"{PlotTop + 4}\" text-anchor=\"end\" fill=\"#555555\">{max}</text><text x=\"{PlotLeft - 6}\" y=\"{PlotTop + PlotHeight + 4}\" text-anchor=\"end\" fill=\"#555555\">0</text>"));
        for (var q = 0; q < quarters.Length; q++)
        {
            if (q == 0 || quarters[q].EndsWith("Q1", StringComparison.Ordinal))
            {
                sb.Append(Invariant($"<text x=\"{PlotLeft + (q * step)}\" y=\"{PlotTop + PlotHeight + 18}\" font-size=\"10\" fill=\"#555555\">{quarters[q][..4]}</text>"));
            }
        }

        for (var c = 0; c < timeline.Tone.Length; c++)
        {
            var series = timeline.Tone[c];
            var colour = Colours[c % Colours.Length];
            var points = string.Join(" ", series.PerQuarter.Select((n, q) => Invariant($"{PlotLeft + (q * step)},{Y(n):0.#}")));
            sb.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\" points=\"").Append(points).Append("\"/>");
            for (var q = 0; q < series.PerQuarter.Length; q++)
            {
                sb.Append(Invariant($"<circle cx=\"{PlotLeft + (q * step)}\" cy=\"{Y(series.PerQuarter[q]):0.#}\" r=\"3\" fill=\"{colour}\"><title>"))
                  .Append(ToneChart.Escape($"{series.Key}, {quarters[q]}: {N(series.PerQuarter[q])} tone words")).Append("</title></circle>");
            }
        }

        if (quarters.IsEmpty)
        {
            sb.Append(Invariant($"<text x=\"{PlotLeft}\" y=\"{PlotTop + 20}\" fill=\"#555555\">No dated readouts.</text>"));
        }

        return sb.Append("</svg>").ToString();
    }

    private static StringBuilder Open(int width, int height, string id, string title, string description, string css)
    {
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"").Append(css).Append('"')
          .Append(Invariant($" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\""))
          .Append(" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\"")
          .Append(" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" font-size=\"12\">");
        sb.Append("<title id=\"").Append(id).Append("-title\">").Append(ToneChart.Escape(title)).Append("</title>");
        sb.Append("<desc id=\"").Append(id).Append("-desc\">").Append(ToneChart.Escape(description)).Append("</desc>");
        sb.Append(Invariant($"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>"));
        return sb;
    }

    private static string Shade(double share)
    {
        // From a light to a dark blue.
        var r = (int)(222 - (175 * share));
        var g = (int)(235 - (126 * share));
        var b = (int)(247 - (66 * share));
        return Invariant($"#{r:x2}{g:x2}{b:x2}");
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

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
