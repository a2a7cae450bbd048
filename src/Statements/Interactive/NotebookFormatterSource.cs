using System.Diagnostics.CodeAnalysis;
using Statements.Rendering;

namespace Statements.Interactive;

/// <summary>
/// The formatters .NET Interactive uses to display the library's results in a notebook cell: text/html from the
/// HTML renderer's fragments (every readout text encoded) and text/plain from the text renderer (NotebookText for
/// a readout and a row). Found through <see cref="TypeFormatterSourceAttribute"/>; stateless, so one instance
/// serves every type and thread.
/// </summary>
internal sealed class NotebookFormatterSource
{
    /// <summary>The HTML and the plain-text formatter, in that order. Called by .NET Interactive by name.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = ".NET Interactive creates the source and calls this on the instance.")]
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicProperties, typeof(NotebookFormatter))]
    public IEnumerable<object> CreateTypeFormatters() =>
    [
        new NotebookFormatter(NotebookFormatter.Html, RenderHtml),
        new NotebookFormatter(NotebookFormatter.PlainText, RenderText),
    ];

    /// <summary>The HTML of a result, or null for a type this source does not display.</summary>
    internal static string? RenderHtml(object? instance) => instance switch
    {
        Comparison comparison => HtmlRenderer.RenderFragment(comparison),
        MultiComparison comparison => HtmlRenderer.RenderFragment(comparison),
        ReadoutAnalysis analysis => HtmlRenderer.RenderFragment(analysis),
        Readout readout => HtmlRenderer.RenderFragment(readout),
        ComparisonRow row => HtmlRenderer.RenderFragment(row),
        ToneChart chart => "<div class=\"statements\">" + chart.Markup + "</div>",
        Timeline.ReadoutTimeline timeline => TimelineHtml.RenderFragment(timeline),
        _ => null,
    };

    /// <summary>The plain text of a result, or null for a type this source does not display.</summary>
    internal static string? RenderText(object? instance) => instance switch
    {
        Comparison comparison => TextRenderer.Render(comparison),
        MultiComparison comparison => TextRenderer.Render(comparison),
        ReadoutAnalysis analysis => TextRenderer.Render(analysis),
        Readout readout => NotebookText.Readout(readout),
        ComparisonRow row => NotebookText.Row(row),
        ToneChart chart => chart.ToString(),
        Timeline.ReadoutTimeline timeline => TimelineText.Render(timeline),
        _ => null,
    };
}

/// <summary>One formatter as .NET Interactive expects it by convention: a MIME type and a Format method.</summary>
internal sealed class NotebookFormatter(string mimeType, Func<object?, string?> render)
{
    /// <summary>The MIME type of HTML.</summary>
    public const string Html = "text/html";

    /// <summary>The MIME type of plain text.</summary>
    public const string PlainText = "text/plain";

    /// <summary>The MIME type this formatter writes. Read by .NET Interactive by name.</summary>
    public string MimeType { get; } = mimeType;

    /// <summary>
    /// Writes <paramref name="instance"/> to <paramref name="writer"/> and returns true, or returns false without
    /// writing for a type it does not display. Called by .NET Interactive by name, with exactly these parameter types.
    /// </summary>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (render(instance) is not { } text)
        {
            return false;
        }

        writer.Write(text);
        return true;
    }
}
