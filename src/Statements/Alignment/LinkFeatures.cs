using Statements.Language;
using Statements.Topics;

namespace Statements.Alignment;

/// <summary>
/// The evidence a <see cref="LinkModel"/> weighs for one left-right pair of claims, as numbers from 0 to 1: topic,
/// key-term, name and speaker agreement (the parts of <see cref="TermSimilarity"/>), how the pair ranks among each
/// claim's candidates, where the claims stand in their readouts, and how general each claim is.
/// </summary>
/// <remarks>
/// Every feature is symmetric in the sides (a pair's features are the same when the readouts are swapped), so the
/// links of a comparison and of its mirror are mirrors. Features are computed for the whole matrix at once because the
/// ranks and the contextual score depend on the other claims. Immutable once built; build one per comparison.
/// </remarks>
internal sealed class LinkFeatures
{
    /// <summary>The names of the features, in the order of a feature vector; the weights file names them the same way.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "bias",
        "topic",
        "terms",
        "names",
        "speaker",
        "score",
        "rank-high",
        "rank-low",
        "mutual-best",
        "place-gap",
        "rare-terms",
        "both-characterise",
        "general-max",
        "general-min",
        "specific-topic",
        "general-specific",
    ];

    private readonly double[,][] features;

    private LinkFeatures(double[,][] features, double[,] scores, ClaimShape[] leftShapes, ClaimShape[] rightShapes)
    {
        this.features = features;
        Scores = scores;
        LeftShapes = leftShapes;
        RightShapes = rightShapes;
    }

    /// <summary>The similarity in context of each pair (a continuing claim takes half its matter from the claim it continues).</summary>
    public double[,] Scores { get; }

    /// <summary>How specific each left claim is.</summary>
    public IReadOnlyList<ClaimShape> LeftShapes { get; }

    /// <summary>How specific each right claim is.</summary>
    public IReadOnlyList<ClaimShape> RightShapes { get; }

    /// <summary>The feature vector of one pair.</summary>
    public ReadOnlySpan<double> this[int left, int right] => features[left, right];

    /// <summary>The name of the optional last feature: the cosine of the two claims' sentence embeddings.</summary>
    public const string SemanticName = "semantic";

    /// <summary>Computes the features of every pair of <paramref name="left"/> and <paramref name="right"/> claims.</summary>
    /// <param name="similarity">The similarity whose parts are features.</param>
    /// <param name="left">The left claims.</param>
    /// <param name="right">The right claims.</param>
    /// <param name="embeddings">The claims' sentence embeddings (one per claim, in claim order), or null: when given, each
    /// vector ends with their cosine (<see cref="SemanticName"/>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public static LinkFeatures Compute(TermSimilarity similarity, IReadOnlyList<Claim> left, IReadOnlyList<Claim> right, (IReadOnlyList<float[]> Left, IReadOnlyList<float[]> Right)? embeddings = null, CancellationToken cancellationToken = default)
    {
        var language = similarity.Language;
        var rows = left.Count;
        var cols = right.Count;
        var raw = new double[rows, cols];
        for (var l = 0; l < rows; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var r = 0; r < cols; r++)
            {
                raw[l, r] = similarity.Score(left[l], right[r]);
            }
        }

        var scores = Continuation.InContext(language, raw, left, right, OptimalAligner.ContinuationFactor);
        var rowMax = new double[rows];
        var colMax = new double[cols];
        for (var l = 0; l < rows; l++)
        {
            for (var r = 0; r < cols; r++)
            {
                rowMax[l] = Math.Max(rowMax[l], scores[l, r]);
                colMax[r] = Math.Max(colMax[r], scores[l, r]);
            }
        }

        var leftShapes = left.Select(c => ClaimShape.Of(similarity, c)).ToArray();
        var rightShapes = right.Select(c => ClaimShape.Of(similarity, c)).ToArray();
        var features = new double[rows, cols][];
        for (var l = 0; l < rows; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var lp = similarity.Profile(left[l]);
            for (var r = 0; r < cols; r++)
            {
                var rp = similarity.Profile(right[r]);
                var s = scores[l, r];
                var byRow = rowMax[l] > 0 ? s / rowMax[l] : 0;
                var byCol = colMax[r] > 0 ? s / colMax[r] : 0;
                var (ls, rs) = (leftShapes[l], rightShapes[r]);
                var topic = similarity.TopicOverlap(left[l], right[r]);
                var sharedSpecific = ls.SpecificTopics.Overlaps(rs.SpecificTopics);
                features[l, r] =
                [
                    1,
                    topic,
                    ClaimProfile.Cosine(lp.Terms, lp.TermNorm, rp.Terms, rp.TermNorm),
                    ClaimProfile.Cosine(lp.Entities, lp.EntityNorm, rp.Entities, rp.EntityNorm),
                    TermSimilarity.SpeakerAgreement(left[l].Speaker, right[r].Speaker),
                    s,
                    Math.Max(byRow, byCol),
                    Math.Min(byRow, byCol),
                    byRow >= 1 && byCol >= 1 && s > 0 ? 1 : 0,
                    Math.Abs(Place(l, rows) - Place(r, cols)),
                    Math.Min(1, RareShared(lp, rp) / 3),
                    lp.Terms.ContainsKey(ClaimProfile.CharacterTerm) && rp.Terms.ContainsKey(ClaimProfile.CharacterTerm) ? 1 : 0,
                    Math.Max(ls.Generality, rs.Generality),
                    Math.Min(ls.Generality, rs.Generality),
                    sharedSpecific ? 1 : 0,
                    Math.Abs(ls.Generality - rs.Generality) * (topic > 0 || Math.Max(ls.Generality, rs.Generality) >= 1 ? 1 : 0.5),
                ];
                if (embeddings is { } e)
                {
                    features[l, r] = [.. features[l, r], Cosine(e.Left[l], e.Right[r])];
                }
            }
        }

        return new LinkFeatures(features, scores, leftShapes, rightShapes);
    }

    /// <summary>The summed weight of the key terms both claims have that are not words every readout uses.</summary>
    private static double RareShared(ClaimProfile a, ClaimProfile b)
    {
        var (small, large) = a.Terms.Count <= b.Terms.Count ? (a.Terms, b.Terms) : (b.Terms, a.Terms);
        var sum = 0.0;
        foreach (var (term, weight) in small)
        {
            if (weight >= 1 && term != ClaimProfile.CharacterTerm && large.TryGetValue(term, out var other) && other >= 1)
            {
                sum += 1;
            }
        }

        return sum;
    }

    /// <summary>The cosine of two vectors of one length; 0 when either is all zero.</summary>
    internal static double Cosine(float[] a, float[] b)
    {
        if (a.Length != b.Length)
        {
            throw new ArgumentException($"Embeddings of different lengths ({a.Length} and {b.Length}) cannot be compared.", nameof(b));
        }

        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na <= 0 || nb <= 0 ? 0 : Math.Clamp(dot / Math.Sqrt(na * nb), -1, 1);
    }

    private static double Place(int index, int count) => count <= 1 ? 0 : (double)index / (count - 1);
}
