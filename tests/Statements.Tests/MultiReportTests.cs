using System.Text.Json.Nodes;
using Json.Schema;
using Statements.Rendering;
using Statements.Serialization;

namespace Statements.Tests;

/// <summary>The views of an N-way comparison (issue 21): summary, text, Markdown, HTML, CSV, JSON and the notebook.</summary>
public class MultiReportTests
{
    private static readonly Lazy<MultiComparison> Three = new(() => ReadoutComparer.Default.Compare(MultiComparisonTests.SampleThree()));

    internal static readonly Lazy<JsonSchema> Contract = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(PublicApiTests.RepositoryRoot(), "schema", "multi-comparison.schema.json"))));

    [Fact]
    public void The_summary_says_what_all_share_what_one_alone_carries_and_the_common_and_particular_tone()
    {
        var sentences = ComparisonText.SummarySentences(Three.Value);
        var summary = string.Join(" ", sentences);
        summary.Should().Contain("call the talks candid").And.Contain("only the Chinese readout adds in-depth");
        summary.Should().MatchRegex(@"Of \d+ matters, \d+ (is|are) carried by all three readouts, \d+ by two and \d+ by one only");
        summary.Should().Contain("Carried by one readout alone:");
        summary.Should().Contain("The tone words common to all three readouts are candid");
        // Two readouts share the side United States: prose tells them apart by file name.
        summary.Should().Contain("the US (agency.txt) readout");
        var all = Three.Value.Matters.Count(m => m.IsCommon);
        summary.Should().Contain($"{all} {(all == 1 ? "is" : "are")} carried by all three readouts");
    }

    [Fact]
    public void Column_labels_tell_apart_readouts_of_one_side()
    {
        ComparisonText.ColumnLabels(Three.Value).Should().Equal("China", "US (sample-us.txt)", "US (agency.txt)");
        var twice = ReadoutComparer.Default.Compare([Readouts.SampleChina, Readouts.SampleChina]);
        ComparisonText.ColumnLabels(twice).Should().Equal("China (sample-cn.txt) A", "China (sample-cn.txt) B");
    }

    [Theory]
    [InlineData(60)]
    [InlineData(120)]
    [InlineData(200)]
    public void The_text_table_has_one_column_per_readout_and_fits_the_width(int width)
    {
        var text = TextRenderer.Render(Three.Value, width);
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines.Should().OnlyContain(l => l.Length <= width, $"every line fits {width} columns");
        foreach (var claim in Three.Value.Readouts.SelectMany(a => a.Claims))
        {
            text.Should().Contain(claim.Id + " [", "every claim is shown");
        }

        var header = lines.First(l => l.StartsWith("A China", StringComparison.Ordinal));
        header.Split(" | ").Should().HaveCount(3);
        text.Should().Contain("\u25A0\u25A0\u25A0 ALL 3");
    }

    [SkippableFact]
    public void Six_readouts_in_a_narrow_terminal_are_listed_one_under_another()
    {
        var all = ReadoutComparer.Default.Compare(MultiComparisonTests.Real());
        var narrow = TextRenderer.Render(all, 80);
        narrow.Split('\n').Select(l => l.TrimEnd('\r')).Should().OnlyContain(l => l.Length <= 80);
        narrow.Should().Contain("\n  E China (sample-cn.txt): ", "each readout's claims on a line of their own");
        var wide = TextRenderer.Render(all, 200);
        wide.Split('\n').Should().Contain(l => l.Split(" | ").Length == 6, "at 200 columns six readouts stand side by side");
    }

    [Fact]
    public void A_pivot_orders_the_matters_and_each_cell_says_how_it_stands_to_the_pivot()
    {
        var pivoted = Three.Value.WithPivot(0);
        var text = TextRenderer.Render(pivoted, 150);
        text.Should().Contain("A China (pivot)").And.Contain("(shared with the pivot)");
        foreach (var matter in pivoted.Matters.Where(m => m.IsCommon))
        {
            ComparisonText.AgainstPivot(matter, 0, 0).Should().Be("pivot");
            ComparisonText.AgainstPivot(matter, 1, 0).Should().BeOneOf("shared with the pivot", "divergent from the pivot", "joined to the pivot through another readout");
        }

        var single = pivoted.Matters.First(m => m.Carriers.Length == 1 && m.Cells[0].Carries);
        ComparisonText.AgainstPivot(single, 1, 0).Should().Be("absent");
        MarkdownRenderer.Render(pivoted).Should().Contain("(pivot)");
        HtmlRenderer.RenderFragment(pivoted).Should().Contain("class=\"pivot\"").And.Contain("pivot-note");
    }

    [Fact]
    public void Markdown_has_one_table_row_per_matter_and_one_column_per_readout()
    {
        var markdown = MarkdownRenderer.Render(Three.Value);
        var rows = markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(Three.Value.Matters.Length + 1);
        rows.Should().OnlyContain(r => System.Text.RegularExpressions.Regex.Count(r, @"(?<!\\)\|") == 2 + 3 + 1, "number, carried by, three readouts");
        rows[0].Should().Contain("A China").And.Contain("C US (agency.txt)");
    }

    [Fact]
    public void Csv_has_one_record_per_matter_and_each_readout_in_its_column()
    {
        var records = ReportTests.ParseCsv(CsvRenderer.Render(Three.Value));
        records[0].Should().Equal("number", "relation", "carriers", "topics", "score", "A China", "B US (sample-us.txt)", "C US (agency.txt)");
        records.Should().HaveCount(Three.Value.Matters.Length + 1);
        for (var m = 0; m < Three.Value.Matters.Length; m++)
        {
            var matter = Three.Value.Matters[m];
            records[m + 1][1].Should().Be(matter.Relation.ToString().ToLowerInvariant());
            records[m + 1][2].Should().Be(string.Join(" ", matter.Carriers.Select(i => Three.Value.Readouts[i].Id)));
            for (var i = 0; i < 3; i++)
            {
                records[m + 1][5 + i].Should().Be(string.Join("\n", matter.Cells[i].Claims.Select(c => c.Text)));
            }
        }
    }

    [Fact]
    public void Html_shows_a_presence_strip_per_matter_and_encodes_every_readout_text()
    {
        var hostile = new Readout("President Biden said <script>alert(1)</script> the talks were candid & useful.", "United States") { Name = "x<b>.txt" };
        var all = ReadoutComparer.Default.Compare([Readouts.SampleChina, Readouts.SampleUnitedStates, hostile]);
        var html = HtmlRenderer.Render(all);
        html.Should().NotContain("<script>").And.NotContain("<b>.txt").And.Contain("&lt;script&gt;");
        html.Should().Contain("Content-Security-Policy");
        var rows = System.Text.RegularExpressions.Regex.Count(html, "<tr class=\"row relation-");
        rows.Should().Be(all.Matters.Length);
        System.Text.RegularExpressions.Regex.Count(html, "<span class=\"mark").Should().Be(3 * all.Matters.Length);
        System.Text.RegularExpressions.Regex.Count(html, "<span class=\"mark on\"").Should().Be(all.Matters.Sum(m => m.Carriers.Length));
    }

    [Fact]
    public void A_notebook_displays_an_N_way_comparison_as_the_html_table_and_as_text()
    {
        Interactive.NotebookFormatterSource.RenderHtml(Three.Value).Should().Be(HtmlRenderer.RenderFragment(Three.Value)).And.Contain("class=\"strip\"");
        Interactive.NotebookFormatterSource.RenderText(Three.Value).Should().Be(TextRenderer.Render(Three.Value));
        typeof(MultiComparison).GetCustomAttributes(typeof(Interactive.TypeFormatterSourceAttribute), false).Should().ContainSingle();
    }

    [Fact]
    public void Json_follows_the_schema_and_reads_back_to_the_same_document()
    {
        foreach (var comparison in new[] { Three.Value, Three.Value.WithPivot(2) })
        {
            var json = ComparisonJson.Serialize(comparison);
            AssertValid(json);
            var back = ComparisonJson.DeserializeMulti(json);
            ComparisonJson.Serialize(back).Should().Be(json);
            back.Pivot.Should().Be(comparison.Pivot);
            back.Matters.Should().HaveCount(comparison.Matters.Length);
            back.Matters.Select(m => m.Relation).Should().Equal(comparison.Matters.Select(m => m.Relation));
            back.Tone.Readouts.Select(t => t.Headline?.Text).Should().Equal(comparison.Tone.Readouts.Select(t => t.Headline?.Text));
        }
    }

    [SkippableFact]
    public void Json_of_the_real_accounts_follows_the_schema()
    {
        var all = ReadoutComparer.Default.Compare(MultiComparisonTests.Real());
        AssertValid(ComparisonJson.Serialize(all));
        ComparisonJson.DeserializeMulti(ComparisonJson.Serialize(all, indented: false)).Matters.SelectMany(m => m.Claims).Should().HaveCount(all.Readouts.Sum(a => a.Claims.Length));
    }

    [Fact]
    public void The_schema_shares_the_readout_and_link_definitions_of_the_pair_contract()
    {
        var root = PublicApiTests.RepositoryRoot();
        var pair = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "schema", "comparison.schema.json")))!["$defs"]!;
        var multi = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "schema", "multi-comparison.schema.json")))!["$defs"]!;
        foreach (var name in new[] { "span", "readout", "claim", "toneHit", "link" })
        {
            JsonNode.DeepEquals(pair[name], multi[name]).Should().BeTrue($"$defs/{name} is copied from comparison.schema.json");
        }
    }

    [Theory]
    [InlineData("schema", "\"statements.comparison/2\"", "expected \"statements.multi-comparison/1\"")]
    [InlineData("matters[0].relation", "\"maybe\"", "matters[0].relation: unknown relation")]
    [InlineData("matters[0].links", "[9999]", "matters[0].links[0]: link 9999")]
    [InlineData("matters[0].cells", "[]", "matters[0].cells: needs one cell per readout")]
    [InlineData("pivot", "\"Q\"", "pivot: \"Q\"")]
    public void A_broken_document_is_refused_with_its_path(string path, string value, string message)
    {
        var node = JsonNode.Parse(ComparisonJson.Serialize(Three.Value))!;
        Set(node, path, JsonNode.Parse(value));
        var act = () => ComparisonJson.DeserializeMulti(node.ToJsonString());
        act.Should().Throw<FormatException>().WithMessage("*" + message + "*");
    }

    [Fact]
    public void A_claim_in_two_matters_or_in_none_is_refused()
    {
        var node = JsonNode.Parse(ComparisonJson.Serialize(Three.Value))!;
        var matters = node["matters"]!.AsArray();
        var last = matters[^1]!.DeepClone();
        matters.Add(last);
        var twice = () => ComparisonJson.DeserializeMulti(node.ToJsonString());
        twice.Should().Throw<FormatException>().WithMessage("*stands in two matters*");
        matters.RemoveAt(matters.Count - 1);
        matters.RemoveAt(matters.Count - 1);
        var none = () => ComparisonJson.DeserializeMulti(node.ToJsonString());
        none.Should().Throw<FormatException>().WithMessage("*stands in no matter*");
    }

    [Fact]
    public void The_schema_refuses_a_document_without_matters_or_with_an_unknown_relation()
    {
        var node = JsonNode.Parse(ComparisonJson.Serialize(Three.Value))!;
        node["matters"]![0]!["relation"] = "maybe";
        Valid(node.ToJsonString()).Should().BeFalse();
        node.AsObject().Remove("matters");
        Valid(node.ToJsonString()).Should().BeFalse();
    }

    private static void Set(JsonNode node, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var current = node;
        foreach (var part in parts[..^1])
        {
            current = Step(current, part);
        }

        var last = parts[^1];
        current.AsObject()[last] = value;

        static JsonNode Step(JsonNode node, string part)
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            return bracket < 0 ? node[part]! : node[part[..bracket]]![int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!;
        }
    }

    private static bool Valid(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return Contract.Value.Evaluate(document.RootElement).IsValid;
    }

    private static void AssertValid(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var result = Contract.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        result.IsValid.Should().BeTrue(string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Value))));
    }
}
