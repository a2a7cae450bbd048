using System.Text.Json.Nodes;
using Json.Schema;
using Statements.Serialization;

namespace Statements.Tests;

/// <summary>Runs on the real readouts in ../shared; skipped with a message where it is absent.</summary>
public class CorpusTests
{
    // The repository's contract (version 2, which extends ../shared/schema's version 1 with links and weak rows).
    private static readonly Lazy<JsonSchema> Contract = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(PublicApiTests.RepositoryRoot(), "schema", "comparison.schema.json"))));

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

/// <summary>Every White House readout in ../shared analyses without error and without losing text.</summary>
public class ArchiveTests
{
    [SkippableFact]
    public void Every_White_House_readout_analyses_losing_no_text()
    {
        var root = SharedCorpus.Require();
        var files = Directory.GetFiles(Path.Combine(root, "corpus", "wh-readouts"), "*.txt");
        files.Should().HaveCountGreaterThan(1000);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(files, file =>
        {
            try
            {
                var readout = Readout.Load(file);
                var analysis = ReadoutComparer.Default.Analyze(readout);
                var text = readout.Text;
                var covered = new bool[text.Length];
                foreach (var s in analysis.Sentences)
                {
                    for (var i = s.Span.Start; i < s.Span.End; i++)
                    {
                        if (covered[i])
                        {
                            failures.Add($"{Path.GetFileName(file)}: character {i} in two sentences");
                            return;
                        }

                        covered[i] = true;
                    }
                }

                var lost = Enumerable.Range(0, text.Length).Count(i => !covered[i] && !char.IsWhiteSpace(text[i]));
                if (lost > 0)
                {
                    failures.Add($"{Path.GetFileName(file)}: {lost} characters in no sentence");
                }

                if (analysis.Claims.Any(c => text.Substring(c.Span.Start, c.Span.Length) != c.Text))
                {
                    failures.Add($"{Path.GetFileName(file)}: a claim span does not match its text");
                }
            }
            catch (Exception e)
            {
                failures.Add($"{Path.GetFileName(file)}: {e.GetType().Name}: {e.Message}");
            }
        });
        failures.Should().BeEmpty();
    }

    [SkippableFact]
    public void The_seed_article_splits_into_a_Chinese_and_a_US_readout()
    {
        var root = SharedCorpus.Require();
        var article = Readout.Load(Path.Combine(root, "corpus", "pairs", "2024-04-02_seed-article", "article.txt"));
        var split = Articles.ArticleSplitter.Default.Split(article.Text);
        var comparison = ReadoutComparer.Default.Compare(split.Left, split.Right);
        comparison.Left.Readout.Side.Should().Be("China");
        comparison.Right.Readout.Side.Should().Be("United States");
        comparison.Tone.Shared.Should().Contain("candid");
        comparison.Tone.LeftOnly.Should().Contain(["in-depth", "red line"]);
        comparison.Tone.RightOnly.Should().Contain("constructive");
        comparison.Left.Claims.Should().Contain(c => c.Text.Contains("red line", StringComparison.Ordinal) && c.Speaker == "Xi Jinping");
    }
}
