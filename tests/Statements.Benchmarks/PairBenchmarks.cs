using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiffPlex.Model;
using Statements.Articles;
using Statements.Rendering;
using Statements.Serialization;

namespace Statements.Benchmarks;

/// <summary>
/// Comparing one pair (against a DiffPlex word diff of the same two texts), rendering its comparison in each format and
/// splitting one news article (each against a regex tokenization of the same text).
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class PairBenchmarks
{
    private Readout left = null!;
    private Readout right = null!;
    private Comparison comparison = null!;
    private string article = null!;

    /// <summary>Loads the pair and the article and compares the pair once for the rendering benchmarks.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (left, right) = BenchmarkInputs.Pair();
        comparison = ReadoutComparer.Default.Compare(left, right);
        article = BenchmarkInputs.Article().Text;
    }

    /// <summary>The baseline of comparing: a DiffPlex word diff of the two texts.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Compare")]
    public DiffResult DiffPlexWordDiff() => Baselines.WordDiff(left.Text, right.Text);

    /// <summary><see cref="ReadoutComparer.Compare(Readout, Readout, CancellationToken)"/>: analyses both, aligns, diffs.</summary>
    [Benchmark]
    [BenchmarkCategory("Compare")]
    public Comparison Compare() => ReadoutComparer.Default.Compare(left, right);

    /// <summary>The baseline of rendering: regex tokenization of both texts.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Render")]
    public int TokenizePairRegex() => Baselines.CountWords(left.Text) + Baselines.CountWords(right.Text);

    /// <summary>The statements.comparison/2 JSON.</summary>
    [Benchmark]
    [BenchmarkCategory("Render")]
    public string RenderJson() => ComparisonJson.Serialize(comparison);

    /// <summary>The plain-text report.</summary>
    [Benchmark]
    [BenchmarkCategory("Render")]
    public string RenderText() => TextRenderer.Render(comparison);

    /// <summary>The Markdown report.</summary>
    [Benchmark]
    [BenchmarkCategory("Render")]
    public string RenderMarkdown() => MarkdownRenderer.Render(comparison);

    /// <summary>The self-contained HTML page.</summary>
    [Benchmark]
    [BenchmarkCategory("Render")]
    public string RenderHtml() => HtmlRenderer.Render(comparison);

    /// <summary>The CSV of the rows.</summary>
    [Benchmark]
    [BenchmarkCategory("Render")]
    public string RenderCsv() => CsvRenderer.Render(comparison);

    /// <summary>The baseline of splitting: regex tokenization of the article.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Split")]
    public int TokenizeArticleRegex() => Baselines.CountWords(article);

    /// <summary><see cref="ArticleSplitter.Split"/> of the article into its two sides.</summary>
    [Benchmark]
    [BenchmarkCategory("Split")]
    public ArticleSplit SplitArticle() => ArticleSplitter.Default.Split(article);
}
