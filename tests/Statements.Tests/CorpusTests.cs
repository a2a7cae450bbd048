using System.Text.Json.Nodes;
using Json.Schema;
using Statements.Serialization;

namespace Statements.Tests;

/// <summary>Runs on the real readouts in ../shared; skipped with a message where it is absent.</summary>
public class CorpusTests
{
    private static readonly Lazy<JsonSchema> Contract = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(SharedCorpus.Path!, "schema", "comparison.schema.json"))));

    [SkippableFact]
    public void The_2024_04_02_call_shows_candid_shared_in_depth_China_only_constructive_US_only()
    {
        var root = SharedCorpus.Require();
        var dir = Path.Combine(root, "corpus", "pairs", "2024-04-02_us-cn_biden-xi-call");
        var comparison = ReadoutComparer.Default.Compare(Readout.Load(Path.Combine(dir, "cn.txt")), Readout.Load(Path.Combine(dir, "us.txt")));
        comparison.Tone.Shared.Should().Contain("candid");
        comparison.Tone.LeftOnly.Should().Contain("in-depth");
        comparison.Tone.RightOnly.Should().Contain("constructive");
        comparison.Engagement.RequestedBy.Should().Be("Joe Biden");
    }

    [SkippableFact]
    public void Every_real_pair_compares_losing_no_text_with_every_span_true()
    {
        var root = SharedCorpus.Require();
        var pairs = SharedCorpus.Pairs(root).ToList();
        pairs.Should().NotBeEmpty();
        foreach (var (name, left, right) in pairs)
        {
            var comparison = ReadoutComparer.Default.Compare(Readout.Load(left), Readout.Load(right));
            foreach (var analysis in new[] { comparison.Left, comparison.Right })
            {
                var text = analysis.Readout.Text;
                SentenceSplitterTests.AssertCovers(text);
                analysis.Claims.Should().NotBeEmpty(name);
                analysis.Claims.Should().NotContain(c => text.Substring(c.Span.Start, c.Span.Length) != c.Text, name);
                analysis.ToneHits.Should().NotContain(h => text.Substring(h.Span.Start, h.Span.Length) != h.Text, name);
                analysis.Claims.Should().NotContain(c => !analysis.Sentences[c.SentenceIndex].Span.Contains(c.Span), name);
            }
        }
    }

    [SkippableFact]
    public void Json_output_follows_the_contract_for_the_sample_and_every_real_pair()
    {
        var root = SharedCorpus.Require();
        var schema = Contract.Value;
        var comparisons = new List<(string, Comparison)> { ("sample", ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates)) };
        comparisons.AddRange(SharedCorpus.Pairs(root).Select(p => (p.Name, ReadoutComparer.Default.Compare(Readout.Load(p.Left), Readout.Load(p.Right)))));
        foreach (var (name, comparison) in comparisons)
        {
            using var document = System.Text.Json.JsonDocument.Parse(ComparisonJson.Serialize(comparison));
            var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            result.IsValid.Should().BeTrue($"{name}: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + " " + e.Value)))}");
        }
    }

    [SkippableFact]
    public void A_broken_document_fails_the_contract_check()
    {
        SharedCorpus.Require();
        var schema = Contract.Value;
        var node = JsonNode.Parse(ComparisonJson.Serialize(ReadoutComparer.Default.Compare(Readouts.SampleChina, Readouts.SampleUnitedStates)))!;
        node["rows"]![0]!["kind"] = "maybe";
        using var document = System.Text.Json.JsonDocument.Parse(node.ToJsonString());
        schema.Evaluate(document.RootElement).IsValid.Should().BeFalse();
    }
}
