using Statements.Rendering;
using Statements.Serialization;

namespace Statements.ConsoleApp;

/// <summary>The report formats of <c>--format</c>.</summary>
internal enum ReportFormat
{
    /// <summary>A Spectre.Console view: coloured on a terminal, plain text when redirected or written to a file.</summary>
    Text,

    /// <summary>Markdown (GitHub flavoured tables).</summary>
    Markdown,

    /// <summary>A self-contained HTML page.</summary>
    Html,

    /// <summary>JSON: the statements.comparison/2 contract, or the analysis of one readout.</summary>
    Json,

    /// <summary>CSV, one line per row or claim.</summary>
    Csv,
}

/// <summary>Names, file extensions and non-terminal rendering of the report formats.</summary>
internal static class ReportFormats
{
    /// <summary>The names <c>--format</c> accepts, in the order help lists them.</summary>
    public static readonly string[] Names = ["text", "markdown", "html", "json", "csv"];

    /// <summary>The format with the given name (one of <see cref="Names"/>).</summary>
    public static ReportFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "markdown" => ReportFormat.Markdown,
        "html" => ReportFormat.Html,
        "json" => ReportFormat.Json,
        "csv" => ReportFormat.Csv,
        _ => ReportFormat.Text,
    };

    /// <summary>The file extension of the format, without the dot: txt, md, html, json, csv.</summary>
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Markdown => "md",
        ReportFormat.Html => "html",
        ReportFormat.Json => "json",
        ReportFormat.Csv => "csv",
        _ => "txt",
    };

    /// <summary>
    /// A comparison report as a string; text is rendered plain (no ANSI) at <paramref name="width"/> columns. Text,
    /// Markdown and CSV show the input's control characters and escape sequences visibly (<see cref="TerminalText"/>),
    /// as they are read on a terminal; JSON escapes them and HTML is read in a browser.
    /// </summary>
    public static string Render(Comparison comparison, ReportFormat format, int width) => format switch
    {
        ReportFormat.Markdown => TerminalText.Visible(MarkdownRenderer.Render(comparison)),
        ReportFormat.Json => ComparisonJson.Serialize(comparison) + Environment.NewLine,
        ReportFormat.Html => HtmlRenderer.Render(comparison),
        ReportFormat.Csv => TerminalText.Visible(CsvRenderer.Render(comparison, guardFormulas: true)),
        _ => PlainText(console => new ComparisonView(comparison).Write(console), width),
    };

    /// <summary>An N-way comparison report as a string; text is rendered plain at <paramref name="width"/> columns, one column per readout.</summary>
    public static string Render(MultiComparison comparison, ReportFormat format, int width) => format switch
    {
        ReportFormat.Markdown => TerminalText.Visible(MarkdownRenderer.Render(comparison)),
        ReportFormat.Json => ComparisonJson.Serialize(comparison) + Environment.NewLine,
        ReportFormat.Html => HtmlRenderer.Render(comparison),
        ReportFormat.Csv => TerminalText.Visible(CsvRenderer.Render(comparison, guardFormulas: true)),
        _ => TerminalText.Visible(TextRenderer.Render(comparison, width)),
    };

    /// <summary>A one-readout analysis report as a string; text is rendered plain at <paramref name="width"/> columns.</summary>
    /// <summary>A readout held against its translation in <paramref name="format"/>.</summary>
    public static string Render(TranslationComparison comparison, ReportFormat format) => format switch
    {
        ReportFormat.Markdown => TerminalText.Visible(TranslationRenderer.ToMarkdown(comparison)),
        ReportFormat.Json => TranslationRenderer.ToJson(comparison),
        ReportFormat.Html => TranslationRenderer.ToHtml(comparison),
        ReportFormat.Csv => TerminalText.Visible(TranslationRenderer.ToCsv(comparison)),
        _ => TerminalText.Visible(TranslationRenderer.ToText(comparison)),
    };

    public static string Render(ReadoutAnalysis analysis, ReportFormat format, int width) => format switch
    {
        ReportFormat.Markdown => TerminalText.Visible(MarkdownRenderer.Render(analysis)),
        ReportFormat.Json => ComparisonJson.Serialize(analysis) + Environment.NewLine,
        ReportFormat.Html => HtmlRenderer.Render(analysis),
        ReportFormat.Csv => TerminalText.Visible(CsvRenderer.Render(analysis, guardFormulas: true)),
        _ => PlainText(console => new AnalysisView(analysis).Write(console), width),
    };

    /// <summary>
    /// A readout timeline as a string: text and Markdown tables (input control characters shown visibly), the HTML page,
    /// the statements.timeline/1 JSON document or CSV (one record per readout and counterpart).
    /// </summary>
    public static string Render(Timeline.ReadoutTimeline timeline, ReportFormat format) => format switch
    {
        ReportFormat.Markdown => TerminalText.Visible(TimelineText.RenderMarkdown(timeline)),
        ReportFormat.Json => TimelineJson.Serialize(timeline) + Environment.NewLine,
        ReportFormat.Html => TimelineHtml.Render(timeline),
        ReportFormat.Csv => TerminalText.Visible(TimelineCsv.Render(timeline, guardFormulas: true)),
        _ => TerminalText.Visible(TimelineText.Render(timeline)),
    };

    /// <summary>Renders a Spectre view to a string with no escape sequences.</summary>
    public static string PlainText(Action<Spectre.Console.IAnsiConsole> write, int width)
    {
        var writer = new StringWriter();
        write(Terminal.CreateConsole(writer, colour: false, width));
        return writer.ToString();
    }
}
