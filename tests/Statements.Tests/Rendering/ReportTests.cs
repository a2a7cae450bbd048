using System.Text.RegularExpressions;
using Statements.Rendering;

namespace Statements.Tests;

/// <summary>The summary, CSV, Markdown and HTML views: each good in its medium, all saying the same thing.</summary>
public class ReportTests
{
    private static readonly Comparison Sample = ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates);

    /// <summary>The sample with its first matched row given the full word diff (the sample's paraphrases are too far apart in
    /// wording for the comparer to show one), to test how renderers mark a diff.</summary>
    private static readonly Comparison SampleWithDiff = Sample with
    {
        Rows = [.. Sample.Rows.Select((r, i) => i == Sample.Rows.IndexOf(Sample.Rows.First(x => x.Kind is RowKind.Shared or RowKind.Divergent))
            ? r with { Diff = Statements.Alignment.WordDiffer.Diff(string.Join(" ", r.Left.Select(c => c.Text)), string.Join(" ", r.Right.Select(c => c.Text))) }
            : r)],
    };

    /// <summary>A pair whose claims hold markup, table syntax, quotes, commas and line breaks.</summary>
    internal static Comparison Hostile()
    {
        var left = new Readout(
            "President Xi Jinping said that <script>window.__pwned = 1</script> the relationship | matters *a lot* to both sides.\n\n" +
            "Xi stressed that \"peace, stability\" across the Taiwan Strait is the first red line, <img src=x onerror=\"window.__pwned = 2\">.\n\n" +
            "Xi said =HYPERLINK(\"http://example.invalid\") is not a formula, and that the two sides should keep talking [red]loudly[/].",
            "China") { Title = "<b>Xi</b> speaks & \"listens\"", Publisher = "Ministry <i>of</i> Foreign Affairs" };
        var right = new Readout(
            "President Biden said that the relationship | matters *a lot* to both sides <script>window.__pwned = 3</script>.\n\n" +
            "President Biden raised concerns about the South China Sea.",
            "United States") { Title = "Readout </title><script>window.__pwned = 4</script>" };
        return ReadoutComparer.Default.Compare(left, right);
    }

    [Fact]
    public void The_summary_states_the_descriptors_the_one_sided_topics_and_the_requester()
    {
        var summary = ComparisonText.Summary(Sample);

        summary.Should().StartWith("Both sides call the talks candid; only China adds in-depth, only the United States constructive.");
        summary.Should().Contain("only the U.S. readout raises counternarcotics, artificial intelligence").And.Contain(" and 4 more");
        summary.Should().Contain("Only the Chinese readout speaks of").And.Contain("red line\u201D on Taiwan");
        summary.Should().Contain("The Chinese readout says the call was at the request of Joe Biden.");
        summary.Should().MatchRegex(@"Of \d+ claim rows, \d+ agrees?, \d+ diverges?, \d+ stands? only in the Chinese readout and \d+ only in the U.S. readout(; \d+ rows? ha(s|ve) only a weak counterpart)?\.$");
        var counts = Sample.Rows.GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Count());
        summary.Should().Contain($"{counts.GetValueOrDefault(RowKind.LeftOnly)} stand");
        Sample.Rows.SelectMany(r => r.Left.Concat(r.Right)).Should().HaveCount(Sample.Left.Claims.Length + Sample.Right.Claims.Length, "each claim stands in one row");
    }

    [Fact]
    public void The_summary_reads_topic_names_as_prose()
    {
        var summary = ComparisonText.Summary(Hostile());

        summary.Should().Contain("only the U.S. readout raises the South China Sea.").And.Contain("Only the Chinese readout raises Taiwan");
        ComparisonText.Summary(Sample).Should().Contain("on Taiwan").And.Contain("raises alliances and regional security");
    }

    [Fact]
    public void The_summary_of_two_readouts_from_one_side_says_left_and_right()
    {
        var comparison = ReadoutComparer.Default.Compare(Readouts.SampleUnitedStates, Readouts.SampleUnitedStates);

        var summary = ComparisonText.Summary(comparison);

        summary.Should().Contain("Both sides call the talks candid and constructive.");
        summary.Should().Contain("the left readout").And.NotContain("the U.S. readout");
    }

    [Fact]
    public void The_summary_of_empty_readouts_says_there_is_nothing_to_compare()
    {
        var comparison = ReadoutComparer.Default.Compare(new Readout("", "China"), new Readout("   ", "United States"));

        ComparisonText.Summary(comparison).Should().Be("Neither readout makes a claim.");
    }

    [Fact]
    public void The_summary_names_a_fact_the_sides_disagree_on()
    {
        var left = new Readout("President Xi Jinping spoke with President Biden on the phone for two hours. Xi said cooperation matters.", "China");
        var right = new Readout("President Biden spoke with President Xi Jinping for one hour. Biden said cooperation matters.", "United States");
        var comparison = ReadoutComparer.Default.Compare(left, right);
        comparison.Engagement.Facts.Should().Contain(f => f.Name == "duration" && f.Conflict, "the test needs a conflicting fact");

        ComparisonText.Summary(comparison).Should().Contain("The readouts disagree on the duration: the Chinese readout gives two hours, the U.S. readout one hour.");
    }

    [Fact]
    public void The_row_table_flattens_every_row_with_speakers()
    {
        var lines = RowTable.Of(Sample);

        lines.Should().HaveCount(Sample.Rows.Length);
        lines.Select(l => l.Number).Should().BeEquivalentTo(Enumerable.Range(1, Sample.Rows.Length), o => o.WithStrictOrdering());
        lines.Should().Contain(l => l.Kind == "China only" && l.Right == "" && l.Left.StartsWith("Xi Jinping: ", StringComparison.Ordinal));
        lines.Where(l => l.Kind is "shared" or "divergent").Should().OnlyContain(l => l.Score != null && l.Left != "" && l.Right != "");
    }

    [Fact]
    public void Csv_has_a_header_and_one_record_per_row_that_parses_back_to_the_same_text()
    {
        var comparison = Hostile();

        var records = ParseCsv(CsvRenderer.Render(comparison));

        records[0].Should().Equal("number", "kind", "topics", "left", "right", "score");
        records.Should().HaveCount(comparison.Rows.Length + 1);
        var lines = RowTable.Of(comparison);
        for (var i = 0; i < lines.Length; i++)
        {
            records[i + 1].Should().HaveCount(6);
            records[i + 1][1].Should().Be(lines[i].Kind);
            records[i + 1][3].Should().Be(lines[i].Left);
            records[i + 1][4].Should().Be(lines[i].Right);
        }

        string.Join(" ", records.Skip(1).Select(r => r[3])).Should().Contain("\"peace, stability\"").And.Contain("=HYPERLINK(");
    }

    [Fact]
    public void Csv_quotes_only_the_fields_that_need_it_and_ends_lines_with_crlf()
    {
        CsvRenderer.Field("plain").Should().Be("plain");
        CsvRenderer.Field("a, b").Should().Be("\"a, b\"");
        CsvRenderer.Field("say \"no\"").Should().Be("\"say \"\"no\"\"\"");
        CsvRenderer.Field("two\nlines").Should().Be("\"two\nlines\"");
        CsvRenderer.Render(Sample).Should().Contain("\r\n").And.NotContain("\n\n");
    }

    [Fact]
    public void Csv_for_spreadsheets_guards_cells_that_would_run_as_formulas_and_changes_nothing_else()
    {
        CsvRenderer.Field("=HYPERLINK(\"x\")", guardFormulas: true).Should().Be("\"'=HYPERLINK(\"\"x\"\")\"");
        CsvRenderer.Field("@SUM(A1)", guardFormulas: true).Should().Be("'@SUM(A1)");
        CsvRenderer.Field("-1", guardFormulas: true).Should().Be("'-1");
        CsvRenderer.Field("plain = text", guardFormulas: true).Should().Be("plain = text");
        CsvRenderer.Field("=1", guardFormulas: false).Should().Be("=1");

        var analysis = ReadoutComparer.Default.Analyze(new Readout("=cmd|' /C calc'!A0 must never happen, President Xi Jinping said.\n\n@everyone must act, Xi said.", "China"));
        var guarded = ParseCsv(CsvRenderer.Render(analysis, guardFormulas: true));
        var plain = ParseCsv(CsvRenderer.Render(analysis));

        plain.Skip(1).Select(r => r[6]).Should().Equal(analysis.Claims.Select(c => c.Text), "without the guard the text stands as it is");
        plain.Skip(1).Select(r => r[6]).Should().Contain(f => f.StartsWith("=cmd", StringComparison.Ordinal)).And.Contain(f => f.StartsWith('@'));
        guarded.Skip(1).Select(r => r[6]).Should().Equal(analysis.Claims.Select(c => "'" + c.Text), "each claim here starts like a formula");
        guarded.Skip(1).SelectMany(r => r).Should().NotContain(f => f.Length > 0 && "=+-@".Contains(f[0], StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_of_an_analysis_lists_every_claim_with_its_span()
    {
        var analysis = Sample.Left;

        var records = ParseCsv(CsvRenderer.Render(analysis));

        records.Should().HaveCount(analysis.Claims.Length + 1);
        foreach (var (record, claim) in records.Skip(1).Zip(analysis.Claims))
        {
            record[0].Should().Be(claim.Id);
            record[6].Should().Be(claim.Text);
            analysis.Readout.Text.Substring(int.Parse(record[7], System.Globalization.CultureInfo.InvariantCulture), int.Parse(record[8], System.Globalization.CultureInfo.InvariantCulture)).Should().Be(claim.Text);
        }
    }

    [Fact]
    public void Markdown_escapes_table_syntax_so_every_row_keeps_its_six_cells()
    {
        var comparison = Hostile();

        var markdown = MarkdownRenderer.Render(comparison);

        var rowLines = markdown.Split('\n').SkipWhile(l => !l.StartsWith("| # |", StringComparison.Ordinal)).Skip(2).Where(l => l.StartsWith('|')).ToList();
        rowLines.Should().HaveCount(comparison.Rows.Length);
        rowLines.Should().OnlyContain(l => Regex.Count(l, @"(?<!\\)\|") == 7, "six cells need seven unescaped pipes");
        markdown.Should().Contain("relationship \\| matters \\*a lot\\*").And.NotContain("<script>").And.Contain("&lt;script&gt;");
        markdown.Should().Contain("> " + MarkdownRenderer.Escape(ComparisonText.Summary(comparison)));
    }

    [Fact]
    public void Html_encodes_every_piece_of_readout_text_and_carries_no_script()
    {
        var comparison = Hostile();

        var html = HtmlRenderer.Render(comparison);

        html.Should().NotContain("<script").And.NotContain("<img").And.NotContain("<b>Xi</b>").And.NotContain("<i>of</i>");
        html.Should().Contain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
        html.Should().Contain("&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;");
        html.Should().Contain("&lt;/title&gt;&lt;script&gt;");
        html.Should().Contain("Content-Security-Policy").And.Contain("default-src 'none'");
        Regex.Matches(html[..html.IndexOf("</head>", StringComparison.Ordinal)], "<title>").Should().HaveCount(1, "the hostile title cannot close the page title early");
    }

    [Fact]
    public void Html_page_holds_one_table_row_per_comparison_row_with_tone_chips_coverage_and_context()
    {
        var html = HtmlRenderer.Render(SampleWithDiff);

        Regex.Matches(html, "<tr class=\"row kind-").Should().HaveCount(Sample.Rows.Length);
        foreach (var kind in Sample.Rows.Select(r => Statements.Serialization.ComparisonJson.KindName(r.Kind)).Distinct())
        {
            html.Should().Contain($"data-kind=\"{kind}\"");
        }

        html.Should().Contain("class=\"chip cat-friction shared\" data-category=\"friction\"", "candid is friction and shared");
        html.Should().Contain("data-category=\"firmness\"");
        Regex.Matches(html, "<tr data-topic=").Should().HaveCount(Sample.Coverage.Length);
        Regex.Matches(html, "<details class=\"context\">").Should().HaveCount(Sample.Left.Claims.Length + Sample.Right.Claims.Length);
        html.Should().Contain("<mark>").And.Contain("<del>").And.Contain("<ins>");
        html.Should().Contain(HtmlRenderer.Encode(ComparisonText.SummarySentences(Sample)[0]));
    }

    [Fact]
    public void Html_diff_shows_each_side_its_own_words_marked()
    {
        var row = SampleWithDiff.Rows.First(r => r.Diff.Length > 0);

        var html = HtmlRenderer.RenderFragment(row);

        foreach (var run in row.Diff.Where(r => r.Op != DiffOp.Equal))
        {
            var tag = run.Op == DiffOp.Delete ? "del" : "ins";
            html.Should().Contain($"<{tag}>{HtmlRenderer.Encode(run.Text)}</{tag}>");
        }

        html.Should().StartWith("<div class=\"statements\"><style>").And.EndWith("</div>");
    }

    [Fact]
    public void Html_fragments_of_an_analysis_and_a_readout_keep_all_text_encoded()
    {
        var comparison = Hostile();

        var analysis = HtmlRenderer.RenderFragment(comparison.Left);
        var readout = HtmlRenderer.RenderFragment(comparison.Left.Readout);

        foreach (var html in new[] { analysis, readout, HtmlRenderer.Render(comparison.Left) })
        {
            html.Should().NotContain("<script").And.NotContain("<img");
        }

        Regex.Matches(analysis, "<tr class=\"claim-row\"").Should().HaveCount(comparison.Left.Claims.Length);
        readout.Should().Contain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
        Regex.Matches(readout, "<p>").Should().HaveCount(3, "the readout has three paragraphs");
    }

    [Fact]
    public void Every_view_reports_the_same_rows()
    {
        var comparison = Sample;
        var text = TextRenderer.Render(comparison);
        var markdown = MarkdownRenderer.Render(comparison);
        var html = HtmlRenderer.Render(comparison);
        var csv = ParseCsv(CsvRenderer.Render(comparison));

        foreach (var line in RowTable.Of(comparison))
        {
            text.Should().Contain($"[{line.Number}] {line.Kind.ToUpperInvariant()}");
            markdown.Should().Contain($"| {line.Number} | {line.Kind}");
            html.Should().Contain($"id=\"row-{line.Number}\"");
            csv[line.Number][1].Should().Be(line.Kind);
        }
    }

    [Fact]
    public void One_readout_renders_its_claims_in_every_format()
    {
        var analysis = Hostile().Left;

        var markdown = MarkdownRenderer.Render(analysis);
        var text = TextRenderer.Render(analysis);
        using var json = System.Text.Json.JsonDocument.Parse(Statements.Serialization.ComparisonJson.Serialize(analysis));

        markdown.Split('\n').Count(l => Regex.IsMatch(l, @"^\| L\d+ \|")).Should().Be(analysis.Claims.Length);
        markdown.Should().NotContain("<script>").And.Contain("\\| matters \\*a lot\\*");
        foreach (var claim in analysis.Claims)
        {
            text.Should().Contain(claim.Id + " [" + claim.Speaker + "]");
        }

        text.Should().Contain("firmness").And.Contain("red line");
        json.RootElement.GetProperty("schema").GetString().Should().Be("statements.readout/1");
        json.RootElement.GetProperty("readout").GetProperty("claims").GetArrayLength().Should().Be(analysis.Claims.Length);
        json.RootElement.GetProperty("readout").GetProperty("text").GetString().Should().Be(analysis.Readout.Text);
    }

    [Fact]
    public void Stance_names_negation_modality_quotes_and_continuity()
    {
        var claim = Sample.Left.Claims[0];

        ComparisonText.Stance(claim with { Negated = false, Modality = Modality.Assertion }).Should().Be("assertion");
        ComparisonText.Stance(claim with { Negated = true, Modality = Modality.Assertion }).Should().Be("negated");
        ComparisonText.Stance(claim with { Negated = true, Modality = Modality.Intention, Quoted = true, Continuity = true }).Should().Be("negated, intention, quoted, continuity");
    }

    [Fact]
    public void Renderers_reject_null()
    {
        FluentActions.Invoking(() => HtmlRenderer.Render((Comparison)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CsvRenderer.Render((Comparison)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ComparisonText.Summary((Comparison)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RowTable.Of(null!)).Should().Throw<ArgumentNullException>();
    }

    /// <summary>A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes.</summary>
    internal static List<List<string>> ParseCsv(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (csv[i] == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                    }
                    else if (csv[i] == '"')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        field.Append(csv[i++]);
                    }
                }
            }
            else if (csv[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                csv[i].Should().NotBe('\n', "a bare line feed outside quotes breaks RFC 4180");
                field.Append(csv[i++]);
            }
        }

        (field.Length + record.Count).Should().Be(0, "the last record ends with CRLF");
        return records;
    }
}
