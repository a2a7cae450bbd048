using System.Collections.Immutable;

namespace Statements.Alignment;

/// <summary>
/// An <see cref="IClaimLinker"/> built from a similarity, an aligner and a relation judge (the stages of earlier versions,
/// and what <see cref="ReadoutComparerBuilder.UseSimilarity"/>, <see cref="ReadoutComparerBuilder.UseAligner"/> and
/// <see cref="ReadoutComparerBuilder.WithThreshold"/> configure): every left-right pair of one aligned group is a link with
/// the group's relation and score. It makes no general links and has no weak band. Thread-safe when its stages are.
/// </summary>
public sealed class GroupLinker : IClaimLinker
{
    /// <summary>Creates a linker from the three stages.</summary>
    public GroupLinker(IClaimSimilarity similarity, IClaimAligner aligner, IRelationJudge judge)
    {
        Similarity = similarity ?? throw new ArgumentNullException(nameof(similarity));
        Aligner = aligner ?? throw new ArgumentNullException(nameof(aligner));
        Judge = judge ?? throw new ArgumentNullException(nameof(judge));
    }

    /// <summary>How claims are scored against each other.</summary>
    public IClaimSimilarity Similarity { get; }

    /// <summary>How claims are grouped.</summary>
    public IClaimAligner Aligner { get; }

    /// <summary>How a group is judged shared or divergent.</summary>
    public IRelationJudge Judge { get; }

    /// <inheritdoc />
    public LinkSet Link(ReadoutAnalysis left, ReadoutAnalysis right, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var matrix = new double[left.Claims.Length, right.Claims.Length];
        for (var l = 0; l < left.Claims.Length; l++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var r = 0; r < right.Claims.Length; r++)
            {
                matrix[l, r] = Similarity.Score(left.Claims[l], right.Claims[r]);
            }
        }

        var links = new List<ClaimLink>();
        foreach (var group in Aligner.Align(matrix, left.Claims, right.Claims))
        {
            var l = group.Left.Select(i => left.Claims[i]).ToImmutableArray();
            var r = group.Right.Select(i => right.Claims[i]).ToImmutableArray();
            var leftIds = l.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var rightIds = r.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var relation = Judge.Judge(
                l,
                r,
                [.. left.ToneHits.Where(h => h.ClaimId is not null && leftIds.Contains(h.ClaimId))],
                [.. right.ToneHits.Where(h => h.ClaimId is not null && rightIds.Contains(h.ClaimId))],
                group.Score);
            var kind = relation.Kind == RowKind.Divergent ? LinkRelation.Divergent : LinkRelation.Shared;
            foreach (var lc in l)
            {
                foreach (var rc in r)
                {
                    links.Add(new ClaimLink(lc, rc, kind, group.Score, relation.Reasons, []));
                }
            }
        }

        var order = left.Claims.Select((c, i) => (c.Id, i)).Concat(right.Claims.Select((c, i) => (c.Id, i))).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return new LinkSet([.. links.OrderBy(k => order[k.Left.Id]).ThenBy(k => order[k.Right.Id])], ImmutableDictionary<string, NearestCounterpart>.Empty);
    }
}
