using Microsoft.DotNet.Interactive.Formatting;
using Statements.Rendering;
using Statements.Timeline;

namespace Statements.Notebooks.Tests;

/// <summary>A readout timeline in a notebook: found by the attribute name .NET Interactive looks for, shown as the library's HTML and text.</summary>
[Collection(NotebookGroup.Name)]
public sealed class TimelineFormatterTests : IDisposable
{
    public TimelineFormatterTests() => Formatter.ResetToDefault();

    public void Dispose() => Formatter.ResetToDefault();

    private static ReadoutTimeline Timeline() => ReadoutTimeline.Build(
        new[] { "2023-01-01", "2023-06-01" }.Select(date => ReadoutComparer.Default.Analyze(Readout.Parse(
            $"publisher: The White House\ndate: {date}\n---\nPresident Biden spoke today with President Xi Jinping of China. They discussed peace and stability across the Taiwan Strait <b>now</b>.",
            name: date + ".txt"))));

    [Fact]
    public void A_timeline_names_a_formatter_source_by_the_attribute_name_dotnet_interactive_looks_for() =>
        typeof(ReadoutTimeline).GetCustomAttributes(true).Should().ContainSingle(a => a.GetType().Name == "TypeFormatterSourceAttribute")
            .Which.GetType().Assembly.Should().BeSameAs(typeof(ReadoutTimeline).Assembly);

    [Fact]
    public void Through_dotnet_interactive_a_timeline_shows_as_its_html_fragment_and_its_text()
    {
        var timeline = Timeline();
        var html = timeline.ToDisplayString("text/html");
        html.Should().Be(TimelineHtml.RenderFragment(timeline));
        html.Should().Contain("<svg").And.NotContain("<b>now</b>");
        timeline.ToDisplayString("text/plain").Should().Be(TimelineText.Render(timeline));
    }
}
