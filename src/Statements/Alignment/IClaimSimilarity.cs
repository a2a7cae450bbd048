namespace Statements.Alignment;

/// <summary>Scores how far two claims, one from each readout, address the same matter.</summary>
public interface IClaimSimilarity
{
    /// <summary>A score from 0 (unrelated) to 1 (the same matter in the same words).</summary>
    double Score(Claim left, Claim right);
}
