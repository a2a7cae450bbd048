using Statements.Text;

namespace Statements.Tone;

/// <summary>
/// The default <see cref="IToneTagger"/>: matches a <see cref="ToneLexicon"/> over tokens with a trie, longest
/// phrase first, so "full and frank exchange of views" is one hit, not three. Non-tone set phrases are
/// matched too and swallow the words they contain. Modifiers up to three tokens before a hit, within its
/// clause, change it: a negation reverses it (valence × -0.74, flagged negated), a hedge scales it × 0.6,
/// a booster or degree word × 1.3. Immutable and thread-safe.
/// </summary>
public sealed class ToneTagger : IToneTagger
{
    private const int ModifierWindow = 3;
    private const double NegationFactor = -0.74;
    private const double HedgeFactor = 0.6;
    private const double BoostFactor = 1.3;

    private readonly PhraseMatcher<ToneEntry?> matcher;

    /// <summary>Creates a tagger over <paramref name="lexicon"/>.</summary>
    public ToneTagger(ToneLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        var phrases = lexicon.NotTone.Select(p => (p, (ToneEntry?)null, false))
            .Concat(lexicon.Entries.SelectMany(e => e.Forms.Select(f => (f, (ToneEntry?)e, false))));
        matcher = PhraseMatcher<ToneEntry?>.Build(phrases);
    }

    /// <summary>The lexicon it matches.</summary>
    public ToneLexicon Lexicon { get; }

    /// <inheritdoc />
    public IReadOnlyList<ToneMatch> Tag(string normalized, Span span)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var tokens = WordTokenizer.Tokenize(normalized, span.Start, span.End);
        var matches = matcher.FindAll(tokens, normalized);
        var result = new List<ToneMatch>();
        for (var m = 0; m < matches.Count; m++)
        {
            var entry = matches[m].Value;
            if (entry is null || !entry.Category.IsTone())
            {
                continue;
            }

            var first = tokens[matches[m].FirstToken];
            var last = tokens[matches[m].FirstToken + matches[m].TokenCount - 1];
            var valence = entry.Intensity;
            var negated = false;
            for (var p = m - 1; p >= 0; p--)
            {
                var modifier = matches[p];
                var distance = matches[m].FirstToken - (modifier.FirstToken + modifier.TokenCount);
                if (distance > ModifierWindow || HasClauseBreak(tokens, modifier.FirstToken + modifier.TokenCount, matches[m].FirstToken))
                {
                    break;
                }

                switch (modifier.Value?.Category)
                {
                    case ToneCategory.Negation:
                        negated = !negated;
                        valence *= NegationFactor;
                        break;
                    case ToneCategory.Hedge:
                        valence *= HedgeFactor;
                        break;
                    case ToneCategory.Booster or ToneCategory.Degree:
                        valence *= BoostFactor;
                        break;
                }
            }

            result.Add(new ToneMatch(entry.Key, Span.FromBounds(first.Start, last.End), entry.Category, Math.Round(Math.Clamp(valence, -3, 3), 3), negated));
        }

        return result;
    }

    private static bool HasClauseBreak(List<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Lower is "," or ";" or ":" or "." or "(" or ")")
            {
                return true;
            }
        }

        return false;
    }
}
