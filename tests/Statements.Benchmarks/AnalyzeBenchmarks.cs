using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Statements.Benchmarks;

/// <summary>Analysing one readout (all six per-readout stages) against a regex tokenization of the same text.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class AnalyzeBenchmarks
{
    private Readout readout = null!;

    /// <summary>short, typical or long (see <see cref="BenchmarkInputs.Readout"/>).</summary>
    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "typical";

    /// <summary>The sizes.</summary>
    public static IEnumerable<string> Sizes => BenchmarkInputs.Sizes;

    /// <summary>Loads the readout.</summary>
    [GlobalSetup]
    public void Setup() => readout = BenchmarkInputs.Readout(Size);

    /// <summary>The baseline: compiled-regex word tokenization of the readout's text.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Analyze")]
    public int TokenizeRegex() => Baselines.CountWords(readout.Text);

    /// <summary><see cref="ReadoutComparer.Analyze"/> with the default comparer.</summary>
    [Benchmark]
    [BenchmarkCategory("Analyze")]
    public ReadoutAnalysis Analyze() => ReadoutComparer.Default.Analyze(readout, "L");
}
