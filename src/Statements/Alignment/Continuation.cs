using Statements.Language;
using Statements.Text;

namespace Statements.Alignment;

/// <summary>
/// Tells whether a claim continues the matter of the claim before it. Readouts take up one matter over consecutive
/// sentences and name it only once, so a claim continues the one before it when it is a later clause of the same
/// sentence with no subject of its own ("The President reiterated that ..., and emphasized that ..."), or when it stands
/// in the same or the next sentence and points back: with a demonstrative phrase ("the talks on this issue", "for this
/// reason", "these sensitive matters") or with "it" where the claim names no matter of its own ("ensuring that it is
/// fully implemented", but not "the Taiwan issue, considering it a red line", "the US ...; it does not aim", or an
/// empty "it is important"). Stateless and thread-safe.
/// </summary>
internal static class Continuation
{
    /// <summary>Whether <paramref name="claim"/> continues <paramref name="previous"/> (the claim before it in the same readout).</summary>
    public static bool Continues(ReadoutLanguage language, Claim previous, Claim claim)
    {
        var gap = claim.SentenceIndex - previous.SentenceIndex;
        return (gap == 0 && SharesSubject(language, claim.Text)) || (gap is 0 or 1 && PointsBack(language, claim.Text));
    }

    /// <summary>Whether a claim opens with its verb, not a subject of its own ("emphasized that ...", "noting the importance ..."; not "he emphasized ...").</summary>
    public static bool SharesSubject(ReadoutLanguage language, string text)
    {
        var normalized = language.Normalizer.Normalize(text);
        var tokens = WordTokenizer.Tokenize(normalized);
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                return char.IsLower(normalized[token.Start]) && !language.SubjectWords.Contains(token.LowerView);
            }
        }

        return false;
    }

    /// <summary>Whether a text holds a back-reference ("it" not counting where it only opens a statement: "it is important", "it was NATO that").</summary>
    public static bool PointsBack(ReadoutLanguage language, string text)
    {
        var normalized = language.Normalizer.Normalize(text);
        var tokens = WordTokenizer.Tokenize(normalized);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!language.BackReferences.TryMatchAt(tokens, i, normalized, out var match))
            {
                continue;
            }

            var expletive = match.TokenCount == 1 && (IsExpletive(language, tokens, i, normalized) || NamesCountryBefore(language, tokens, i, normalized) || NamesTopic(language, normalized));
            if (!expletive)
            {
                return true;
            }

            i += match.TokenCount - 1;
        }

        return false;
    }

    /// <summary>"Xi talked about the Taiwan issue, considering it a red line": "it" in a claim that names its own matter points at that.</summary>
    private static bool NamesTopic(ReadoutLanguage language, string normalized) => language.DirectTopics.Tag(normalized, new Span(0, normalized.Length)).Count > 0;

    /// <summary>"The US does not seek ...; it does not aim ...": "it" after a country named in the claim points at that country.</summary>
    private static bool NamesCountryBefore(ReadoutLanguage language, TokenList tokens, int end, string text)
    {
        for (var i = 0; i < end; i++)
        {
            if (language.CountryMatcher.TryMatchAt(tokens, i, text, out var country))
            {
                // a name ("Russia", "the United States", "the US"), not a demonym ("the Russian President")
                var first = tokens[i].LowerView;
                var sideFirst = country.Value.Split(' ')[0];
                if (first.Length <= 4 || first.Equals(sideFirst, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"It is important", "it was NATO that", "it is for this reason": "it" that points at nothing.</summary>
    private static bool IsExpletive(ReadoutLanguage language, TokenList tokens, int i, string text)
    {
        if (i + 2 >= tokens.Count || !(tokens[i + 1].Is("is") || tokens[i + 1].Is("was")))
        {
            return false;
        }

        var next = tokens[i + 2];
        return char.IsUpper(text[next.Start]) || language.ExpletiveFollowers.Contains(next.LowerView);
    }

    /// <summary>
    /// Pair scores in context: the row (column) of a claim that continues the claim before it takes <paramref name="share"/>
    /// of its scores from that claim's (already contextual) row (column). Both steps are linear, so their order does not
    /// matter and swapping the sides gives the transposed matrix.
    /// </summary>
    public static double[,] InContext(ReadoutLanguage language, double[,] similarity, IReadOnlyList<Claim> leftClaims, IReadOnlyList<Claim> rightClaims, double share)
    {
        var rows = similarity.GetLength(0);
        var cols = similarity.GetLength(1);
        var score = (double[,])similarity.Clone();
        for (var l = 1; l < rows; l++)
        {
            if (Continuation.Continues(language, leftClaims[l - 1], leftClaims[l]))
            {
                for (var r = 0; r < cols; r++)
                {
                    score[l, r] = ((1 - share) * score[l, r]) + (share * score[l - 1, r]);
                }
            }
        }

        for (var r = 1; r < cols; r++)
        {
            if (Continuation.Continues(language, rightClaims[r - 1], rightClaims[r]))
            {
                for (var l = 0; l < rows; l++)
                {
                    score[l, r] = ((1 - share) * score[l, r]) + (share * score[l, r - 1]);
                }
            }
        }

        return score;
    }
}
