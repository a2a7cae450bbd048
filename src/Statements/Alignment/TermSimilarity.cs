using Statements.Text;

namespace Statements.Alignment;

/// <summary>
/// The default <see cref="IClaimSimilarity"/>: a weighted sum of topic overlap (Jaccard over topic ids, weight
/// <see cref="TopicWeight"/>), key-term overlap (Dice over stemmed content words without stop words, weight
/// <see cref="TermWeight"/>) and speaker agreement (weight <see cref="SpeakerWeight"/>: 1 for the same
/// participant, 0.5 where either side is "both" or the narrator, 0 for different participants).
/// Claims with no topic other than "other" on both sides score their topic part as 0. Stateless and thread-safe.
/// </summary>
public sealed class TermSimilarity : IClaimSimilarity
{
    /// <summary>Weight of topic overlap.</summary>
    public const double TopicWeight = 0.40;

    /// <summary>Weight of key-term overlap.</summary>
    public const double TermWeight = 0.45;

    /// <summary>Weight of speaker agreement.</summary>
    public const double SpeakerWeight = 0.15;

    /// <summary>The shared instance.</summary>
    public static TermSimilarity Instance { get; } = new();

    /// <inheritdoc />
    public double Score(Claim left, Claim right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return TopicWeight * TopicOverlap(left, right) + TermWeight * TermOverlap(Terms(left.Text), Terms(right.Text)) + SpeakerWeight * SpeakerAgreement(left.Speaker, right.Speaker);
    }

    internal static double TopicOverlap(Claim left, Claim right)
    {
        var a = left.Topics.Where(t => t != Topics.TopicTaxonomy.Other).ToHashSet(StringComparer.Ordinal);
        var b = right.Topics.Where(t => t != Topics.TopicTaxonomy.Other).ToHashSet(StringComparer.Ordinal);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    internal static double TermOverlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }

    internal static double SpeakerAgreement(string left, string right)
    {
        static bool Joint(string s) => s is Speakers.Both or Speakers.Narrator;
        if (Joint(left) || Joint(right))
        {
            return 0.5;
        }

        var l = left.Split(' ')[^1];
        var r = right.Split(' ')[^1];
        return string.Equals(l, r, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    /// <summary>The stemmed content words of a text.</summary>
    internal static HashSet<string> Terms(string text)
    {
        var normalized = TextNormalizer.Instance.Normalize(text);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in WordTokenizer.Tokenize(normalized))
        {
            if (token.Kind == TokenKind.Punctuation || StopWords.Contains(token.Lower) || token.Lower.Length < 2)
            {
                continue;
            }

            terms.Add(Stem(token.Lower));
        }

        return terms;
    }

    /// <summary>A light suffix-stripping stemmer: enough to join "relations" and "relationship" is not its aim, only plural and verb endings.</summary>
    internal static string Stem(string word)
    {
        if (word.Length <= 4)
        {
            return word;
        }

        foreach (var (suffix, replacement) in Suffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                return word[..^suffix.Length] + replacement;
            }
        }

        return word;
    }

    private static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        ("ization", "iz"), ("isation", "iz"), ("ational", "at"), ("ations", "at"), ("ation", "at"), ("iness", "i"), ("ities", "it"),
        ("ity", "it"), ("ments", ""), ("ment", ""), ("ness", ""), ("ingly", ""), ("edly", ""), ("ies", "y"), ("ied", "y"),
        ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", ""), ("ise", "iz"), ("ize", "iz"),
    ];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into", "about", "over",
        "under", "between", "through", "during", "including", "across", "against", "among", "is", "are", "was", "were", "be", "been",
        "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
        "it", "its", "this", "that", "these", "those", "he", "she", "they", "them", "his", "her", "their", "our", "we", "us", "i",
        "also", "both", "two", "each", "other", "such", "which", "who", "whom", "what", "when", "where", "while", "not", "n't", "no",
        "so", "than", "then", "there", "very", "more", "most", "all", "any", "some", "'s", "s", "president", "presidents", "leader",
        "leaders", "side", "sides", "said", "noted", "stressed", "emphasized", "emphasised", "underscored", "reiterated", "reaffirmed",
        "discussed", "agreed", "welcomed", "expressed", "pointed", "out", "mr", "today", "further", "continue", "continued", "ongoing",
    };
}
