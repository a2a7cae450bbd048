namespace Statements.Alignment;

/// <summary>
/// Turns texts into sentence embeddings, for the optional semantic feature of the link model: the cosine of two claims'
/// vectors. The core package has no embedder of its own; the optional package <c>Statements.Semantic</c> provides one
/// (all-MiniLM-L6-v2, run locally). Implementations are thread-safe and return vectors of one length.
/// </summary>
public interface ISentenceEmbedder
{
    /// <summary>One vector per text, in the order of <paramref name="texts"/>.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
