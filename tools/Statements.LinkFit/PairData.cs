using System.Text.Json;
using System.Text.RegularExpressions;
using Statements.Alignment;
using Statements.Articles;

namespace Statements.LinkFit;

/// <summary>
/// One gold pair as the fit sees it: the system's claims on each side, which gold claim each covers (the rule of
/// <c>../shared/tools/evaluate.py</c>: the shortest system claim whose text holds the gold anchor), the link features
/// of every pair of claims, and the gold's links moved onto system claims.
/// </summary>
internal sealed partial class PairData
{
    public required string Name { get; init; }

    public required ReadoutAnalysis Left { get; init; }

    public required ReadoutAnalysis Right { get; init; }

    public required LinkFeatures Features { get; init; }

    /// <summary>Gold claim id to (side, system claim index).</summary>
    public required Dictionary<string, (bool Left, int Index)> Cover { get; init; }

    /// <summary>System claim indices that cover some gold claim, per side.</summary>
    public required HashSet<int> CoveredLeft { get; init; }

    public required HashSet<int> CoveredRight { get; init; }

    /// <summary>Specific gold links on system claims, with whether the gold calls them divergent.</summary>
    public required Dictionary<(int L, int R), bool> Specific { get; init; }

    /// <summary>General gold links on system claims that are not also specific.</summary>
    public required HashSet<(int L, int R)> General { get; init; }

    /// <summary>The number of specific and general links in the gold, found or not.</summary>
    public required int GoldSpecificCount { get; init; }

    public required int GoldGeneralCount { get; init; }

    /// <summary>Gold claim ids with a specific link in the gold.</summary>
    public required HashSet<string> GoldAligned { get; init; }

    /// <summary>The relation evidence of every pair, computed on demand.</summary>
    public required Func<int, int, RelationEvidence> Evidence { get; init; }

    public static PairData Load(string folder, ReadoutComparer comparer, ISentenceEmbedder? embedder = null)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        var root = gold.RootElement;
        ReadoutAnalysis left, right;
        var leftSide = root.GetProperty("left").TryGetProperty("side", out var s) ? s.GetString() : null;
        if (root.TryGetProperty("article", out var article))
        {
            var text = File.ReadAllText(Path.Combine(folder, article.GetProperty("file").GetString()!));
            var split = new ArticleSplitter(comparer.Analyzer).Split(text, "article");
            (left, right) = (comparer.Analyze(split.Left, "L"), comparer.Analyze(split.Right, "R"));
        }
        else
        {
            left = comparer.Analyze(Readout.Load(Path.Combine(folder, root.GetProperty("left").GetProperty("file").GetString()!)), "L");
            right = comparer.Analyze(Readout.Load(Path.Combine(folder, root.GetProperty("right").GetProperty("file").GetString()!)), "R");
        }

        if (leftSide is not null && Norm(right.Readout.Side) == Norm(leftSide) && Norm(left.Readout.Side) != Norm(leftSide))
        {
            (left, right) = (right, left);
        }

        var cover = new Dictionary<string, (bool, int)>(StringComparer.Ordinal);
        var article2 = root.TryGetProperty("article", out _);
        foreach (var (side, analysis, other) in new[] { ("left", left, right), ("right", right, left) })
        {
            foreach (var g in root.GetProperty("claims").GetProperty(side).EnumerateArray())
            {
                var anchor = Norm(g.GetProperty("anchor").GetString()!);
                var best = -1;
                for (var i = 0; i < analysis.Claims.Length; i++)
                {
                    if (Norm(analysis.Claims[i].Text).Contains(anchor, StringComparison.Ordinal) && (best < 0 || analysis.Claims[i].Text.Length < analysis.Claims[best].Text.Length))
                    {
                        best = i;
                    }
                }

                if (article2 && other.Claims.Any(c => Norm(c.Text).Contains(anchor, StringComparison.Ordinal)))
                {
                    best = -1;
                }

                if (best >= 0)
                {
                    cover[g.GetProperty("id").GetString()!] = (side == "left", best);
                }
            }
        }

        var specific = new Dictionary<(int, int), bool>();
        var general = new HashSet<(int, int)>();
        var goldAligned = new HashSet<string>(StringComparer.Ordinal);
        int specificCount = 0, generalCount = 0;
        foreach (var a in root.GetProperty("alignments").EnumerateArray())
        {
            var relation = a.GetProperty("relation").GetString();
            var l = a.GetProperty("left").GetString()!;
            var r = a.GetProperty("right").GetString()!;
            var isSpecific = relation is "shared" or "divergent";
            if (isSpecific)
            {
                specificCount++;
                goldAligned.Add(l);
                goldAligned.Add(r);
            }
            else
            {
                generalCount++;
            }

            if (cover.TryGetValue(l, out var lc) && cover.TryGetValue(r, out var rc))
            {
                if (isSpecific)
                {
                    specific[(lc.Item2, rc.Item2)] = relation == "divergent";
                }
                else
                {
                    general.Add((lc.Item2, rc.Item2));
                }
            }
        }

        general.ExceptWith(specific.Keys);
        var similarity = comparer.Linker is ModelLinker linker ? linker.SimilarityFor(left, right) : (TermSimilarity)comparer.Similarity;
        var judge = new RuleRelationJudge(comparer.Language);
        (IReadOnlyList<float[]>, IReadOnlyList<float[]>)? embeddings = embedder is null
            ? null
            : (embedder.Embed([.. left.Claims.Select(c => c.Text)]), embedder.Embed([.. right.Claims.Select(c => c.Text)]));
        var features = LinkFeatures.Compute(similarity, left.Claims, right.Claims, embeddings);
        return new PairData
        {
            Name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)),
            Left = left,
            Right = right,
            Features = features,
            Cover = cover,
            CoveredLeft = cover.Values.Where(v => v.Item1).Select(v => v.Item2).ToHashSet(),
            CoveredRight = cover.Values.Where(v => !v.Item1).Select(v => v.Item2).ToHashSet(),
            Specific = specific,
            General = general,
            GoldSpecificCount = specificCount,
            GoldGeneralCount = generalCount,
            GoldAligned = goldAligned,
            Evidence = (l, r) => judge.Weigh([left.Claims[l]], [right.Claims[r]], Tone(left, left.Claims[l]), Tone(right, right.Claims[r]), features.Scores[l, r]),
        };
    }

    private static List<ToneHit> Tone(ReadoutAnalysis analysis, Claim claim) => [.. analysis.ToneHits.Where(h => h.ClaimId == claim.Id)];

    /// <summary>evaluate.py's normalisation: quote marks unified, white space collapsed, lower case.</summary>
    public static string Norm(string? s)
    {
        s ??= "";
        s = SingleQuotes().Replace(s, "'");
        s = DoubleQuotes().Replace(s, "\"");
        return Spaces().Replace(s, " ").Trim().ToLowerInvariant();
    }

    [GeneratedRegex("[\u2018\u2019\u201a\u201b`\u00b4']")]
    private static partial Regex SingleQuotes();

    [GeneratedRegex("[\u201c\u201d\u201e\"]")]
    private static partial Regex DoubleQuotes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
