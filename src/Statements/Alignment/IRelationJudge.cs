using System.Collections.Immutable;

namespace Statements.Alignment;

/// <summary>A judgement of how the two sides of a matched group relate, with the reasons in words.</summary>
/// <param name="Kind"><see cref="RowKind.Shared"/> or <see cref="RowKind.Divergent"/>.</param>
/// <param name="Reasons">Why, in words an analyst reads.</param>
public sealed record Relation(RowKind Kind, ImmutableArray<string> Reasons);

/// <summary>Stage 7b of the pipeline: judges whether matched claims are shared or divergent.</summary>
public interface IRelationJudge
{
    /// <summary>Judges a matched group.</summary>
    /// <param name="left">The left claims of the group.</param>
    /// <param name="right">The right claims of the group.</param>
    /// <param name="leftTone">Tone hits inside the left claims.</param>
    /// <param name="rightTone">Tone hits inside the right claims.</param>
    /// <param name="score">The group's similarity.</param>
    Relation Judge(IReadOnlyList<Claim> left, IReadOnlyList<Claim> right, IReadOnlyList<ToneHit> leftTone, IReadOnlyList<ToneHit> rightTone, double score);
}
