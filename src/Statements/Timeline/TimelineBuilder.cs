using System.Collections.Immutable;
using System.Globalization;
using Statements.Facts;
using Statements.Language;
using Statements.Tone;

namespace Statements.Timeline;

/// <summary>
/// Builds a <see cref="ReadoutTimeline"/> from analysed readouts: dates and counterparts per readout (in parallel), then
/// per counterpart the readouts in date order, formulations (recurring stemmed phrases and lexicon set phrases, boilerplate
/// shared by most counterparts left out, shorter phrases carried by exactly the readouts of a longer one folded into it),
/// changes against the previous readout and the series. Cost is linear in the number of readouts (the boilerplate test
/// is one pass over each counterpart's phrases). Stateless; each call has its own caches.
/// </summary>
internal static class TimelineBuilder
{
    internal sealed record Item(TimelineReadout Readout, ReadoutPhrases Phrases);

    /// <summary>What a build keeps to narrow the timeline later: its readouts in order with their phrases, the boilerplate, language and options.</summary>
    internal sealed record State(List<Item> Ordered, HashSet<ulong> Boilerplate, ReadoutLanguage Language, TimelineOptions Options);

    public static ReadoutTimeline Build(IReadOnlyList<ReadoutAnalysis> analyses, IReadOnlyList<TimelineProblem> problems, ReadoutLanguage language, TimelineOptions options, CancellationToken cancellationToken)
    {
        var keys = new PhraseKeys(language);
        var finder = new CounterpartFinder(language);
        var dater = new ReadoutDater(language);
        var ids = Ids(analyses);
        var items = new Item[analyses.Count];
        Parallel.For(0, analyses.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var analysis = analyses[i];
            var (date, source) = dater.Date(analysis.Readout);
            var counterparts = finder.Find(analysis);
            var readout = new TimelineReadout(
                ids[i],
                analysis,
                date,
                source,
                [.. counterparts],
                [.. analysis.Participants.Select(p => p.Name)],
                EngagementFactExtractor.Extract(analysis, language).Format,
                analysis.Claims.Length);
            items[i] = new Item(readout, ReadoutPhrases.Of(analysis.Readout, keys, options));
        });

