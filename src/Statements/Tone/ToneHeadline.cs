using Statements.Language;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Statements.Sentences;
using Statements.Text;

namespace Statements.Tone;

/// <summary>
/// The headline descriptors of the talks as a readout states them: the tone words that modify the noun naming
/// the talks themselves, such as "candid and in-depth" in "had a candid and in-depth exchange of views" or
/// "candid and constructive" in "held a candid and constructive discussion". They are the words analysts set
/// side by side first when two readouts of one engagement are compared. Immutable.
/// </summary>
/// <param name="Text">The descriptor phrase as written, from the first descriptor to the last ("candid and in-depth").</param>
/// <param name="Keys">The lexicon keys of the descriptors, in reading order, each once.</param>
/// <param name="Span">Where <paramref name="Text"/> stands in the readout text.</param>
public sealed record ToneHeadline(string Text, ImmutableArray<string> Keys, Span Span)
{
    /// <summary>
    /// How many tokens other than the descriptors' own words may stand between the talk noun and its furthest
    /// descriptor (commas, "and", other adjectives such as "bilateral").
    /// </summary>
    public const int Window = 6;

    /// <summary>
    /// The nouns that name the talks: discussion(s), exchange(s) of views, talks, conversation(s), call(s),
    /// meeting(s), dialogue(s), atmosphere; "phone call" and the like are one noun, so "phone" is never taken
    /// for part of a descriptor. The list of <see cref="ReadoutLanguage.English"/> (<c>talk-nouns.txt</c>).
    /// </summary>
    public static IReadOnlyList<string> TalkNouns => ReadoutLanguage.English.Words(LanguageLists.TalkNouns);

    /// <summary>
    /// Finds the headline descriptors in a readout: in the first sentence, in reading order, where one stands, the
    /// tone hits inside the phrase of a talk noun, before it. Reading back from the noun, the descriptors' own words
    /// are collected; any other token counts toward <see cref="Window"/>, and a clause break (semicolon, colon,
    /// bracket, sentence end), a determiner or possessive ("a", "the", "their", "'s") or a preposition ("to", "of")
    /// ends the phrase, so the verbs in "welcomed the call" and "looked forward to meeting" are not descriptors.
    /// A hit whose words run into the noun ("full and frank exchange of views", "friendly atmosphere") contributes
    /// the words before the noun. Negated hits ("not a constructive meeting") do not describe the talks and are
    /// skipped; "call" or "calls" before "on", "upon" or "for" is the verb, not the noun.
    /// </summary>
    /// <param name="text">The readout text the hits were found in (<see cref="Readout.Text"/>).</param>
    /// <param name="hits">Its tone hits, with spans into <paramref name="text"/> (<see cref="ReadoutAnalysis.ToneHits"/>).</param>
    /// <returns>The headline, or null when no tone word describes the talks.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A hit is null or its span does not fit in <paramref name="text"/>.</exception>
    public static ToneHeadline? Find(string text, IReadOnlyList<ToneHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hits);
        foreach (var hit in hits)
        {
            if (hit is null || hit.Span.Start < 0 || hit.Span.Length < 0 || hit.Span.End > text.Length)
            {
                throw new ArgumentException("Every tone hit must lie inside the text.", nameof(hits));
            }
        }

