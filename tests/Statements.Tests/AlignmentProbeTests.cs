using System.Globalization;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace Statements.Tests;

/// <summary>
/// The alignment probe (issue 18): real pairs from offices whose readouts the link model was never fitted on, with their
/// links annotated by hand in the format of ../shared/corpus/GOLD.md (Fixtures/alignment-probe, see its README). The
/// link model is fitted on ../shared's gold pairs only, so this is a held-out measurement that runs on a fresh clone. It
/// scores the default comparer as ../shared/tools/evaluate.py does (a gold claim is covered by the shortest system claim
/// that contains its anchor; specific links are shared and divergent ones) and keeps the figures from slipping.
/// </summary>
public sealed class AlignmentProbeTests(ITestOutputHelper output)
{
    /// <summary>Pooled align-F1 over the probe's specific links: 0.52 (97 of 150 made right, 222 in the gold, thirty-two
    /// pairs) when the last pairs were added, and in session 14 (96 of 149), less a margin; 0.53 (104 of 157 made right, 238 in
    /// the gold) over thirty-four pairs with the two Seoul pairs of session 17, 0.53 (104 of 155) in session 18. (0.58 on the
    /// first seven.)</summary>
    private const double AlignFloor = 0.50;

    /// <summary>Pooled omission precision (claims put in a one-sided row that truly have no specific counterpart): 0.64 (69 of
    /// 107, thirty-two pairs) at the end of the session that added the last pairs, 0.65 (72 of 110) in session 14, 0.66 (81 of
    /// 123, thirty-four pairs) in session 17, 0.64 (95 of 148) in session 18 with the refit's wider one-sided band, less a
    /// margin. (0.85 on the first seven.)</summary>
    private const double OmissionPrecisionFloor = 0.61;

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<ProbePair>> Pairs = new(Load);

    [Fact]
    public void AlignmentProbe_fixtures_are_sound()
    {
        var pairs = Pairs.Value;
        pairs.Should().HaveCountGreaterThanOrEqualTo(34, "the probe holds thirty-four pairs from twenty offices");
        var problems = new List<string>();
        foreach (var pair in pairs)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (side, readout) in new[] { ("left", pair.Left), ("right", pair.Right) })
            {
                foreach (var claim in pair.Gold.Claims[side])
                {
                    if (!ids.Add(claim.Id))
                    {
                        problems.Add($"{pair.Name}: claim id {claim.Id} twice");
                    }

                    if (!readout.Text.Contains(claim.Anchor, StringComparison.Ordinal))
                    {
                        problems.Add($"{pair.Name}: anchor of {claim.Id} is not verbatim in the {side} text: \"{claim.Anchor}\"");
                    }
                }
            }

            foreach (var link in pair.Gold.Alignments)
            {
                if (!ids.Contains(link.Left) || !ids.Contains(link.Right))
                {
                    problems.Add($"{pair.Name}: link {link.Left}-{link.Right} names a claim that is not annotated");
                }

                if (link.Relation is not ("shared" or "divergent" or "general"))
                {
                    problems.Add($"{pair.Name}: link {link.Left}-{link.Right} has relation \"{link.Relation}\"");
                }
            }

            if (!pair.Gold.Alignments.Any(a => a.Relation is "shared" or "divergent"))
            {
                problems.Add($"{pair.Name}: no specific link annotated");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void AlignmentProbe_held_out_links_do_not_fall_below_todays_figures()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"{"pair",-40}{"covered",9}{"align-F1",9}{"general",9}{"omis-P",9}{"omis-R",9}{"links",7}{"gold",6}");
        int made = 0, right = 0, gold = 0, called = 0, calledRight = 0, truly = 0, trulyCalled = 0;
        foreach (var pair in Pairs.Value)
        {
            var s = Score(pair);
            made += s.Made;
            right += s.Right;
            gold += s.Gold;
            called += s.Called;
            calledRight += s.CalledRight;
            truly += s.Truly;
            trulyCalled += s.TrulyCalled;
            table.AppendLine(CultureInfo.InvariantCulture, $"{pair.Name,-40}{s.Covered,9:0.00}{s.Align,9:0.00}{s.General,9:0.00}{s.OmissionP,9:0.00}{s.OmissionR,9:0.00}{s.Made,7}{s.Gold,6}");
        }

        var align = F1(right, made, gold);
        var omissionP = called == 0 ? 1 : calledRight / (double)called;
        var omissionR = truly == 0 ? 1 : trulyCalled / (double)truly;
        table.AppendLine(CultureInfo.InvariantCulture, $"pooled: specific links made {made}, right {right}, gold {gold}: align-F1 {align:0.00}; one-sided calls {called}, right {calledRight}: omission-P {omissionP:0.00}; truly one-sided {truly}, called {trulyCalled}: omission-R {omissionR:0.00}");
        output.WriteLine(table.ToString());

