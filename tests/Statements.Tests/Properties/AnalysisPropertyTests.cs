using CsCheck;
using Statements.Articles;
using Statements.Serialization;

namespace Statements.Tests.Properties;

/// <summary>
/// Property tests over random text with odd Unicode and over mutated real readouts: analysis never throws and
/// keeps its span promises; comparison is deterministic and mirrors when the sides are swapped. Iteration
/// counts keep the whole suite within about 20 s in Release on one core; a failure prints the CsCheck seed to
/// replay it.
/// </summary>
public class AnalysisPropertyTests
{
    private static readonly ReadoutComparer Comparer = ReadoutComparer.Default;

    private static string Show(string text) => text.Length <= 400 ? Escape(text) : Escape(text[..400]) + $"... ({text.Length} chars)";

    private static string Escape(string text) => string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    [Fact]
    public void Random_text_analyses_without_throwing_and_keeps_its_spans()
    {
        Inputs.Text.Sample(text =>
        {
            var analysis = Comparer.Analyze(new Readout(text, "Unknown"));
            Invariants.Check(analysis);
        }, iter: Inputs.Iter(1500), print: Show);
    }

    [Fact]
    public void Random_text_compares_against_the_sample_and_splits_as_an_article()
    {
        var sample = Readouts.SampleUnitedStates;
        Inputs.Text.Sample(text =>
        {
            var readout = Readout.Parse(text);
            Invariants.Check(Comparer.Compare(readout, sample));
            var split = ArticleSplitter.Default.Split(text);
            split.Attribution.Where(a => a.Span.Start < 0 || a.Span.End > text.Length).Should().BeEmpty();
        }, iter: Inputs.Iter(150), print: Show);
    }

    [Fact]
    public void Mutated_real_readouts_parse_analyse_and_split_without_throwing_and_keep_their_spans()
    {
        Inputs.Mutated.Sample(input =>
        {
            var text = Inputs.Apply(input);
            Invariants.Check(Comparer.Analyze(Readout.Parse(text)));
            var split = ArticleSplitter.Default.Split(text);
            split.Attribution.Select(a => a.Span).Should().BeInAscendingOrder(s => s.Start);
            Invariants.Check(Comparer.Analyze(split.Left));
        }, iter: Inputs.Iter(1000), print: i => $"seed {i.Seed % Inputs.Seeds.Value.Count}, edits {string.Join(", ", i.Edits.Select(e => e.ToString()))}, junk {Show(i.Junk)}");
    }

    [Fact]
    public void Comparing_mutated_readouts_is_deterministic_and_mirrors_when_the_sides_swap()
    {
        var gen = Gen.Select(Inputs.Mutated, Inputs.Mutated);
        gen.Sample((first, second) =>
        {
            var a = new Readout(Inputs.Apply(first), "China");
            var b = new Readout(Inputs.Apply(second), "United States");
            var forward = Comparer.Compare(a, b);
            Invariants.Check(forward);
            ComparisonJson.Serialize(Comparer.Compare(a, b)).Should().Be(ComparisonJson.Serialize(forward), "comparing the same readouts twice gives the same result");
            var backward = Comparer.Compare(b, a);
            Invariants.MirrorKey(backward, swap: true).Should().Be(Invariants.MirrorKey(forward, swap: false), "compare(b, a) mirrors compare(a, b)");
        }, iter: Inputs.Iter(200), print: p => $"A: seed {p.Item1.Seed % Inputs.Seeds.Value.Count} edits {string.Join(", ", p.Item1.Edits.Select(e => e.ToString()))}; B: seed {p.Item2.Seed % Inputs.Seeds.Value.Count} edits {string.Join(", ", p.Item2.Edits.Select(e => e.ToString()))}");
    }

    [Fact]
    public void Comparing_random_text_with_a_sample_mirrors_when_the_sides_swap()
    {
        var sample = Readouts.SampleChina;
        Inputs.Text.Sample(text =>
        {
            var readout = new Readout(text, "United States");
            var forward = Comparer.Compare(sample, readout);
            var backward = Comparer.Compare(readout, sample);
            Invariants.MirrorKey(backward, swap: true).Should().Be(Invariants.MirrorKey(forward, swap: false));
        }, iter: Inputs.Iter(120), print: Show);
    }
}
