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

    private readonly double[] features;
    private readonly int width;
    private readonly int cols;

    private LinkFeatures(double[] features, int width, int cols, double[,] scores, ClaimShape[] leftShapes, ClaimShape[] rightShapes)
    {
        this.features = features;
        this.width = width;
        this.cols = cols;
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
    public ReadOnlySpan<double> this[int left, int right] => features.AsSpan(((left * cols) + right) * width, width);

    /// <summary>The name of the optional last feature: the cosine of the two claims' sentence embeddings.</summary>
    public const string SemanticName = "semantic";

    /// <summary>Computes the features of every pair of <paramref name="left"/> and <paramref name="right"/> claims.</summary>
    /// <param name="similarity">The similarity whose parts are features.</param>
    /// <param name="left">The left claims.</param>
    /// <param name="right">The right claims.</param>
    /// <param name="embeddings">The claims' sentence embeddings (one per claim, in claim order), or null: when given, each
    /// vector ends with their cosine (<see cref="SemanticName"/>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <remarks>Each claim's profile, direct topics and shape are looked up once, and each pair's similarity parts computed
    /// once, for the score and for the features both: the matrix of a long readout against another holds millions of pairs.</remarks>
    public static LinkFeatures Compute(TermSimilarity similarity, IReadOnlyList<Claim> left, IReadOnlyList<Claim> right, (IReadOnlyList<float[]> Left, IReadOnlyList<float[]> Right)? embeddings = null, CancellationToken cancellationToken = default)
    {
        var language = similarity.Language;
        var rows = left.Count;
        var cols = right.Count;
        var leftProfiles = left.Select(similarity.Profile).ToArray();
        var rightProfiles = right.Select(similarity.Profile).ToArray();
        var leftDirect = left.Select(similarity.DirectTopicsOf).ToArray();
        var rightDirect = right.Select(similarity.DirectTopicsOf).ToArray();

        // Key terms and named things as sparse vectors over ids given in this comparison, so each pair's cosines and
        // rare terms in common are one merge of two sorted arrays rather than string lookups.
        var ids = new Dictionary<string, int>(StringComparer.Ordinal) { [ClaimProfile.CharacterTerm] = 0 };
        var leftTerms = leftProfiles.Select(p => SparseVector.Of(p.Terms, ids)).ToArray();
        var rightTerms = rightProfiles.Select(p => SparseVector.Of(p.Terms, ids)).ToArray();
        var leftNames = leftProfiles.Select(p => SparseVector.Of(p.Entities, ids)).ToArray();
        var rightNames = rightProfiles.Select(p => SparseVector.Of(p.Entities, ids)).ToArray();
        var parts = new (double Topic, double Terms, double Names, double Speaker)[rows, cols];
        var rare = new int[rows, cols];
        var raw = new double[rows, cols];
        for (var l = 0; l < rows; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var r = 0; r < cols; r++)
            {
                var (termDot, rareCount) = SparseVector.Merge(leftTerms[l], rightTerms[r]);
                var (nameDot, _) = SparseVector.Merge(leftNames[l], rightNames[r]);
                parts[l, r] = (
                    similarity.TopicOverlap(left[l], leftDirect[l], right[r], rightDirect[r]),
                    Cosine(termDot, leftProfiles[l].TermNorm, rightProfiles[r].TermNorm),
                    Cosine(nameDot, leftProfiles[l].EntityNorm, rightProfiles[r].EntityNorm),
                    TermSimilarity.SpeakerAgreement(left[l].Speaker, right[r].Speaker));
                rare[l, r] = rareCount;
                raw[l, r] = TermSimilarity.Combine(parts[l, r]);
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

        // The two sides, where both readouts say whose they are: a country neither is is a matter of its own.
        var leftSide = left.Count > 0 && left[0].ReportingSide is { } leftReporting ? SideResolver.Canonical(leftReporting) : SideResolver.Unknown;
        var rightSide = right.Count > 0 && right[0].ReportingSide is { } rightReporting ? SideResolver.Canonical(rightReporting) : SideResolver.Unknown;
        HashSet<string>? sides = leftSide != SideResolver.Unknown && rightSide != SideResolver.Unknown && leftSide != rightSide
            ? new(StringComparer.Ordinal) { leftSide, rightSide }
            : null;
        var leftShapes = left.Select(c => ClaimShape.Of(similarity, c, sides)).ToArray();
        var rightShapes = right.Select(c => ClaimShape.Of(similarity, c, sides)).ToArray();
        var width = Names.Count + (embeddings is null ? 0 : 1);
        var features = new double[checked(rows * cols * width)];
        for (var l = 0; l < rows; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ls = leftShapes[l];
            for (var r = 0; r < cols; r++)
            {
                var rs = rightShapes[r];
                var s = scores[l, r];
                var byRow = rowMax[l] > 0 ? s / rowMax[l] : 0;
                var byCol = colMax[r] > 0 ? s / colMax[r] : 0;
                var (topic, terms, names, speaker) = parts[l, r];
                var f = features.AsSpan(((l * cols) + r) * width, width);
                f[0] = 1;
                f[1] = topic;
                f[2] = terms;
                f[3] = names;
                f[4] = speaker;
                f[5] = s;
                f[6] = Math.Max(byRow, byCol);
                f[7] = Math.Min(byRow, byCol);
                f[8] = byRow >= 1 && byCol >= 1 && s > 0 ? 1 : 0;
                f[9] = Math.Abs(Place(l, rows) - Place(r, cols));
                f[10] = Math.Min(1, rare[l, r] / 3.0);
                f[11] = leftTerms[l].Has(0) && rightTerms[r].Has(0) ? 1 : 0;
                f[12] = Math.Max(ls.Generality, rs.Generality);
                f[13] = Math.Min(ls.Generality, rs.Generality);
                f[14] = ls.SpecificTopics.Overlaps(rs.SpecificTopics) ? 1 : 0;
                f[15] = Math.Abs(ls.Generality - rs.Generality) * (topic > 0 || Math.Max(ls.Generality, rs.Generality) >= 1 ? 1 : 0.5);
                if (embeddings is { } e)
                {
                    f[16] = Cosine(e.Left[l], e.Right[r]);
                }
            }
        }

        return new LinkFeatures(features, width, cols, scores, leftShapes, rightShapes);
    }

    /// <summary>A dot product over two norms, as <see cref="ClaimProfile.Cosine"/>: 0 when either norm is 0, at most 1.</summary>
    private static double Cosine(double dot, double normA, double normB) =>
        normA <= 0 || normB <= 0 ? 0 : Math.Min(1, dot / (normA * normB));

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

/// <summary>
/// A claim's key terms or named things as ids (given per comparison, in ascending order) with their weights, so that
/// two claims meet in one merge. Id 0 is the characterisation term, which is not a rare term.
/// </summary>
internal readonly record struct SparseVector(int[] Ids, double[] Weights)
{
    /// <summary>The vector of a weight map, giving new keys the next free id.</summary>
    public static SparseVector Of(IReadOnlyDictionary<string, double> map, Dictionary<string, int> ids)
    {
        var pairs = new (int Id, double Weight)[map.Count];
        var i = 0;
        foreach (var (key, weight) in map)
        {
            if (!ids.TryGetValue(key, out var id))
            {
                ids[key] = id = ids.Count;
            }

            pairs[i++] = (id, weight);
        }

        Array.Sort(pairs, (a, b) => a.Id.CompareTo(b.Id));
        return new SparseVector([.. pairs.Select(p => p.Id)], [.. pairs.Select(p => p.Weight)]);
    }

    /// <summary>Whether the vector holds an id.</summary>
    public bool Has(int id) => Array.BinarySearch(Ids, id) >= 0;

    /// <summary>The dot product of two vectors, and how many ids other than 0 both hold at weight 1 or more (rare key terms in common).</summary>
    public static (double Dot, int Rare) Merge(SparseVector a, SparseVector b)
    {
        double dot = 0;
        var rare = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            var (x, y) = (a.Ids[i], b.Ids[j]);
            if (x == y)
            {
                dot += a.Weights[i] * b.Weights[j];
                rare += x != 0 && a.Weights[i] >= 1 && b.Weights[j] >= 1 ? 1 : 0;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (dot, rare);
    }
}
