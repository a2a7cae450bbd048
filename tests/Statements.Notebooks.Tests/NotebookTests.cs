using Microsoft.DotNet.Interactive.Formatting;
using Statements.Rendering;

namespace Statements.Notebooks.Tests;

[Collection(NotebookGroup.Name)]
public sealed class NotebookTests
{
    private static readonly string Folder = Path.Combine(NotebookRunner.Root, "samples", "notebooks");

    /// <summary>One run of the shipped notebook, shared by the tests that look at its outputs.</summary>
    private static readonly Lazy<Task<IReadOnlyList<CellRun>>> CompareReadouts =
        new(() => NotebookRunner.RunAsync(Path.Combine(Folder, "compare-readouts.ipynb")));

    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in NotebookRunner.Notebooks)
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void The_samples_folder_holds_the_compare_readouts_notebook() =>
        NotebookRunner.Notebooks.Select(Path.GetFileName).Should().Contain("compare-readouts.ipynb");

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebooks_are_saved_without_outputs_and_with_csharp_as_their_kernel(string notebook)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, notebook)));
        var root = json.RootElement;

        root.GetProperty("metadata").GetProperty("kernelspec").GetProperty("name").GetString().Should().Be(".net-csharp");
        foreach (var cell in root.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code"))
        {
            cell.GetProperty("outputs").GetArrayLength().Should().Be(0, "stored outputs go stale and bloat diffs");
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_cell_of_every_notebook_runs_without_error(string notebook)
    {
        var cells = await NotebookRunner.RunAsync(Path.Combine(Folder, notebook));

        cells.Should().NotBeEmpty();
        foreach (var cell in cells)
        {
            cell.Errors.Should().BeEmpty("cell {0} of {1} ({2}) must run", cell.Index, notebook, cell.Code);
        }
    }

    [Fact]
    public async Task The_comparison_cells_show_every_row_as_html()
    {
        var cells = await CompareReadouts.Value;
        cells.SelectMany(c => c.Errors).Should().BeEmpty();

        var (china, us) = Readouts.Sample;
        var sample = ReadoutComparer.Default.Compare(china, us);
        var call = Call();

        foreach (var comparison in new[] { sample, call })
        {
            comparison.Rows.Should().NotBeEmpty();
            var cell = cells.FirstOrDefault(c => c.Outputs.Any(o => o.MimeType == "text/html" && ShowsEveryRow(o.Value, comparison)));
            cell.Should().NotBeNull("a cell must show the comparison of {0} and {1} as HTML with all its rows",
                comparison.Left.Readout.Side, comparison.Right.Readout.Side);
            cell!.Outputs.Single(o => o.MimeType == "text/html").Value.Should().StartWith("<div class=\"statements\">");
            cell.Outputs.Should().ContainSingle(o => o.MimeType == "text/plain", "the comparison also comes as plain text for clients without HTML")
                .Which.Value.Should().Be(TextRenderer.Render(comparison));
        }
    }

    [Fact]
    public async Task The_timeline_cell_shows_the_China_timeline_as_html_with_its_charts_and_as_text()
    {
        var cells = await CompareReadouts.Value;
        var cell = cells.FirstOrDefault(c => c.Outputs.Any(o => o.MimeType == "text/html" && o.Value.StartsWith("<div class=\"statements timeline\">", StringComparison.Ordinal)));
        cell.Should().NotBeNull("a cell must show a readout timeline as HTML");
        cell!.Outputs.Single(o => o.MimeType == "text/html").Value.Should().Contain("China (United States readouts): 20 readouts").And.Contain("statements-heat-map").And.Contain("statements-tone-lines");
        cell.Outputs.Should().ContainSingle(o => o.MimeType == "text/plain").Which.Value.Should().StartWith("Readout timeline:");
    }

    private static bool ShowsEveryRow(string html, Comparison comparison)
    {
        var text = NotebookRunner.TextOf(html);
        return comparison.Rows.All(r => r.Left.Concat(r.Right).All(c => text.Contains(NotebookRunner.Collapse(c.Text), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_tone_chart_cell_shows_an_svg_chart()
    {
        var cells = await CompareReadouts.Value;

        cells.SelectMany(c => c.Outputs).Where(o => o.MimeType == "text/html")
            .Should().Contain(o => o.Value.Contains("<svg", StringComparison.Ordinal) && o.Value.Contains("Tone words by category", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_rows_cell_shows_a_table_with_a_column_per_field_and_a_line_per_row()
    {
        var cells = await CompareReadouts.Value;
        var cell = cells.Single(c => c.Code.Trim() == "RowTable.Of(call).ToTabularDataResource()");

        var html = cell.Outputs.Should().ContainSingle(o => o.MimeType == "text/html").Subject.Value;
        var header = html[..html.IndexOf("</thead>", StringComparison.Ordinal)];
        NotebookRunner.TextOf(header).Should().Be("Number Kind Topics Left Right Score");
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..];
        // One line per row: the kernel shows the first rows of a long table and says how many more there are.
        var more = System.Text.RegularExpressions.Regex.Match(body, @"<i>\((\d+) more\)</i>");
        var shown = System.Text.RegularExpressions.Regex.Count(body, "<tr><td><div");
        (shown + (more.Success ? int.Parse(more.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0)).Should().Be(RowTable.Of(Call()).Length);
        NotebookRunner.TextOf(body).Should().Contain("Geneva").And.Contain(ComparisonText.KindLabel(Call(), Call().Rows[0].Kind));
    }

    [Fact]
    public async Task The_notebook_shows_the_topic_coverage_and_the_links_of_a_row()
    {
        var cells = await CompareReadouts.Value;
        var call = Call();

        var coverage = cells.Single(c => c.Code.Contains("call.Coverage", StringComparison.Ordinal));
        var text = NotebookRunner.TextOf(coverage.Outputs.Single(o => o.MimeType == "text/html").Value);
        foreach (var topic in call.Coverage)
        {
            text.Should().Contain($"{topic.Topic} {topic.Left.Length} {topic.Right.Length}");
        }

        var linksCell = cells.Single(c => c.Code.StartsWith("call.Links", StringComparison.Ordinal));
        var linksText = NotebookRunner.TextOf(linksCell.Outputs.Single(o => o.MimeType == "text/html").Value);
        var row = call.Rows.First(r => r.Kind is RowKind.Shared or RowKind.Divergent);
        var links = call.Links.Where(k => row.Left.Contains(k.Left) || row.Right.Contains(k.Right)).ToList();
        links.Should().NotBeEmpty();
        foreach (var link in links)
        {
            linksText.Should().Contain($"{link.Left.Id} {link.Right.Id} {link.Relation}");
        }
    }

    private static Comparison Call()
    {
        var data = Path.Combine(Folder, "data", "2021-12-07_us-ru_biden-putin-video-call");
        return ReadoutComparer.Default.Compare(Readout.Load(Path.Combine(data, "ru.txt")), Readout.Load(Path.Combine(data, "us.txt")));
    }

    [Fact]
    public async Task Formatters_registered_by_one_notebook_do_not_leak_into_the_next()
    {
        var path = Path.Combine(Path.GetTempPath(), "statements-nb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        try
        {
            var registers = Path.Combine(path, "registers.ipynb");
            await File.WriteAllTextAsync(registers, Notebook(
                "Microsoft.DotNet.Interactive.Formatting.Formatter.Register<System.Version>((v, w) => w.Write(\"custom-\" + v), \"text/html\");",
                "new System.Version(4, 2)"));
            var plain = Path.Combine(path, "plain.ipynb");
            await File.WriteAllTextAsync(plain, Notebook("new System.Version(4, 2)"));

            var first = await NotebookRunner.RunAsync(registers);
            var second = await NotebookRunner.RunAsync(plain);

            first.Concat(second).SelectMany(c => c.Errors).Should().BeEmpty();

            first.SelectMany(c => c.Outputs).Should().Contain(o => o.Value.Contains("custom-4.2", StringComparison.Ordinal));
            second.SelectMany(c => c.Outputs).Should().NotContain(o => o.Value.Contains("custom-", StringComparison.Ordinal));
            new Version(4, 2).ToDisplayString("text/html").Should().NotContain("custom-");
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public async Task A_failing_cell_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), "statements-nb-" + Guid.NewGuid().ToString("N") + ".ipynb");
        await File.WriteAllTextAsync(path, Notebook("var x = 1;", "throw new InvalidOperationException(\"boom\");", "x + undefinedName"));
        try
        {
            var cells = await NotebookRunner.RunAsync(path);

            cells.Should().HaveCount(3);
            cells[0].Errors.Should().BeEmpty();
            cells[1].Errors.Should().ContainSingle().Which.Should().Contain("boom");
            cells[2].Errors.Should().ContainSingle().Which.Should().Contain("undefinedName");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A minimal .ipynb with one C# cell per argument.</summary>
    private static string Notebook(params string[] cells) =>
        System.Text.Json.JsonSerializer.Serialize(new
        {
            cells = cells.Select(c => new
            {
                cell_type = "code",
                execution_count = (int?)null,
                metadata = new { polyglot_notebook = new { kernelName = "csharp" } },
                outputs = Array.Empty<object>(),
                source = c,
            }),
            metadata = new
            {
                kernelspec = new { display_name = ".NET (C#)", language = "C#", name = ".net-csharp" },
                polyglot_notebook = new { kernelInfo = new { defaultKernelName = "csharp", items = new[] { new { name = "csharp", aliases = Array.Empty<string>() } } } },
            },
            nbformat = 4,
            nbformat_minor = 5,
        });
}
