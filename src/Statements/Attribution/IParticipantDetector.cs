namespace Statements.Attribution;

/// <summary>Stage 3a of the pipeline: finds the people a readout names as taking part.</summary>
public interface IParticipantDetector
{
    /// <summary>The participants named in <paramref name="normalized"/>, a readout of <paramref name="side"/>.</summary>
    IReadOnlyList<Participant> Detect(string normalized, string side);
}
