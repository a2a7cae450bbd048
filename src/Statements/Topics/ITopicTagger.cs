namespace Statements.Topics;

/// <summary>Stage 5 of the pipeline: names the topics a stretch of text addresses.</summary>
public interface ITopicTagger
{
    /// <summary>The topic ids addressed inside <paramref name="span"/> of <paramref name="normalized"/>, in taxonomy order.</summary>
    /// <param name="normalized">The whole normalised readout text (contextual aliases look at all of it).</param>
    /// <param name="span">The stretch to tag, e.g. a claim.</param>
    IReadOnlyList<string> Tag(string normalized, Span span);
}