        var ordered = items.OrderBy(i => i.Readout.Date ?? DateOnly.MaxValue).ThenBy(i => i.Readout.Date is null ? 1 : 0).ThenBy(i => i.Readout.Id, StringComparer.Ordinal).ToList();
        var groups = Group(ordered, null);
        var state = new State(ordered, Boilerplate(groups.Values, options), language, options);
        return Assemble(state, ordered, groups, [.. problems], cancellationToken);
    }

    /// <summary>The timeline narrowed to one counterpart and a date range, with the boilerplate of the whole build.</summary>
    public static ReadoutTimeline Narrow(State state, ImmutableArray<TimelineProblem> problems, string? counterpart, DateOnly? from, DateOnly? to)
    {
        var kept = state.Ordered.Where(i =>
                (counterpart is null || i.Readout.Counterparts.Contains(counterpart, StringComparer.OrdinalIgnoreCase)) &&
                ((from is null && to is null) || (i.Readout.Date is { } d && (from is null || d >= from) && (to is null || d <= to))))
            .ToList();
        return Assemble(state, kept, Group(kept, counterpart), problems, CancellationToken.None);
    }

    private static ReadoutTimeline Assemble(State state, List<Item> ordered, Dictionary<(string Side, string Counterpart), List<Item>> groups, ImmutableArray<TimelineProblem> problems, CancellationToken cancellationToken)
    {
        var names = groups.Keys.Order().ToList();
        var timelines = new CounterpartTimeline[names.Count];
        Parallel.For(0, names.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
            timelines[k] = Counterpart(names[k].Counterpart, groups[names[k]], state.Boilerplate, state.Language, state.Options) with { Side = names[k].Side });

        return new ReadoutTimeline(
            [.. ordered.Select(i => i.Readout)],
            [.. timelines.OrderByDescending(t => t.Readouts.Length).ThenBy(t => t.Counterpart, StringComparer.Ordinal).ThenBy(t => t.Side, StringComparer.Ordinal)],
            problems,
            state);
    }

    /// <summary>The readouts of each dyad: the publishing side and one counterpart.</summary>
    private static Dictionary<(string Side, string Counterpart), List<Item>> Group(List<Item> ordered, string? only)
    {
        var groups = new Dictionary<(string Side, string Counterpart), List<Item>>();
        foreach (var item in ordered)
        {
            foreach (var counterpart in item.Readout.Counterparts)
            {
                if (only is not null && !string.Equals(only, counterpart, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var key = (item.Readout.Analysis.Readout.Side, counterpart);
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(item);
            }
        }

        return groups;
    }

    /// <summary>Unique ids: the readout's name, else readout-N; a repeated name gets "#2", "#3".</summary>
    private static string[] Ids(IReadOnlyList<ReadoutAnalysis> analyses)
    {
        var ids = new string[analyses.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < analyses.Count; i++)
        {
            var id = analyses[i].Readout.Name is { Length: > 0 } name ? name : "readout-" + (i + 1).ToString(CultureInfo.InvariantCulture);
            var candidate = id;
            for (var n = 2; !seen.Add(candidate); n++)
            {
                candidate = id + "#" + n.ToString(CultureInfo.InvariantCulture);
            }

            ids[i] = candidate;
        }

        return ids;
    }

    /// <summary>Phrase keys carried by readouts of at least the boilerplate share of the counterparts with enough readouts.</summary>
    private static HashSet<ulong> Boilerplate(IEnumerable<List<Item>> groups, TimelineOptions options)
    {
        var large = groups.Where(g => g.Count >= options.BoilerplateMinReadouts).ToList();
        var result = new HashSet<ulong>();
        if (large.Count < options.BoilerplateMinCounterparts)
        {
            return result;
        }

        var counts = new Dictionary<ulong, int>();
        var seen = new HashSet<ulong>();
        foreach (var group in large)
        {
            seen.Clear();
            foreach (var item in group)
            {
                foreach (var key in item.Phrases.Uses.Keys)
                {
                    if (seen.Add(key))
                    {
                        counts[key] = counts.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        var threshold = Math.Max(2, (int)Math.Ceiling(options.BoilerplateShare * large.Count));
        foreach (var (key, count) in counts)
        {
            if (count >= threshold)
            {
                result.Add(key);
            }
        }

        return result;
    }

    private static CounterpartTimeline Counterpart(string name, List<Item> items, HashSet<ulong> boilerplate, ReadoutLanguage language, TimelineOptions options)
    {
        var readouts = items.Select(i => i.Readout).ToImmutableArray();
        var formulations = Formulations(items, boilerplate, options);
        var changes = Changes(items, formulations, language);
        var (quarters, quarterOf) = Quarters(readouts);
        var topics = readouts.SelectMany(r => r.Analysis.Topics).Distinct(StringComparer.Ordinal)
            .Select(t => Series(t, readouts, quarters.Length, quarterOf, r => r.Analysis.Claims.Count(c => c.Topics.Contains(t))))
            .OrderByDescending(s => s.Total).ThenBy(s => s.Key, StringComparer.Ordinal).ToImmutableArray();
        var tone = ToneProfile.Categories
            .Select(c => Series(c.ToString().ToLowerInvariant(), readouts, quarters.Length, quarterOf, r => r.Profile[c].Count))
            .ToImmutableArray();
        return new CounterpartTimeline(name, readouts, formulations, changes, quarters, topics, tone);
    }

    private static ImmutableArray<Formulation> Formulations(List<Item> items, HashSet<ulong> boilerplate, TimelineOptions options)
    {
        // Which readouts (by position) carry each key.
        var carriers = new Dictionary<ulong, List<int>>();
        for (var r = 0; r < items.Count; r++)
        {
            foreach (var key in items[r].Phrases.Uses.Keys)
            {
                if (!carriers.TryGetValue(key, out var list))
                {
                    carriers[key] = list = [];
                }

                list.Add(r);
            }
        }

        var candidates = new Dictionary<ulong, (List<int> Carriers, PhraseUse First, ReadoutPhrases Phrases)>();
        foreach (var (key, list) in carriers)
        {
            if (list.Count >= Math.Max(2, options.MinReadouts) && !boilerplate.Contains(key))
            {
                var phrases = items[list[0]].Phrases;
                candidates[key] = (list, phrases.Uses[key], phrases);
            }
        }

        // A phrase inside a longer candidate carried by exactly the same readouts says nothing more: fold it in.
        var folded = new HashSet<ulong>();
        foreach (var (key, candidate) in candidates.OrderByDescending(c => c.Value.First.Words))
        {
            var first = candidate.First;
            for (var start = first.FirstToken; start < first.FirstToken + first.Words; start++)
            {
                var sub = PhraseKeys.Start;
                for (var end = start; end < first.FirstToken + first.Words; end++)
                {
                    sub = PhraseKeys.Extend(sub, candidate.Phrases.Tokens[end].Hash);
                    if (sub != key && (end - start + 1) < first.Words && candidates.TryGetValue(sub, out var inner) && !inner.First.SetPhrase && inner.Carriers.Count == candidate.Carriers.Count)
                    {
                        folded.Add(sub);
                    }
                }
            }
        }

        var window = options.AbsenceWindow;
        var result = new List<(Formulation Formulation, int FirstAt)>();
        foreach (var (key, (list, first, phrases)) in candidates)
        {
            if (folded.Contains(key))
            {
                continue;
            }

            var uses = ImmutableArray.CreateBuilder<FormulationUse>(list.Count);
            foreach (var r in list)
            {
                var use = items[r].Phrases.Uses[key];
                uses.Add(new FormulationUse(items[r].Readout.Id, use.Span, use.Count));
            }

            var absent = ImmutableArray.CreateBuilder<string>();
            if (list.Count >= options.MinReadoutsForAbsence)
            {
                var carried = new bool[items.Count];
                foreach (var r in list)
                {
                    carried[r] = true;
                }

                var firstAt = list[0];
                var lastAt = list[^1];
                for (var r = firstAt + 1; r < lastAt; r++)
                {
                    if (!carried[r] && Majority(carried, Math.Max(firstAt, r - window), r) && Majority(carried, r + 1, Math.Min(lastAt + 1, r + 1 + window)))
                    {
                        absent.Add(items[r].Readout.Id);
                    }
                }
            }

            var text = items[list[0]].Readout.Analysis.Readout.Text;
            result.Add((new Formulation(
                phrases.StemsAt(first.FirstToken, first.Words),
                first.Span.Of(text),
                first.SetPhrase ? FormulationKind.SetPhrase : FormulationKind.Phrase,
                uses.MoveToImmutable(),
                absent.ToImmutable()), list[0]));
        }

        return [.. result.OrderByDescending(f => f.Formulation.Count).ThenBy(f => f.FirstAt).ThenByDescending(f => f.Formulation.Key.Length)
            .ThenBy(f => f.Formulation.Key, StringComparer.Ordinal).Select(f => f.Formulation)];
    }

    private static bool Majority(bool[] carried, int from, int to)
    {
        var n = to - from;
        if (n <= 0)
        {
            return false;
        }

        var yes = 0;
        for (var i = from; i < to; i++)
        {
            yes += carried[i] ? 1 : 0;
        }

        return yes * 2 > n;
    }

    private static ImmutableArray<ReadoutChanges> Changes(List<Item> items, ImmutableArray<Formulation> formulations, ReadoutLanguage language)
    {
        var labels = language.Topics.Topics.ToDictionary(t => t.Id, t => t.Label, StringComparer.Ordinal);
        var byReadout = new Dictionary<string, List<(Formulation Formulation, FormulationUse Use)>>(StringComparer.Ordinal);
        foreach (var f in formulations)
        {
            foreach (var use in f.Uses)
            {
                if (!byReadout.TryGetValue(use.ReadoutId, out var list))
                {
                    byReadout[use.ReadoutId] = list = [];
                }

                list.Add((f, use));
            }
        }

        var result = ImmutableArray.CreateBuilder<ReadoutChanges>(items.Count);
        for (var r = 0; r < items.Count; r++)
        {
            var current = items[r].Readout;
            if (r == 0)
            {
                result.Add(new ReadoutChanges(current.Id, null, []));
                continue;
            }

            var previous = items[r - 1].Readout;
            var changes = ImmutableArray.CreateBuilder<TimelineChange>();
            foreach (var (topic, added, from) in Diff(current.Topics, previous.Topics, current, previous))
            {
                changes.Add(new TimelineChange(ChangeKind.Topic, topic, labels.GetValueOrDefault(topic, topic), added,
                    [.. from.Analysis.Claims.Where(c => c.Topics.Contains(topic)).Select(c => c.Span)]));
            }

            var now = byReadout.GetValueOrDefault(current.Id) ?? [];
            var before = byReadout.GetValueOrDefault(previous.Id) ?? [];
            var nowKeys = now.Select(p => p.Formulation.Key).ToHashSet(StringComparer.Ordinal);
            var beforeKeys = before.Select(p => p.Formulation.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var (f, use) in now.Where(p => !beforeKeys.Contains(p.Formulation.Key)))
            {
                changes.Add(new TimelineChange(ChangeKind.Formulation, f.Key, f.Text, true, [use.Span]));
            }

            foreach (var (f, use) in before.Where(p => !nowKeys.Contains(p.Formulation.Key)))
            {
                changes.Add(new TimelineChange(ChangeKind.Formulation, f.Key, f.Text, false, [use.Span]));
            }

            foreach (var (key, added, from) in Diff(current.ToneKeys, previous.ToneKeys, current, previous))
            {
                changes.Add(new TimelineChange(ChangeKind.ToneKey, key, key, added,
                    [.. from.Analysis.ToneHits.Where(h => !h.Negated && h.Key == key).Select(h => h.Span)]));
            }

            result.Add(new ReadoutChanges(current.Id, previous.Id, changes.ToImmutable()));
        }

        return result.MoveToImmutable();
    }

    private static IEnumerable<(string Key, bool Added, TimelineReadout From)> Diff(ImmutableArray<string> now, ImmutableArray<string> before, TimelineReadout current, TimelineReadout previous)
    {
        foreach (var key in now.Where(k => !before.Contains(k)))
        {
            yield return (key, true, current);
        }

        foreach (var key in before.Where(k => !now.Contains(k)))
        {
            yield return (key, false, previous);
        }
    }

    /// <summary>Every quarter from the first to the last dated readout, and the quarter index of each readout (-1 undated).</summary>
    private static (ImmutableArray<string> Quarters, int[] QuarterOf) Quarters(ImmutableArray<TimelineReadout> readouts)
    {
        var quarterOf = new int[readouts.Length];
        var dated = readouts.Where(r => r.Date is not null).Select(r => r.Date!.Value).ToList();
        if (dated.Count == 0)
        {
            Array.Fill(quarterOf, -1);
            return ([], quarterOf);
        }

        static int Index(DateOnly d) => (d.Year * 4) + ((d.Month - 1) / 3);
        var first = dated.Min(Index);
        var last = dated.Max(Index);
        var quarters = Enumerable.Range(first, last - first + 1)
            .Select(q => (q / 4).ToString(CultureInfo.InvariantCulture) + "-Q" + ((q % 4) + 1).ToString(CultureInfo.InvariantCulture))
            .ToImmutableArray();
        for (var i = 0; i < readouts.Length; i++)
        {
            quarterOf[i] = readouts[i].Date is { } d ? Index(d) - first : -1;
        }

        return (quarters, quarterOf);
    }

    private static TimelineSeries Series(string key, ImmutableArray<TimelineReadout> readouts, int quarterCount, int[] quarterOf, Func<TimelineReadout, int> count)
    {
        var perReadout = new int[readouts.Length];
        var perQuarter = new int[quarterCount];
        for (var i = 0; i < readouts.Length; i++)
        {
            perReadout[i] = count(readouts[i]);
            if (quarterOf[i] >= 0)
            {
                perQuarter[quarterOf[i]] += perReadout[i];
            }
        }

        return new TimelineSeries(key, [.. perReadout], [.. perQuarter]);
    }
}
