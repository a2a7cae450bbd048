using Statements.Alignment;

namespace Statements.LinkFit;

/// <summary>One pair's alignment scores, as evaluate.py computes them.</summary>
internal sealed record Scores(double Align, double Relation, double General, double OmissionP, double OmissionR, int Links)
{
    /// <summary>Gold specific links the system found.</summary>
    public int Found { get; init; }

    /// <summary>Gold specific links.</summary>
    public int Gold { get; init; }

    /// <summary>General links made, gold general links found among them, and gold general links.</summary>
    public (int Made, int Found, int Gold) GeneralCounts { get; init; }
}

/// <summary>Fits a <see cref="LinkModel"/> on some pairs and scores it on a pair.</summary>
internal static class Fitting
{
    /// <summary>
    /// The omission precision the weak band is set for. The issue asks 0.90 with recall 0.70. Measured leave-one-pair-out
    /// (session 14, with claims whose matter the other readout never names called one-sided): aiming at 0.80 gives
    /// precision 0.81 and recall 0.57; 0.85 gives 0.85 and 0.48; 0.875 gives 0.87 and 0.41; 0.90 gives 0.88 and 0.28
    /// (nearly every unlinked claim becomes weak). The band is set at 0.80, where the two are best balanced.
    /// </summary>
    public const double MinOmissionPrecision = 0.80;

    private static readonly double[] Grid = [.. Enumerable.Range(1, 39).Select(i => Math.Round(i * 0.025, 3))];