        align.Should().BeGreaterThanOrEqualTo(AlignFloor, table.ToString());
        omissionP.Should().BeGreaterThanOrEqualTo(OmissionPrecisionFloor, table.ToString());
    }

    private static PairScore Score(ProbePair pair)
    {
        var comparison = ReadoutComparer.Default.Compare(pair.Left, pair.Right);
        var cover = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (side, claims) in new[] { ("left", comparison.Left.Claims), ("right", comparison.Right.Claims) })
        {
            foreach (var g in pair.Gold.Claims[side])
            {
                var anchor = StyleProbeTests.Normalize(g.Anchor);
                if (claims.Where(c => StyleProbeTests.Normalize(c.Text).Contains(anchor, StringComparison.Ordinal)).MinBy(c => c.Text.Length) is { } claim)
                {
                    cover[g.Id] = claim.Id;
                }
            }
        }

        var specificGold = pair.Gold.Alignments.Where(a => a.Relation is "shared" or "divergent").ToList();
        var goldPairs = specificGold.Where(a => cover.ContainsKey(a.Left) && cover.ContainsKey(a.Right)).Select(a => (cover[a.Left], cover[a.Right])).ToHashSet();
        var generalGold = pair.Gold.Alignments.Where(a => a.Relation == "general").ToList();
        var generalPairs = generalGold.Where(a => cover.ContainsKey(a.Left) && cover.ContainsKey(a.Right)).Select(a => (cover[a.Left], cover[a.Right])).ToHashSet();
        generalPairs.ExceptWith(goldPairs);
        var covering = cover.Values.ToHashSet(StringComparer.Ordinal);
        var links = comparison.Links.Where(k => covering.Contains(k.Left.Id) && covering.Contains(k.Right.Id)).ToList();
        var made = links.Where(k => k.IsSpecific).Select(k => (k.Left.Id, k.Right.Id)).ToHashSet();
        var general = links.Where(k => !k.IsSpecific).Select(k => (k.Left.Id, k.Right.Id)).ToHashSet();
        var right = made.Count(goldPairs.Contains);

        var oneSided = comparison.Rows.Where(r => r.Kind is RowKind.LeftOnly or RowKind.RightOnly).SelectMany(r => r.Left.Concat(r.Right)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var aligned = specificGold.SelectMany(a => new[] { a.Left, a.Right }).ToHashSet(StringComparer.Ordinal);
        var called = cover.Where(c => oneSided.Contains(c.Value)).Select(c => c.Key).ToList();
        var truly = cover.Keys.Where(g => !aligned.Contains(g)).ToList();
        var claimCount = pair.Gold.Claims["left"].Count + pair.Gold.Claims["right"].Count;
        return new PairScore(
            Covered: cover.Count / (double)claimCount,
            Align: F1(right, made.Count, specificGold.Count),
            General: F1(general.Count(generalPairs.Contains), general.Count, generalGold.Count),
            OmissionP: called.Count == 0 ? 1 : called.Count(g => !aligned.Contains(g)) / (double)called.Count,
            OmissionR: truly.Count == 0 ? 1 : truly.Count(g => called.Contains(g)) / (double)truly.Count,
            Made: made.Count,
            Right: right,
            Gold: specificGold.Count)
        {
            Called = called.Count,
            CalledRight = called.Count(g => !aligned.Contains(g)),
            Truly = truly.Count,
            TrulyCalled = truly.Count(g => called.Contains(g)),
        };
    }

    /// <summary>F1 as evaluate.py computes it: 1 where neither side has anything, 0 where only one has.</summary>
    private static double F1(int found, int system, int gold)
    {
        var recall = gold == 0 ? 1 : found / (double)gold;
        var precision = system == 0 ? (gold == 0 ? 1 : 0) : found / (double)system;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static IReadOnlyList<ProbePair> Load()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "alignment-probe");
        Directory.Exists(root).Should().BeTrue($"the fixtures are copied to {root} by the test project");
        var pairs = new List<ProbePair>();
        foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var gold = JsonSerializer.Deserialize<ProbeGold>(File.ReadAllText(Path.Combine(dir, "gold.json")), Json)
                ?? throw new InvalidDataException($"{dir}: gold.json is empty");
            pairs.Add(new ProbePair(Path.GetFileName(dir), Readout.Load(Path.Combine(dir, gold.Left.File)), Readout.Load(Path.Combine(dir, gold.Right.File)), gold));
        }

        return pairs;
    }

    private sealed record ProbePair(string Name, Readout Left, Readout Right, ProbeGold Gold);

    private sealed record PairScore(double Covered, double Align, double General, double OmissionP, double OmissionR, int Made, int Right, int Gold)
    {
        public int Called { get; init; }

        public int CalledRight { get; init; }

        public int Truly { get; init; }

        public int TrulyCalled { get; init; }
    }

    private sealed record ProbeGold(ProbeFile Left, ProbeFile Right, Dictionary<string, List<ProbeClaim>> Claims, List<ProbeLink> Alignments);

    private sealed record ProbeFile(string File, string Side);

    private sealed record ProbeClaim(string Id, string Anchor, string Speaker);

    private sealed record ProbeLink(string Left, string Right, string Relation);
}
