using System.Text.Json;
using Statements.Alignment;

namespace Statements.LinkFit;

/// <summary>
/// Writes every gold pair as the fit sees it (claims with their cue, speaker, topics, key terms, named things and shape;
/// the feature vector of every pair of claims; the gold's links on system claims) as JSON, for experiments outside .NET.
/// </summary>
internal static class Export
{
    public static void Write(IReadOnlyList<PairData> pairs, ReadoutComparer comparer, string file)
    {
        var list = new List<object>();
        foreach (var p in pairs)
        {
            var sim = comparer.Linker is ModelLinker linker ? linker.SimilarityFor(p.Left, p.Right) : (TermSimilarity)comparer.Similarity;
            object Side(ReadoutAnalysis a, IReadOnlyList<ClaimShape> shapes) => a.Claims.Select((c, i) => new
            {
                text = c.Text,
                speaker = c.Speaker,
                cue = c.Cue,
                tone = a.ToneHits.Where(h => h.ClaimId == c.Id).Select(h => h.Key + "|" + h.Category).ToArray(),
                negated = c.Negated,
                modality = c.Modality.ToString(),
                topics = c.Topics,
                direct = sim.DirectTopicsOf(c).ToArray(),
                terms = sim.Profile(c).Terms,
                entities = sim.Profile(c).Entities,
                generality = shapes[i].Generality,
                specificTopics = shapes[i].SpecificTopics.ToArray(),
                shape = new[] { shapes[i].TalkReport, shapes[i].AllAreas, shapes[i].NamesAgenda, shapes[i].Characterises, shapes[i].Courtesy, shapes[i].AboutEngagement, shapes[i].NamesArea },
                sentence = c.SentenceIndex,
            }).ToList();
            var n = p.Left.Claims.Length;
            var m = p.Right.Claims.Length;
            var feats = new List<double[]>();
            for (var l = 0; l < n; l++)
            {
                for (var r = 0; r < m; r++)
                {
                    feats.Add(p.Features[l, r].ToArray());
                }
            }

            list.Add(new
            {
                name = p.Name,
                left = Side(p.Left, p.Features.LeftShapes),
                right = Side(p.Right, p.Features.RightShapes),
                coveredLeft = p.CoveredLeft.Order().ToArray(),
                coveredRight = p.CoveredRight.Order().ToArray(),
                specific = p.Specific.Select(k => new[] { k.Key.L, k.Key.R, k.Value ? 1 : 0 }).ToArray(),
                general = p.General.Select(k => new[] { k.L, k.R }).ToArray(),
                goldSpecific = p.GoldSpecificCount,
                goldGeneral = p.GoldGeneralCount,
                features = feats,
            });
        }

        File.WriteAllText(file, JsonSerializer.Serialize(list));
    }
}
