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
    private static readonly PhraseMatcher<bool> BackReferences = PhraseMatcher<bool>.Build(new[]
    {
        "it", "this issue", "this topic", "this matter", "this question", "this subject", "this regard", "this area",
        "these issues", "these topics", "these matters", "these questions", "these areas", "that issue", "that matter",
        "the latter", "this reason", "this context", "this end", "such issues", "the same issue", "all this", "this situation",
        "these sensitive matters", "these sensitive issues", "these important issues",
    }.Select(p => (p, true, false)));

    /// <summary>Whether <paramref name="claim"/> continues <paramref name="previous"/> (the claim before it in the same readout).</summary>
    public static bool Continues(Claim previous, Claim claim)
    {
        var gap = claim.SentenceIndex - previous.SentenceIndex;
        return (gap == 0 && SharesSubject(claim.Text)) || (gap is 0 or 1 && PointsBack(claim.Text));
    }

    /// <summary>Whether a claim opens with its verb, not a subject of its own ("emphasized that ...", "noting the importance ..."; not "he emphasized ...").</summary>
    public static bool SharesSubject(string text)
    {
        var normalized = TextNormalizer.Instance.Normalize(text);
        var tokens = WordTokenizer.Tokenize(normalized);
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                return char.IsLower(normalized[token.Start]) && !Subjects.Contains(token.LowerView);
            }
        }

        return false;
    }

    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "we", "it", "i", "the", "a", "an", "this", "that", "these", "those", "both", "his", "her", "their", "our",
        "its", "each", "all", "president", "prime", "leaders", "sides",
    };

    /// <summary>Whether a text holds a back-reference ("it" not counting where it only opens a statement: "it is important", "it was NATO that").</summary>
    public static bool PointsBack(string text)
    {
        var normalized = TextNormalizer.Instance.Normalize(text);
        var tokens = WordTokenizer.Tokenize(normalized);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!BackReferences.TryMatchAt(tokens, i, normalized, out var match))
            {
                continue;
            }

            var expletive = match.TokenCount == 1 && (IsExpletive(tokens, i, normalized) || NamesCountryBefore(tokens, i, normalized) || NamesTopic(normalized));
            if (!expletive)
            {
                return true;
            }

            i += match.TokenCount - 1;
        }

        return false;
    }

    /// <summary>"Xi talked about the Taiwan issue, considering it a red line": "it" in a claim that names its own matter points at that.</summary>
    private static bool NamesTopic(string normalized) => PlainTopics.Tag(normalized, new Span(0, normalized.Length)).Count > 0;

    /// <summary>The built-in taxonomy's aliases, without those that count only in context.</summary>
    private static readonly Topics.TopicTagger PlainTopics = new(new Topics.TopicTaxonomy(Topics.TopicTaxonomy.Default.Topics.Select(t => t with { Contextual = [] })));

    /// <summary>"The US does not seek ...; it does not aim ...": "it" after a country named in the claim points at that country.</summary>
    private static bool NamesCountryBefore(TokenList tokens, int end, string text)
    {
        for (var i = 0; i < end; i++)
        {
            if (Attribution.Countries.Matcher.TryMatchAt(tokens, i, text, out var country))
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
    private static bool IsExpletive(TokenList tokens, int i, string text)
    {
        if (i + 2 >= tokens.Count || !(tokens[i + 1].Is("is") || tokens[i + 1].Is("was")))
        {
            return false;
        }

        var next = tokens[i + 2];
        return char.IsUpper(text[next.Start]) || ExpletiveFollowers.Contains(next.LowerView);
    }

    private static readonly HashSet<string> ExpletiveFollowers = new(StringComparer.Ordinal)
    {
        "important", "necessary", "essential", "vital", "crucial", "imperative", "clear", "time", "natural", "possible", "impossible",
        "unacceptable", "hoped", "expected", "believed", "known", "for", "the", "a", "an", "in", "because", "not", "high", "no", "this",
        "that", "our", "their", "precisely", "only", "also", "now", "urgent", "critical", "right", "wrong", "up", "worth",
    };
}
