using System.Collections.Concurrent;
using System.Globalization;
using Statements.Batch;
using Statements.Serialization;
using Statements.Tone;

namespace Statements.Tests;

public class BatchTests
{
    private const string Marker = "EXPLODING-MARKER";

    /// <summary>The two samples and readouts made from their paragraphs: a dozen different inputs.</summary>
    private static readonly IReadOnlyList<Readout> Inputs = MakeInputs();

    [Fact]
    public async Task Analyses_come_back_in_input_order_and_equal_the_sequential_ones()
    {
        var results = await ReadoutBatch.AnalyzeAllAsync(Inputs, maxDegreeOfParallelism: 4);

        results.Should().HaveCount(Inputs.Count);
        for (var i = 0; i < Inputs.Count; i++)
        {
            results[i].Index.Should().Be(i);
            results[i].Succeeded.Should().BeTrue(results[i].ToString());
            results[i].Value!.Readout.Should().BeSameAs(Inputs[i]);
            Describe(results[i].GetValueOrThrow()).Should().Be(Describe(ReadoutComparer.Default.Analyze(Inputs[i], "L")));
        }
    }

    [Fact]
    public async Task Longer_readouts_are_started_first_and_results_still_come_in_input_order()
    {
        var started = new ConcurrentQueue<int>();
        var comparer = ReadoutComparer.CreateBuilder().UseNormalizer(new RecordingNormalizer(started)).Build();
        var lengths = new[] { 40, 400, 4, 4000, 400, 40 };
        var readouts = lengths.Select(n => new Readout(new string('a', n - 1) + ".", "China")).ToList();

        var results = await ReadoutBatch.AnalyzeAllAsync(readouts, comparer, maxDegreeOfParallelism: 1);

        started.Should().Equal(4000, 400, 400, 40, 40, 4);
        results.Select(r => r.GetValueOrThrow().Readout).Should().Equal(readouts);
    }

    [Fact]
    public async Task Comparisons_come_back_in_input_order_and_equal_the_sequential_ones()
    {
        var pairs = Enumerable.Range(0, Inputs.Count - 1).Select(i => (Inputs[i], Inputs[i + 1])).ToList();

        var results = await ReadoutBatch.CompareAllAsync(pairs);

        results.Should().HaveCount(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            results[i].Index.Should().Be(i);
            var expected = ComparisonJson.Serialize(ReadoutComparer.Default.Compare(pairs[i].Item1, pairs[i].Item2));
            ComparisonJson.Serialize(results[i].GetValueOrThrow()).Should().Be(expected);
        }
    }

    [Fact]
    public async Task One_thread_and_all_cores_give_the_same_results()
    {
        var one = await ReadoutBatch.AnalyzeAllAsync(Inputs, maxDegreeOfParallelism: 1);
        var all = await ReadoutBatch.AnalyzeAllAsync(Inputs);

        all.Select(r => Describe(r.GetValueOrThrow())).Should().Equal(one.Select(r => Describe(r.GetValueOrThrow())));
    }

    [Fact]
    public async Task Progress_counts_every_item_and_reaches_the_total()
    {
        var reports = new ConcurrentBag<BatchProgress>();
        var progress = new SynchronousProgress<BatchProgress>(reports.Add);

        await ReadoutBatch.AnalyzeAllAsync(Inputs, progress: progress);

        reports.Should().HaveCount(Inputs.Count);
        reports.Should().OnlyContain(p => p.Total == Inputs.Count);
        reports.Select(p => p.Completed).Should().BeEquivalentTo(Enumerable.Range(1, Inputs.Count));
        reports.Count(p => p.Completed == p.Total).Should().Be(1);
        reports.Max(p => p.Fraction).Should().Be(1);
    }

    [Fact]
    public async Task Comparison_progress_reaches_the_total()
    {
        var pairs = new[] { Readouts.Sample, Readouts.Sample, Readouts.Sample };
        var last = 0;
        var progress = new SynchronousProgress<BatchProgress>(p => InterlockedMax(ref last, p.Completed));

        await ReadoutBatch.CompareAllAsync(pairs, progress: progress, maxDegreeOfParallelism: 2);

        last.Should().Be(3);
    }

    [Fact]
    public async Task A_cancelled_token_throws_before_any_work()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var reports = 0;

        var act = () => ReadoutBatch.AnalyzeAllAsync(Inputs, progress: new SynchronousProgress<BatchProgress>(_ => Interlocked.Increment(ref reports)), cancellationToken: cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        reports.Should().Be(0);
    }