        return Find(ReadoutLanguage.English, text, hits, null, null);
    }

    /// <summary>
    /// As <see cref="Find(string, IReadOnlyList{ToneHit})"/>, with the text's normalised tokens and its sentences by
    /// <see cref="RuleSentenceSplitter"/> given by an analysis that has them already.
    /// </summary>
    internal static ToneHeadline? Find(ReadoutLanguage language, string text, IReadOnlyList<ToneHit> hits, TokenizedText? normalized, IReadOnlyList<SentenceSpan>? sentences)
    {
        // Tone words that can describe a talk, by start; an analysis lists its hits in text order already.
        List<ToneHit>? candidates = null;
        var sorted = true;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (hit.Category.IsTone() && !hit.Negated && hit.Span.Length > 0)
            {
                sorted &= candidates is null || candidates[^1].Span.Start <= hit.Span.Start;
                (candidates ??= []).Add(hit);
            }
        }

        if (candidates is null)
        {
            return null;
        }

        if (!sorted)
        {
            candidates = [.. candidates.OrderBy(h => h.Span.Start)];
        }

        if (normalized is null)
        {
            using var own = TokenizedText.Of(language.Normalizer.Normalize(text));
            return Find(language, text, candidates, own, sentences ?? new RuleSentenceSplitter(language).Split(own.Text));
        }

        return Find(language, text, candidates, normalized, sentences ?? new RuleSentenceSplitter(language).Split(normalized.Text));
    }

    private static ToneHeadline? Find(ReadoutLanguage language, string text, List<ToneHit> candidates, TokenizedText normalized, IReadOnlyList<SentenceSpan> sentences)
    {
        List<PhraseMatch<bool>>? nouns = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s].Span;
            var first = FirstStartingFrom(candidates, sentence.Start);
            if (!AnyInside(candidates, first, sentence))
            {
                continue;
            }

            var tokens = normalized.Within(sentence);
            nouns ??= [];
            nouns.Clear();
            language.TalkNouns.FindAll(tokens, normalized.Text, nouns);
            foreach (var noun in nouns)
            {
                if (IsVerbCall(tokens, noun))
                {
                    continue;
                }

                var headline = Describe(language, text, tokens, noun.FirstToken, candidates, first, sentence);
                if (headline is not null)
                {
                    return headline;
                }
            }
        }

        return null;
    }

    /// <summary>The index of the first candidate (ordered by start) that starts at or after <paramref name="start"/>.</summary>
    private static int FirstStartingFrom(List<ToneHit> candidates, int start)
    {
        int low = 0, high = candidates.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (candidates[mid].Span.Start < start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Whether a candidate from <paramref name="first"/> on lies inside <paramref name="sentence"/>.</summary>
    private static bool AnyInside(List<ToneHit> candidates, int first, Span sentence) =>
        InsideHolding(candidates, first, sentence, -1, -1) is not null;

    /// <summary>
    /// The first candidate from <paramref name="first"/> on that lies inside <paramref name="sentence"/> and holds the
    /// characters <paramref name="start"/> to <paramref name="end"/> (any such candidate when they are -1), or null.
    /// </summary>
    private static ToneHit? InsideHolding(List<ToneHit> candidates, int first, Span sentence, int start, int end)
    {
        for (var i = first; i < candidates.Count && candidates[i].Span.Start < sentence.End; i++)
        {
            var hit = candidates[i];
            if (sentence.Contains(hit.Span) && (start < 0 || hit.Span.Start <= start && end <= hit.Span.End))
            {
                return hit;
            }
        }

        return null;
    }

    private static ToneHeadline? Describe(ReadoutLanguage language, string text, TokenList tokens, int nounToken, List<ToneHit> candidates, int first, Span sentence)
    {
        List<ToneHit>? descriptors = null;
        var others = 0;
        for (var i = nounToken - 1; i >= 0; i--)
        {
            var token = tokens[i];
            var hit = InsideHolding(candidates, first, sentence, token.Start, token.End);
            if (hit is not null)
            {
                descriptors ??= [];
                if (descriptors.Count == 0 || !ReferenceEquals(descriptors[^1], hit))
                {
                    descriptors.Add(hit);
                }

                continue;
            }

            if (OpensPhrase(language, token) || ++others > Window)
            {
                break;
            }
        }

        if (descriptors is null)
        {
            return null;
        }

        // Read back from the noun, so the first descriptor found is the last in the text; a hit that runs into
        // the noun ends, as a descriptor, with the word before the noun.
        descriptors.Reverse();
        var span = Span.FromBounds(descriptors[0].Span.Start, Math.Min(descriptors[^1].Span.End, tokens[nounToken - 1].End));
        return new ToneHeadline(span.Of(text), [.. descriptors.Select(h => h.Key).Distinct(StringComparer.Ordinal)], span);
    }

    private static bool OpensPhrase(ReadoutLanguage language, Token token) =>
        token.Kind == TokenKind.Punctuation
            ? token.LowerView is ";" or ":" or "(" or ")" or "." or "!" or "?"
            : language.PhraseOpeners.Contains(token.LowerView);

    private static bool IsVerbCall(TokenList tokens, PhraseMatch<bool> noun)
    {
        var next = noun.FirstToken + noun.TokenCount;
        return noun.TokenCount == 1
            && tokens[noun.FirstToken].LowerView is "call" or "calls"
            && next < tokens.Count
            && tokens[next].LowerView is "on" or "upon" or "for";
    }
}
