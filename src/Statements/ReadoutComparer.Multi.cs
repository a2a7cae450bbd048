using System.Collections.Immutable;
using Statements.Alignment;
using Statements.Attribution;

namespace Statements;

// The N-way comparison: two or more readouts of one engagement side by side (MultiComparison).
public sealed partial class ReadoutComparer
{
    /// <summary>
    /// Compares two or more readouts of one engagement side by side: each is analysed with id "A", "B", "C", ... in the
    /// order given, every pair is linked with <see cref="Linker"/>, and the claims of all of them are grouped into
    /// matters (every claim in exactly one). With two readouts the matters group the claims exactly as the rows of
    /// <see cref="Compare(Readout, Readout, CancellationToken)"/> do.
    /// </summary>
    /// <example>
    /// <code>
    /// var all = ReadoutComparer.Default.Compare([Readout.Load("us.txt"), Readout.Load("cn.txt"), Readout.Load("xinhua.txt")]);
    /// foreach (var matter in all.Matters.Where(m => m.Carriers.Length == 1)) Console.WriteLine(matter.Claims.First().Text);
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="readouts"/> or one of its readouts is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two readouts are given.</exception>
    /// <exception cref="ReadoutTooLargeException">A readout's text is longer than <see cref="MaxReadoutLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public MultiComparison Compare(IReadOnlyList<Readout> readouts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readouts);
        RequireTwo(readouts.Count, nameof(readouts));
        for (var i = 0; i < readouts.Count; i++)
        {
            if (readouts[i] is null)
            {
                throw new ArgumentNullException(nameof(readouts), $"Readout {i + 1} of {readouts.Count} is null.");
            }
        }

        var analyses = new ReadoutAnalysis[readouts.Count];
        for (var i = 0; i < readouts.Count; i++)
        {
            analyses[i] = Analyze(readouts[i], MultiComparison.ColumnId(i), cancellationToken);
        }

        return Compare(analyses, cancellationToken);
    }

    /// <summary>Compares two or more analysed readouts side by side (see <see cref="Compare(IReadOnlyList{Readout}, CancellationToken)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="analyses"/> or one of its analyses is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two analyses are given, or two share an id (claim ids would clash).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public MultiComparison Compare(IReadOnlyList<ReadoutAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        RequireTwo(analyses.Count, nameof(analyses));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < analyses.Count; i++)
        {
            if (analyses[i] is null)
            {
                throw new ArgumentNullException(nameof(analyses), $"Analysis {i + 1} of {analyses.Count} is null.");
            }

            if (!ids.Add(analyses[i].Id))
            {
                throw new ArgumentException($"Two readouts have the id '{analyses[i].Id}'; claim ids would clash.", nameof(analyses));
            }
        }

        // Linked as analysed (the link model is fitted so), then shown with one name per person across the readouts.
        var links = new List<LinkSet>(analyses.Count * (analyses.Count - 1) / 2);
        var named = ParticipantNames.Harmonise(analyses, Language);
        for (var i = 0; i < analyses.Count; i++)
        {
            for (var j = i + 1; j < analyses.Count; j++)
            {
                links.Add(ParticipantNames.Rebind(Linker.Link(analyses[i], analyses[j], cancellationToken), named[i], named[j]));
            }
        }

        analyses = named;

        var matters = MatterGroups.Build(analyses, links);
        return new MultiComparison([.. analyses], matters, SpreadTone(analyses))
        {
            Links = [.. links.SelectMany(set => set.Links)],
            Facts = FactsOf(analyses),
        };
    }

    private ImmutableArray<MultiFact> FactsOf(IReadOnlyList<ReadoutAnalysis> analyses)
    {
        var facts = analyses.Select(a => Facts.EngagementFactExtractor.Extract(a, Language)).ToArray();
        MultiFact Fact(string name, Func<Facts.ReadoutFacts, string?> value, bool comparable = true) =>
            new(name, [.. facts.Select(value)]) { Comparable = comparable };
        return
        [
            Fact("format", f => f.Format),
            Fact("requestedBy", f => f.RequestedBy),
            Fact("duration", f => f.Duration),
            Fact("location", f => f.Location),
            Fact("date", f => f.Date),
            Fact("priorMeeting", f => f.PriorMeeting, comparable: false),
            Fact("nextSteps", f => f.NextSteps, comparable: false),
        ];
    }

    private static void RequireTwo(int count, string name)
    {
        if (count < 2)
        {
            throw new ArgumentException($"A side-by-side comparison needs two or more readouts; {count} given.", name);
        }
    }

    private static ToneSpread SpreadTone(IReadOnlyList<ReadoutAnalysis> analyses)
    {
        var keys = analyses.Select(a => a.ToneKeys).ToArray();
        var sets = keys.Select(k => k.ToHashSet(StringComparer.Ordinal)).ToArray();
        var common = keys[0].Where(k => sets.All(s => s.Contains(k))).Order(StringComparer.Ordinal).ToImmutableArray();
        var readouts = ImmutableArray.CreateBuilder<ReadoutTone>(analyses.Count);
        for (var i = 0; i < analyses.Count; i++)
        {
            var mine = i;
            var particular = keys[i].Where(k => !sets.Where((_, j) => j != mine).Any(s => s.Contains(k))).ToImmutableArray();
            readouts.Add(new ReadoutTone(keys[i], particular, analyses[i].Headline));
        }

        return new ToneSpread(common, readouts.MoveToImmutable());
    }
}
