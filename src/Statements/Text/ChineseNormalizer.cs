using System.Collections.Frozen;

namespace Statements.Text;

/// <summary>
/// The normaliser of the Chinese language: the general one (<see cref="TextNormalizer"/>: quotes, dashes, spaces), then
/// each traditional character with a simplified form of its own replaced by that form, one character for one, so a
/// readout in traditional characters ("習近平同美國總統拜登通電話") is read with the simplified data and every offset
/// still points into the text as written. Immutable and thread-safe.
/// </summary>
public sealed class ChineseNormalizer : ITextNormalizer
{
    private readonly ITextNormalizer inner;
    private readonly FrozenDictionary<char, char> simplified;

    /// <summary>Creates a normaliser over <paramref name="inner"/> with the traditional-to-simplified pairs given.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ChineseNormalizer(ITextNormalizer inner, IEnumerable<KeyValuePair<char, char>> traditionalToSimplified)
    {
        this.inner = inner ?? throw new ArgumentNullException(nameof(inner));
        ArgumentNullException.ThrowIfNull(traditionalToSimplified);
        simplified = traditionalToSimplified.ToFrozenDictionary();
    }

    /// <summary>How many traditional characters the normaliser maps.</summary>
    public int Count => simplified.Count;

    /// <inheritdoc/>
    public string Normalize(string text)
    {
        var normalized = inner.Normalize(text);
        if (simplified.Count == 0)
        {
            return normalized;
        }

        char[]? copy = null;
        for (var i = 0; i < normalized.Length; i++)
        {
            if (normalized[i] >= '\u3400' && simplified.TryGetValue(normalized[i], out var s))
            {
                copy ??= normalized.ToCharArray();
                copy[i] = s;
            }
        }

        return copy is null ? normalized : new string(copy);
    }
}
