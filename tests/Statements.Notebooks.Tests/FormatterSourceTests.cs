using System.Collections;
using System.Reflection;
using Microsoft.DotNet.Interactive.Formatting;
using Statements.Rendering;

namespace Statements.Notebooks.Tests;

/// <summary>
/// The library's notebook formatters, checked twice: by the convention .NET Interactive follows (attribute found
/// by name, source and formatters called by reflection), and through .NET Interactive's own Formatter.
/// </summary>
[Collection(NotebookGroup.Name)]
public sealed class FormatterSourceTests : IDisposable
{
    private static readonly Comparison Sample = ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);

    public FormatterSourceTests() => Formatter.ResetToDefault();

    public void Dispose() => Formatter.ResetToDefault();

    public static TheoryData<Type> DisplayedTypes() => [typeof(Comparison), typeof(ReadoutAnalysis), typeof(Readout), typeof(ComparisonRow), typeof(ToneChart), typeof(MultiComparison)];

    [Theory]
    [MemberData(nameof(DisplayedTypes))]
    public void Each_displayed_type_names_a_formatter_source_by_the_attribute_name_dotnet_interactive_looks_for(Type type)
    {
        var attribute = type.GetCustomAttributes(true).Should().ContainSingle(a => a.GetType().Name == "TypeFormatterSourceAttribute").Subject;

        attribute.GetType().Assembly.Should().BeSameAs(typeof(Comparison).Assembly, "the library declares the attribute itself");
        var sourceType = attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute).Should().BeAssignableTo<Type>().Subject;
        var formatters = Formatters(sourceType);
        formatters.Select(f => f.MimeType).Should().BeEquivalentTo(["text/html", "text/plain"]);
    }

    [Fact]
    public void The_library_does_not_depend_on_dotnet_interactive() =>
        typeof(Comparison).Assembly.GetReferencedAssemblies().Select(a => a.Name).Should().NotContain(n => n!.StartsWith("Microsoft.DotNet.Interactive", StringComparison.Ordinal));

    [Fact]
    public void By_convention_a_comparison_formats_as_the_html_fragment_and_as_the_text_rendering()
    {
        var formatters = Formatters(SourceOf(typeof(Comparison)));

        Format(formatters, "text/html", Sample).Should().Be(HtmlRenderer.RenderFragment(Sample));
        Format(formatters, "text/plain", Sample).Should().Be(TextRenderer.Render(Sample));
    }

    [Fact]
    public void By_convention_a_formatter_declines_a_value_it_does_not_display()
    {
        foreach (var formatter in Formatters(SourceOf(typeof(Comparison))))
        {
            using var writer = new StringWriter();
            formatter.Format("just a string", writer).Should().BeFalse();
            formatter.Format(42, writer).Should().BeFalse();
            writer.ToString().Should().BeEmpty();
        }
    }

    [Fact]
    public void Through_dotnet_interactive_each_result_shows_as_the_libraries_html()
    {
        var analysis = Sample.Left;
        var row = Sample.Rows[0];

        Sample.ToDisplayString("text/html").Should().Be(HtmlRenderer.RenderFragment(Sample));
        analysis.ToDisplayString("text/html").Should().Be(HtmlRenderer.RenderFragment(analysis));
        analysis.Readout.ToDisplayString("text/html").Should().Be(HtmlRenderer.RenderFragment(analysis.Readout));
        row.ToDisplayString("text/html").Should().Be(HtmlRenderer.RenderFragment(row));
        ToneChart.For(Sample).ToDisplayString("text/html").Should().Contain(ToneChart.Svg(Sample));
    }

    [Fact]
    public void Through_dotnet_interactive_an_N_way_comparison_shows_as_its_html_table_and_as_text()
    {
        var all = ReadoutComparer.Default.Compare([Readouts.SampleChina, Readouts.SampleUnitedStates, Readouts.SampleChina with { Name = "copy.txt" }]);

        all.ToDisplayString("text/html").Should().Be(HtmlRenderer.RenderFragment(all)).And.Contain("class=\"strip\"");
        all.ToDisplayString("text/plain").Should().Be(TextRenderer.Render(all));
    }

    [Fact]
    public void Through_dotnet_interactive_each_result_has_a_plain_text_view()
    {
        Sample.ToDisplayString("text/plain").Should().Be(TextRenderer.Render(Sample));

        Sample.Left.ToDisplayString("text/plain").Should().Be(TextRenderer.Render(Sample.Left));

        Sample.Left.Readout.ToDisplayString("text/plain").Should().Contain("side: China").And.Contain("---").And.EndWith(Sample.Left.Readout.Text);

        var divergent = Sample.Rows.First(r => r.Kind == RowKind.Divergent);
        var text = divergent.ToDisplayString("text/plain");
        text.Should().StartWith("divergent").And.Contain("left:  " + divergent.Left[0].Id).And.Contain("right: " + divergent.Right[0].Id).And.Contain(divergent.Diff.Length > 0 ? "diff:" : "evidence:");

        var chart = ToneChart.For(Sample).ToDisplayString("text/plain");
        chart.Should().StartWith("Tone words by category").And.Contain("friction").And.Contain("tone score");
    }

    [Fact]
    public void Readout_text_is_encoded_so_hostile_html_shows_as_text()
    {
        const string hostile = "President X said <script>alert('x')</script> and <img src=x onerror=alert(1)> & \"more\".";
        var left = Readout.Parse("side: China\npublisher: <b>Ministry</b>\ntitle: <script>t()</script>\n---\n" + hostile);
        var right = Readout.Parse("side: United States\n---\nPresident Y said the talks were <i>candid</i>.");
        var comparison = ReadoutComparer.Default.Compare(left, right);

        foreach (var value in new object[] { comparison, comparison.Left, left, comparison.Rows[0], ToneChart.For(comparison) })
        {
            var html = value.ToDisplayString("text/html");
            html.Should().NotContain("<script", "in the view of {0}", value.GetType().Name)
                .And.NotContain("<img", "in the view of {0}", value.GetType().Name)
                .And.NotContain("<i>candid", "in the view of {0}", value.GetType().Name);
        }

        NotebookRunner.TextOf(left.ToDisplayString("text/html")).Should().Contain("<script>alert('x')</script>");
    }

    [Fact]
    public void Empty_and_odd_readouts_still_display()
    {
        var empty = ReadoutComparer.Default.Compare(Readout.Parse(""), Readout.Parse("   \n  "));
        var odd = ReadoutComparer.Default.Compare(
            Readout.Parse("side: \u202Eevil\u0001\n---\nThe leader said \uD800 that the 🇨🇳 talks were candid.\0"),
            Readout.Parse(new string('x', 200_000)));

        foreach (var comparison in new[] { empty, odd })
        {
            foreach (var value in new object[] { comparison, comparison.Left, comparison.Right.Readout, ToneChart.For(comparison) })
            {
                value.ToDisplayString("text/html").Should().NotBeNullOrEmpty();
                value.ToDisplayString("text/plain").Should().NotBeNullOrEmpty();
            }
        }
    }

    private static Type SourceOf(Type type)
    {
        var attribute = type.GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        return (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
    }

    /// <summary>The formatters of a source, reached the way .NET Interactive reaches them: by public member names.</summary>
    private static List<ConventionFormatter> Formatters(Type sourceType)
    {
        var source = Activator.CreateInstance(sourceType)!;
        var made = (IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!;
        return made.Cast<object>().Select(f => new ConventionFormatter(
            (string)f.GetType().GetProperty("MimeType")!.GetValue(f)!,
            f.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)]) ?? throw new InvalidOperationException("no Format(object, TextWriter)"),
            f)).ToList();
    }

    private static string Format(List<ConventionFormatter> formatters, string mimeType, object value)
    {
        using var writer = new StringWriter();
        formatters.Single(f => f.MimeType == mimeType).Format(value, writer).Should().BeTrue();
        return writer.ToString();
    }

    private sealed record ConventionFormatter(string MimeType, MethodInfo Method, object Target)
    {
        public bool Format(object value, TextWriter writer) => (bool)Method.Invoke(Target, [value, writer])!;
    }
}