    public static LinkModel Fit(IReadOnlyList<PairData> pairs)
    {
        var xs = new List<double[]>();
        var specific = new List<bool>();
        var gx = new List<double[]>();
        var generalLabels = new List<bool>();
        var rx = new List<double[]>();
        var divergentLabels = new List<bool>();
        foreach (var p in pairs)
        {
            foreach (var l in p.CoveredLeft)
            {
                foreach (var r in p.CoveredRight)
                {
                    var x = p.Features[l, r].ToArray();
                    var isSpecific = p.Specific.TryGetValue((l, r), out var isDivergent);
                    xs.Add(x);
                    specific.Add(isSpecific);
                    if (!isSpecific && LinkDecision.IsGeneralPair(p.Features.LeftShapes[l].Generality, p.Features.RightShapes[r].Generality)
                        && LinkDecision.MayBeGeneral(p.Features.LeftShapes[l], p.Features.RightShapes[r]))
                    {
                        gx.Add(x);
                        generalLabels.Add(p.General.Contains((l, r)));
                    }
                    else if (isSpecific)
                    {
                        rx.Add(LinkModel.RelationFeatures(p.Evidence(l, r), p.Features.Scores[l, r]));
                        divergentLabels.Add(isDivergent);
                    }
                }
            }
        }

        var ws = Logistic.Fit(xs, specific);
        var wg = Logistic.Fit(gx, generalLabels);
        var wd = Logistic.Fit(rx, divergentLabels);
        var model = new LinkModel(ws, wg, wd, new LinkThresholds(0.5, 0.5, 0.5, 0.5), semantic: ws.Length > LinkModel.FeatureNames.Count);
        var rules = model.Thresholds;

        // The specific link: threshold and relative cut-off together, for align-F1 pooled over the fitting pairs, their links
        // counted together (a pair with one gold link would swing a mean of per-pair F1 as much as one with twenty). The weak
        // band does not change the links, so it is chosen afterwards.
        var bestAlign = double.NegativeInfinity;
        foreach (var cutoff in new[] { 0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            foreach (var t in Grid)
            {
                var candidate = rules with { Link = t, RelativeCutoff = cutoff };
                var scored = pairs.Select(p => Score(p, model.With(candidate))).ToList();
                var value = Prf(scored.Sum(x => x.Found), scored.Sum(x => x.Links), scored.Sum(x => x.Gold));
                if (value > bestAlign + 1e-9)
                {
                    (rules, bestAlign) = (candidate, value);
                }
            }
        }

        var general = Best(t => pairs.Average(p => Score(p, model.With(rules with { General = t })).General));
        var divergent = Best(t => pairs.Average(p => Score(p, model.With(rules with { Divergent = t })).Relation));
        rules = rules with { General = general, Divergent = divergent };

        // The weak band: the highest weak threshold whose one-sided calls are right at least MinOmissionPrecision of the time
        // on the fitting pairs (mean over pairs, as evaluate.py reports it), so an omission is only claimed where no
        // counterpart comes near.
        var weak = rules.Link;
        foreach (var t in Grid.Where(t => t <= rules.Link).OrderByDescending(t => t))
        {
            weak = t;
            if (pairs.Average(p => Score(p, model.With(rules with { Weak = t })).OmissionP) >= MinOmissionPrecision)
            {
                break;
            }
        }

        return model.With(rules with { Weak = weak });
    }

    public static Scores Score(PairData p, LinkModel model)
    {
        var rows = p.Left.Claims.Length;
        var cols = p.Right.Claims.Length;
        var (ps, pg) = LinkDecision.Probabilities(p.Features, model, rows, cols);
        var links = LinkDecision.Decide(ps, pg, model, p.Features);
        var sysSpecific = new HashSet<(int, int)>();
        var sysGeneral = new HashSet<(int, int)>();
        foreach (var (l, r, isGeneral, _) in links)
        {
            if (p.CoveredLeft.Contains(l) && p.CoveredRight.Contains(r))
            {
                (isGeneral ? sysGeneral : sysSpecific).Add((l, r));
            }
        }

        var found = p.Specific.Keys.Where(sysSpecific.Contains).ToList();
        var align = Prf(found.Count, sysSpecific.Count, p.GoldSpecificCount);
        var relation = found.Count == 0 ? 0 : found.Count(k =>
            (model.DivergentProbability(p.Evidence(k.L, k.R), p.Features.Scores[k.L, k.R]) >= model.Thresholds.Divergent) == p.Specific[k]) / (double)found.Count;
        var general = Prf(p.General.Count(sysGeneral.Contains), sysGeneral.Count, p.GoldGeneralCount);
        var (oneLeft, oneRight) = OneSided(p, ps, model, links);
        var called = p.Cover.Where(c => c.Value.Left ? oneLeft.Contains(c.Value.Index) : oneRight.Contains(c.Value.Index)).Select(c => c.Key).ToList();
        var omissionP = called.Count == 0 ? 1 : called.Count(g => !p.GoldAligned.Contains(g)) / (double)called.Count;
        var truly = p.Cover.Keys.Where(g => !p.GoldAligned.Contains(g)).ToList();
        var omissionR = truly.Count == 0 ? 1 : truly.Count(g => called.Contains(g)) / (double)truly.Count;
        return new Scores(align, relation, general, omissionP, omissionR, sysSpecific.Count)
        {
            Found = found.Count,
            Gold = p.GoldSpecificCount,
            GeneralCounts = (sysGeneral.Count, p.General.Count(sysGeneral.Contains), p.GoldGeneralCount),
        };
    }

    /// <summary>
    /// The align-F1 of the best cut of the pair's covered claim pairs ranked by the model's specific probability, the cut
    /// chosen on the pair's own gold: the most any threshold could reach with these probabilities.
    /// </summary>
    public static double Ceiling(PairData p, LinkModel model)
    {
        var (ps, _) = LinkDecision.Probabilities(p.Features, model, p.Left.Claims.Length, p.Right.Claims.Length);
        var ranked = (from l in p.CoveredLeft from r in p.CoveredRight orderby ps[l, r] descending select p.Specific.ContainsKey((l, r))).ToList();
        var best = Prf(0, 0, p.GoldSpecificCount);
        var found = 0;
        for (var k = 1; k <= ranked.Count; k++)
        {
            found += ranked[k - 1] ? 1 : 0;
            best = Math.Max(best, Prf(found, k, p.GoldSpecificCount));
        }

        return best;
    }

    /// <summary>The claims called one-sided, as <see cref="ModelLinker"/> and <see cref="LinkRows"/> lay them out: no specific
    /// link, and no pair at or above the weak threshold or a matter the other readout never names.</summary>
    public static (HashSet<int> Left, HashSet<int> Right) OneSided(PairData p, double[,] ps, LinkModel model, List<(int Left, int Right, bool General, double Probability)> links)
    {
        var (leftTopics, rightTopics) = (p.Left.Topics.ToHashSet(StringComparer.Ordinal), p.Right.Topics.ToHashSet(StringComparer.Ordinal));
        var left = Enumerable.Range(0, ps.GetLength(0)).Where(l => LinkDecision.NamedOnlyHere(p.Features.LeftShapes[l], rightTopics)
            || LinkDecision.Nearest(ps, l, byRow: true).Probability < model.Thresholds.Weak).ToHashSet();
        var right = Enumerable.Range(0, ps.GetLength(1)).Where(r => LinkDecision.NamedOnlyHere(p.Features.RightShapes[r], leftTopics)
            || LinkDecision.Nearest(ps, r, byRow: false).Probability < model.Thresholds.Weak).ToHashSet();
        foreach (var link in links.Where(k => !k.General))
        {
            left.Remove(link.Left);
            right.Remove(link.Right);
        }

        return (left, right);
    }

    private static double Best(Func<double, double> objective)
    {
        var best = Grid[0];
        var bestValue = double.NegativeInfinity;
        foreach (var t in Grid)
        {
            var value = objective(t);
            if (value > bestValue + 1e-9)
            {
                (best, bestValue) = (t, value);
            }
        }

        return best;
    }

    private static double Prf(int found, int system, int gold)
    {
        var r = gold > 0 ? found / (double)gold : 1;
        var p = system > 0 ? found / (double)system : (gold == 0 ? 1 : 0);
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
}

/// <summary>Diagnostics printed with --curve.</summary>
internal static class Curves
{
    public static void Omission(IReadOnlyList<PairData> pairs, LinkModel model)
    {
        foreach (var t in new[] { 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3 })
        {
            var m = model.With(model.Thresholds with { Weak = Math.Min(t, model.Thresholds.Link) });
            double p = 0, r = 0;
            foreach (var pair in pairs)
            {
                var s = Fitting.Score(pair, m);
                p += s.OmissionP;
                r += s.OmissionR;
            }

            Console.WriteLine($"  weak {t:0.000}: omission-P {p / pairs.Count:0.00} omission-R {r / pairs.Count:0.00}");
        }
    }
}

/// <summary>Prints one pair's gold links and the model's links, for reading errors.</summary>
internal static class Show
{
    public static void Pair(PairData p, LinkModel model)
    {
        var (ps, pg) = LinkDecision.Probabilities(p.Features, model, p.Left.Claims.Length, p.Right.Claims.Length);
        var decided = LinkDecision.Decide(ps, pg, model, p.Features);
        var specific = decided.Where(k => !k.General).Select(k => (k.Left, k.Right)).ToHashSet();
        string T(string s) => s.Length > 110 ? s[..110] : s;
        Console.WriteLine($"== {p.Name}");
        foreach (var ((l, r), div) in p.Specific)
        {
            var hit = specific.Contains((l, r)) ? "HIT " : "MISS";
            Console.WriteLine($"{hit} p={ps[l, r]:0.00} {(div ? "div" : "sh ")} L{l}[{p.Left.Claims[l].Speaker}] {T(p.Left.Claims[l].Text)}\n              R{r}[{p.Right.Claims[r].Speaker}] {T(p.Right.Claims[r].Text)}");
        }

        foreach (var (l, r) in specific.Order())
        {
            if (!p.Specific.ContainsKey((l, r)) && p.CoveredLeft.Contains(l) && p.CoveredRight.Contains(r))
            {
                Console.WriteLine($"FALSE p={ps[l, r]:0.00} {(p.General.Contains((l, r)) ? "(gold general)" : "")} L{l} {T(p.Left.Claims[l].Text)}\n              R{r} {T(p.Right.Claims[r].Text)}");
            }
        }

        var general = decided.Where(k => k.General && p.CoveredLeft.Contains(k.Left) && p.CoveredRight.Contains(k.Right))
            .Select(k => (k.Left, k.Right)).ToHashSet();
        foreach (var (l, r) in general.Union(p.General).Order())
        {
            var mark = general.Contains((l, r)) ? (p.General.Contains((l, r)) ? "GEN-HIT  " : "GEN-FALSE") : "GEN-MISS ";
            Console.WriteLine($"{mark} g={pg[l, r]:0.00} L{l} {T(p.Left.Claims[l].Text)}\n              R{r} {T(p.Right.Claims[r].Text)}");
        }
    }

    /// <summary>Per general claim of the pair (the general side of a general link, made or gold): the general links made from
    /// it, how many the gold has too, and the gold's, to see which general claims over- or under-reach.</summary>
    public static void GeneralClaims(PairData p, LinkModel model)
    {
        var (ps, pg) = LinkDecision.Probabilities(p.Features, model, p.Left.Claims.Length, p.Right.Claims.Length);
        var made = LinkDecision.Decide(ps, pg, model, p.Features).Where(k => k.General && p.CoveredLeft.Contains(k.Left) && p.CoveredRight.Contains(k.Right))
            .Select(k => (k.Left, k.Right)).ToHashSet();
        string Key((int L, int R) k) => LinkDecision.LeftIsGeneral(p.Features.LeftShapes[k.L], p.Features.RightShapes[k.R]) ? "L" + k.L : "R" + k.R;
        foreach (var g in made.Union(p.General).GroupBy(Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var left = g.Key[0] == 'L';
            var index = int.Parse(g.Key[1..], System.Globalization.CultureInfo.InvariantCulture);
            var claim = left ? p.Left.Claims[index] : p.Right.Claims[index];
            var shape = left ? p.Features.LeftShapes[index] : p.Features.RightShapes[index];
            Console.WriteLine($"{p.Name[..10]} {g.Key,-4} made {g.Count(made.Contains),3} right {g.Count(k => made.Contains(k) && p.General.Contains(k)),3} gold {g.Count(p.General.Contains),3} "
                + $"{(shape.TalkReport ? "talk" : "    ")} {(shape.AllAreas ? "all" : "   ")} a={shape.AgendaGenerality:0.00} area={string.Join(',', shape.Area)} | {(claim.Text.Length > 120 ? claim.Text[..120] : claim.Text)}");
        }
    }
}