    [Fact]
    public async Task Cancelling_during_the_run_throws_and_stops_the_remaining_items()
    {
        using var cts = new CancellationTokenSource();
        var many = Enumerable.Repeat(Inputs, 10).SelectMany(x => x).ToList();
        var reports = 0;
        var progress = new SynchronousProgress<BatchProgress>(p =>
        {
            Interlocked.Increment(ref reports);
            if (p.Completed == 2)
            {
                cts.Cancel();
            }
        });

        var act = () => ReadoutBatch.AnalyzeAllAsync(many, progress: progress, maxDegreeOfParallelism: 1, cancellationToken: cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        reports.Should().BeLessThan(many.Count);
    }

    [Fact]
    public async Task Cancelling_a_comparison_run_throws()
    {
        using var cts = new CancellationTokenSource();
        var pairs = Enumerable.Repeat(Readouts.Sample, 20).ToList();
        var progress = new SynchronousProgress<BatchProgress>(_ => cts.Cancel());

        var act = () => ReadoutBatch.CompareAllAsync(pairs, progress: progress, maxDegreeOfParallelism: 1, cancellationToken: cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task A_failing_item_is_reported_at_its_index_and_the_others_complete()
    {
        var comparer = ReadoutComparer.CreateBuilder().UseToneTagger(new ThrowingToneTagger(ReadoutComparer.Default.Analyzer.Tone)).Build();
        var inputs = Inputs.ToList();
        inputs.Insert(3, Readout.Parse($"President Biden said that the {Marker} matters.\n", side: "United States"));
        var reports = 0;

        var results = await ReadoutBatch.AnalyzeAllAsync(inputs, comparer, new SynchronousProgress<BatchProgress>(_ => Interlocked.Increment(ref reports)));

        results.Should().HaveCount(inputs.Count);
        reports.Should().Be(inputs.Count);
        results[3].Succeeded.Should().BeFalse();
        results[3].Value.Should().BeNull();
        results[3].Error.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Contain(Marker);
        results[3].Invoking(r => r.GetValueOrThrow()).Should().Throw<InvalidOperationException>().WithInnerException<InvalidOperationException>();
        results[3].ToString().Should().Contain("failed");
        results.Where((_, i) => i != 3).Should().OnlyContain(r => r.Succeeded);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (i != 3)
            {
                Describe(results[i].Value!).Should().Be(Describe(ReadoutComparer.Default.Analyze(inputs[i], "L")));
            }
        }
    }

    [Fact]
    public async Task A_null_readout_is_a_failed_item_not_a_failed_batch()
    {
        var inputs = new List<Readout> { Readouts.SampleChina, null!, Readouts.SampleUnitedStates };
        var pairs = new List<(Readout Left, Readout Right)> { Readouts.Sample, (Readouts.SampleChina, null!) };

        var analyses = await ReadoutBatch.AnalyzeAllAsync(inputs);
        var comparisons = await ReadoutBatch.CompareAllAsync(pairs);

        analyses.Select(r => r.Succeeded).Should().Equal(true, false, true);
        analyses[1].Error.Should().BeOfType<ArgumentNullException>();
        comparisons.Select(r => r.Succeeded).Should().Equal(true, false);
        comparisons[1].Error.Should().BeOfType<ArgumentNullException>();
    }

    [Fact]
    public async Task An_empty_batch_gives_an_empty_list()
    {
        (await ReadoutBatch.AnalyzeAllAsync([])).Should().BeEmpty();
        (await ReadoutBatch.CompareAllAsync([])).Should().BeEmpty();
    }

    [Fact]
    public void Bad_arguments_throw_at_once()
    {
        Action nullList = () => _ = ReadoutBatch.AnalyzeAllAsync(null!);
        Action nullPairs = () => _ = ReadoutBatch.CompareAllAsync(null!);
        Action zero = () => _ = ReadoutBatch.AnalyzeAllAsync(Inputs, maxDegreeOfParallelism: 0);
        Action negative = () => _ = ReadoutBatch.CompareAllAsync([Readouts.Sample], maxDegreeOfParallelism: -2);

        nullList.Should().Throw<ArgumentNullException>();
        nullPairs.Should().Throw<ArgumentNullException>();
        zero.Should().Throw<ArgumentOutOfRangeException>();
        negative.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static List<Readout> MakeInputs()
    {
        var list = new List<Readout> { Readouts.SampleChina, Readouts.SampleUnitedStates };
        foreach (var sample in list.ToList())
        {
            var paragraphs = sample.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var take = 1; take <= Math.Min(5, paragraphs.Length); take++)
            {
                list.Add(sample with { Text = string.Join("\n\n", paragraphs.Take(take)) + "\n", Name = $"{sample.Name}#{take}" });
            }
        }

        list.Add(new Readout("", "Unknown"));
        return list;
    }

    private static string Describe(ReadoutAnalysis a) => string.Join('\n', new[]
    {
        $"{a.Id} {a.Readout.Side} {a.Readout.Name} score={a.ToneScore?.ToString(CultureInfo.InvariantCulture)} headline={a.Headline?.Text}",
        "topics " + string.Join(",", a.Topics),
        "participants " + string.Join(",", a.Participants.Select(p => $"{p.Name}/{p.Country}/{string.Join("|", p.Titles)}/{string.Join("|", p.Mentions)}")),
    }
    .Concat(a.Sentences.Select(s => $"S{s.Index} {s.Span} {s.Kind} p{s.Paragraph} [{string.Join(",", s.ClaimIds)}]"))
    .Concat(a.Claims.Select(c => $"{c.Id} {c.Speaker} {c.Cue} {c.Span} {c.Negated} {c.Modality} [{string.Join(",", c.Topics)}] {c.Text}"))
    .Concat(a.ToneHits.Select(h => $"{h.Key} {h.Span} {h.Valence.ToString(CultureInfo.InvariantCulture)} {h.Negated} {h.ClaimId}")));

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    /// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    /// <summary>The default tone tagger, except that it throws on a text holding the marker.</summary>
    private sealed class ThrowingToneTagger(IToneTagger inner) : IToneTagger
    {
        public IReadOnlyList<ToneMatch> Tag(string normalized, Span span) =>
            normalized.Contains(Marker, StringComparison.Ordinal)
                ? throw new InvalidOperationException($"tone tagger refused {Marker}")
                : inner.Tag(normalized, span);
    }

    /// <summary>The default normaliser, noting the length of each text it is given, in call order.</summary>
    private sealed class RecordingNormalizer(ConcurrentQueue<int> lengths) : Statements.Text.ITextNormalizer
    {
        public string Normalize(string text)
        {
            lengths.Enqueue(text.Length);
            return Statements.Text.TextNormalizer.Instance.Normalize(text);
        }
    }
}
