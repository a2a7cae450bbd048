using System.Text.RegularExpressions;
using Statements.Interactive;
using Statements.Rendering;

namespace Statements.Tests;

/// <summary>
/// Issue 19, rendering Chinese: the text views measure East Asian wide characters as two columns (wrapping and
/// padding by columns, every character kept), HTML marks each readout's text with its language, and Markdown and the
/// notebook views keep Chinese text as it is.
/// </summary>
public sealed class WideTextTests : IDisposable
{
    // English cues around Chinese clauses, so today's English pipeline finds claims whose text is Chinese.
    private const string ChinaText =
        "President Xi Jinping stressed that 台湾问题是中美关系第一条不可逾越的红线，对于“台独”势力分裂活动和外部纵容支持，我们不会听之任之。\n\n" +
        "Xi said that 中美这样两个大国，不能不来往、不打交道，更不能冲突对抗，应该相互尊重、和平共处、合作共赢。";

    private const string UsText =
        "President Biden emphasized the importance of maintaining peace and stability across the Taiwan Strait.\n\n" +
        "President Biden said that the two countries should manage competition responsibly.";

    private static readonly Readout China = Readout.Parse("side: China\ntitle: 习近平同美国总统拜登通电话\n---\n" + ChinaText);

    private static readonly Readout UnitedStates = Readout.Parse("side: United States\ntitle: Readout of President Biden's Call\n---\n" + UsText);

    private static readonly Comparison Pair = ReadoutComparer.Default.Compare(China, UnitedStates);

