using System.Collections.Immutable;

namespace Statements.Alignment;

/// <summary>A matched group: claims of the left and right readouts, by index, and their similarity.</summary>
/// <param name="Left">Indices into the left readout's claims.</param>
/// <param name="Right">Indices into the right readout's claims.</param>
/// <param name="Score">The similarity of the group's core pair.</param>
public sealed record AlignedGroup(ImmutableArray<int> Left, ImmutableArray<int> Right, double Score);

/// <summary>Stage 7 of the pipeline: pairs the claims of the two sides that address the same matter.</summary>
public interface IClaimAligner
{
    /// <summary>Groups the claims into matched groups; claims in no group are one-sided.</summary>
    /// <param name="similarity">Similarity matrix, [left, right].</param>
    /// <param name="leftClaims">The left claims (for adjacency).</param>
    /// <param name="rightClaims">The right claims.</param>
    IReadOnlyList<AlignedGroup> Align(double[,] similarity, IReadOnlyList<Claim> leftClaims, IReadOnlyList<Claim> rightClaims);
}
