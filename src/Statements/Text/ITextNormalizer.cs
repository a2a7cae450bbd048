namespace Statements.Text;

/// <summary>
/// Stage 1 of the pipeline: prepares a readout's text for analysis. The result must have exactly the length
/// of the input, character for character, so that every offset found in it is an offset into the original.
/// </summary>
public interface ITextNormalizer
{
    /// <summary>Returns a copy of <paramref name="text"/> of the same length, normalised for analysis.</summary>
    string Normalize(string text);
}