    private readonly string folder = Directory.CreateTempSubdirectory("statements-wide-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>Each Han character and how often it occurs.</summary>
    private static Dictionary<char, int> HanCounts(string text) =>
        text.Where(HanCharacters.IsHan).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Asserts that every Han character of the claims shows in <paramref name="output"/> at least as often.</summary>
    private static void EveryClaimCharacterShows(string output, Comparison comparison)
    {
        var shown = HanCounts(output);
        var claims = HanCounts(string.Concat(comparison.Left.Claims.Select(c => c.Text)));
        claims.Should().NotBeEmpty("the Chinese clauses are claims");
        foreach (var (c, n) in claims)
        {
            shown.GetValueOrDefault(c).Should().BeGreaterThanOrEqualTo(n, $"'{c}' is in the claims {n} times");
        }
    }

    [Fact]
    public void The_fixture_has_claims_in_chinese_and_the_languages_are_guessed()
    {
        China.Language.Should().Be("zh-Hans");
        UnitedStates.Language.Should().Be("en");
        Pair.Left.Claims.Should().Contain(c => c.Text.Contains("红线", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("中文abc", 7)]
    [InlineData("，。「」", 8)]
    [InlineData("e\u0301", 1)]
    [InlineData("a\u200Bb", 2)]
    [InlineData("\U0001F600", 2)]
    [InlineData("\U00020BB7", 2)]
    [InlineData("한국어", 6)]
    [InlineData("ｶﾀｶﾅ", 4)]
    public void Wide_characters_take_two_columns_and_marks_none(string text, int columns)
    {
        DisplayWidth.Of(text).Should().Be(columns);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(17)]
    [InlineData(40)]
    public void Chinese_text_wraps_by_columns_keeps_every_character_and_starts_no_line_with_closing_punctuation(int width)
    {
        var text = ChinaText.Replace("\n", " ", StringComparison.Ordinal);

        var lines = TextRenderer.Wrap(text, width);

        lines.Should().OnlyContain(l => DisplayWidth.Of(l) <= width);
        string.Concat(lines).Replace(" ", "", StringComparison.Ordinal).Should().Be(text.Replace(" ", "", StringComparison.Ordinal));
        lines.Should().NotContain(l => "，。、」”".Contains(l[0], StringComparison.Ordinal));
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (HanCharacters.IsHan(lines[i + 1][0]))
            {
                // Chinese text fills each line (up to a wide character and a punctuation mark kept off the next one).
                DisplayWidth.Of(lines[i]).Should().BeGreaterThanOrEqualTo(width - 4, lines[i]);
            }
        }
    }

    [Fact]
    public void English_wraps_at_spaces_as_before()
    {
        TextRenderer.Wrap("the two presidents spoke at length", 12).Should().Equal("the two", "presidents", "spoke at", "length");
        TextRenderer.Wrap("abcdefghijklmnop", 5).Should().Equal("abcde", "fghij", "klmno", "p");
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    public void The_text_report_keeps_its_two_columns_aligned_with_chinese_on_one_side(int width)
    {
        var report = TextRenderer.Render(Pair, width);
        var lines = report.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var column = (width - 3) / 2;

        lines.Should().OnlyContain(l => DisplayWidth.Of(l) <= width || l.StartsWith("Summary", StringComparison.Ordinal) || !l.Contains(" | ", StringComparison.Ordinal));
        var sideBySide = lines.SkipWhile(l => !l.StartsWith("----", StringComparison.Ordinal)).Where(l => l.Contains(" | ", StringComparison.Ordinal)).ToList();
        sideBySide.Should().Contain(l => l.Any(HanCharacters.IsHan));
        foreach (var line in sideBySide)
        {
            var bar = line.IndexOf(" | ", StringComparison.Ordinal);
            DisplayWidth.Of(line.AsSpan(0, bar)).Should().Be(column, $"the divider stands in column {column}: \"{line}\"");
        }

        EveryClaimCharacterShows(report, Pair);
    }

    [Theory]
    [InlineData("compare", 80)]
    [InlineData("compare", 140)]
    [InlineData("analyze", 80)]
    public void The_console_tables_are_as_wide_as_the_terminal_with_chinese_cells(string command, int width)
    {
        var left = Path.Combine(folder, "cn-zh.txt");
        var right = Path.Combine(folder, "us.txt");
        File.WriteAllText(left, "side: China\n---\n" + ChinaText);
        File.WriteAllText(right, "side: United States\n---\n" + UsText);
        string[] args = command == "compare" ? ["compare", left, right, "--width", $"{width}"] : ["analyze", left, "--width", $"{width}"];

        var (code, output, error) = ConsoleTests.Run(args);

        code.Should().Be(0, error);
        var tableLines = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && "╭│├╰".Contains(l[0], StringComparison.Ordinal)).ToList();
        tableLines.Should().Contain(l => l.Any(HanCharacters.IsHan));
        foreach (var line in tableLines)
        {
            DisplayWidth.Of(line).Should().BeLessThanOrEqualTo(width, line);
        }

        // Every line of a table has the same width: a Chinese cell measured as one column a character would stick out.
        var table = new List<string>();
        foreach (var line in tableLines)
        {
            table.Add(line);
            if (line[0] == '╰')
            {
                table.Select(l => DisplayWidth.Of(l)).Distinct().Should().ContainSingle(string.Join("\n", table));
                table.Clear();
            }
        }
        EveryClaimCharacterShows(output, Pair);
        output.Should().Contain("zh-Hans, read as UTF-8");
    }

    [Fact]
    public void Html_marks_each_readouts_text_with_its_language()
    {
        var html = HtmlRenderer.Render(Pair);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        document.DocumentElement.GetAttribute("lang").Should().Be("en", "the report's own words are English");
        var left = document.QuerySelectorAll("td.side.left").Where(td => td.QuerySelector(".claim") is not null).ToList();
        left.Should().NotBeEmpty().And.OnlyContain(td => td.GetAttribute("lang") == "zh-Hans");
        document.QuerySelectorAll("td.side.right").Should().OnlyContain(td => td.GetAttribute("lang") == "en");
        document.QuerySelectorAll("td.side.left .row-tone, td.side.left footer").Should().OnlyContain(e => e.GetAttribute("lang") == "en");
        document.QuerySelector("h1 span[lang='zh-Hans']")!.TextContent.Should().Be("习近平同美国总统拜登通电话");
        document.QuerySelectorAll("[lang='zh-Hans']").SelectMany(e => e.TextContent).Count(HanCharacters.IsHan).Should().BeGreaterThan(50);
    }

    [Fact]
    public void Html_for_one_readout_and_its_analysis_marks_the_text_and_no_language_marks_nothing()
    {
        HtmlRenderer.RenderFragment(China).Should().Contain("<article lang=\"zh-Hans\">");
        var analysis = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(HtmlRenderer.Render(Pair.Left));
        analysis.QuerySelectorAll("td.claim").Should().NotBeEmpty().And.OnlyContain(td => td.GetAttribute("lang") == "zh-Hans");

        var unknown = new Readout(ChinaText, "China");
        unknown.Language.Should().BeNull();
        HtmlRenderer.RenderFragment(unknown).Should().Contain("<article>").And.NotContain("lang=\"zh");
    }

    [Fact]
    public void Markdown_keeps_chinese_text_and_every_table_row_has_the_headers_cells()
    {
        foreach (var markdown in new[] { MarkdownRenderer.Render(Pair), MarkdownRenderer.Render(Pair.Left) })
        {
            EveryClaimCharacterShows(markdown, Pair);
            var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                if (!lines[i].StartsWith("|---", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = Cells(lines[i - 1]);
                for (var j = i + 1; j < lines.Count && lines[j].StartsWith('|'); j++)
                {
                    Cells(lines[j]).Should().Be(cells, lines[j]);
                }
            }
        }

        static int Cells(string row) => Regex.Count(row, @"(?<!\\)\|");
    }

    [Fact]
    public void The_notebook_views_show_the_chinese_text_and_its_language()
    {
        var text = NotebookText.Readout(China);
        text.Should().Contain("language: zh-Hans").And.EndWith(ChinaText);
        NotebookText.Row(Pair.Rows.First(r => r.Left.Length > 0)).Should().Contain(Pair.Rows.First(r => r.Left.Length > 0).Left[0].Text.Split('\n')[0]);
        NotebookFormatterSource.RenderHtml(China).Should().Contain("lang=\"zh-Hans\"");
        NotebookFormatterSource.RenderHtml(Pair).Should().Contain("lang=\"zh-Hans\"");
        EveryClaimCharacterShows(NotebookFormatterSource.RenderText(Pair)!, Pair);
    }
}
