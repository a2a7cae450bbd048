using System.Globalization;
using Statements.Serialization;

namespace Statements.Tests.Properties;

/// <summary>
/// The shared <see cref="ReadoutComparer.Default"/> gives the same results on many threads at once as on one, and
/// the same results whatever the thread's culture.
/// </summary>
public class ConcurrencyAndCultureTests
{
    /// <summary>Text where culture-sensitive casing or number parsing would show: Turkish dotted and dotless i, decimal commas, dates.</summary>
    private const string CultureProbe = """
        President Xi Jinping held a phone call with President Joseph R. Biden on 2 April 2024 that lasted 1,5 hours.
        IRAN, ISTANBUL, İstanbul and ıspanak were INDEED DISCUSSED. Xi said that the İNDO-PACIFIC matters and that IT IS IMPORTANT.
        Biden STRESSED THAT the United States firmly opposes it, noting the 1.5% tariff of 12/04/2024 and the date 04.02.2024.
        The two leaders agreed to keep in touch. President Biden raised concerns about Taiwan and said "İ think so."
        """;

    private static List<(Readout Left, Readout Right)> Pairs()
    {
        var pairs = new List<(Readout, Readout)> { Readouts.Sample, (Readouts.SampleUnitedStates, Readouts.SampleChina) };
        var root = SharedCorpus.Path;
        if (root is not null)
        {
            pairs.AddRange(SharedCorpus.Pairs(root).Take(6).Select(p => (Readout.Load(p.Left), Readout.Load(p.Right))));
        }
        else
        {
            // Without ../shared: variants of the sample (sentences swapped, duplicated, truncated).
            var edits = new[] { Inputs.MutationKind.SwapSentences, Inputs.MutationKind.DuplicateSentence, Inputs.MutationKind.Truncate, Inputs.MutationKind.DeleteSentence };
            for (var i = 0; i < edits.Length; i++)
            {
                var text = Inputs.Apply((i % 2, [new Inputs.Mutation(edits[i], 0.3, 0.8, i)], " "));
                pairs.Add((new Readout(text, i % 2 == 0 ? "China" : "United States"), i % 2 == 0 ? Readouts.SampleUnitedStates : Readouts.SampleChina));
            }
        }

        pairs.Add((Readout.Parse(CultureProbe, side: "China"), Readouts.SampleUnitedStates));
        return pairs;
    }

    private static string Run((Readout Left, Readout Right) pair) => ComparisonJson.Serialize(ReadoutComparer.Default.Compare(pair.Left, pair.Right));

    [Fact]
    public void A_thousand_comparisons_on_eight_threads_match_the_sequential_results()
    {
        var pairs = Pairs();
        var expected = pairs.Select(Run).ToArray();
        const int Total = 1000;
        const int ThreadCount = 8;
        var actual = new string[Total];
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        using var start = new ManualResetEventSlim(false);
        var threads = Enumerable.Range(0, ThreadCount).Select(t => new Thread(() =>
        {
            start.Wait();
            try
            {
                // Each thread takes every eighth comparison, so all threads work on all pairs at once.
                for (var i = t; i < Total; i += ThreadCount)
                {
                    actual[i] = Run(pairs[i % pairs.Count]);
                }
            }
#pragma warning disable CA1031 // collected and reported below
            catch (Exception e)
#pragma warning restore CA1031
            {
                errors.Enqueue(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        start.Set();
        threads.ForEach(t => t.Join());

        errors.Should().BeEmpty();
        for (var i = 0; i < Total; i++)
        {
            actual[i].Should().Be(expected[i % pairs.Count], $"comparison {i} (pair {i % pairs.Count}) on a worker thread should match the sequential run");
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("")]
    public void Results_do_not_depend_on_the_thread_culture(string cultureName)
    {
        var pairs = Pairs();
        string[] expected;
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            expected = pairs.Select(Run).ToArray();
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = cultureName.Length == 0 ? CultureInfo.InvariantCulture : new CultureInfo(cultureName);
            var actual = pairs.Select(Run).ToArray();
            actual.Should().Equal(expected, $"comparisons under {(cultureName.Length == 0 ? "the invariant culture" : cultureName)} should match those under en-US");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void The_culture_probe_finds_its_participants_and_claims()
    {
        // The probe must reach the rules the culture test guards, not fall through as noise.
        var analysis = ReadoutComparer.Default.Analyze(Readout.Parse(CultureProbe, side: "China"));
        analysis.Claims.Should().HaveCountGreaterThan(2);
        analysis.Participants.Should().HaveCountGreaterThanOrEqualTo(2);
        Invariants.Check(analysis);
    }
}
