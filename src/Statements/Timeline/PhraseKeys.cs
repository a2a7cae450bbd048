using System.Collections.Concurrent;
using Statements.Alignment;
using Statements.Language;
using Statements.Text;

namespace Statements.Timeline;

/// <summary>One word of a readout as the phrase finder reads it: its stem, the stem's hash and where it stands.</summary>
internal readonly record struct StemToken(string Stem, ulong Hash, bool Content, bool Capital, int Start, int End);

/// <summary>
/// Turns words into stems and runs of stems into 64-bit phrase keys, so phrases are counted without making a string
/// per candidate. One instance per timeline build (its cache of stems is not shared between builds); thread-safe.
/// </summary>
internal sealed class PhraseKeys
{
    private const ulong Seed = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private readonly ConcurrentDictionary<string, (string Stem, ulong Hash)> stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Stem, ulong Hash)>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly WordSet stopWords;

    public PhraseKeys(ReadoutLanguage language)
    {
        lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        stopWords = language.StopWords;
        var setPhrases = new HashSet<ulong>();
        var longest = 0;
        foreach (var phrase in language.Lexicon.Entries.SelectMany(e => e.Forms).Where(f => !f.Contains(Tone.ToneTagger.GapMarker, StringComparison.Ordinal)).Concat(language.Lexicon.NotTone))
        {
            var tokens = Words(phrase);
            if (tokens.Length < 2 || tokens.Any(t => t.Stem is null))
            {
                continue;
            }

            var hash = Seed;
            foreach (var token in tokens)
            {
                hash = Extend(hash, token.Hash);
            }

            setPhrases.Add(hash);
            longest = Math.Max(longest, tokens.Length);
        }

        SetPhrases = setPhrases;
        LongestSetPhrase = longest;
    }

    /// <summary>The keys of the lexicon's multi-word forms (but those with a gap) and non-tone set phrases.</summary>
    public HashSet<ulong> SetPhrases { get; }

    /// <summary>The most words in a set phrase.</summary>
    public int LongestSetPhrase { get; }

    /// <summary>The key of an empty run, to extend word by word.</summary>
    public static ulong Start => Seed;

    /// <summary>The key of a run extended by one more stem.</summary>
    public static ulong Extend(ulong key, ulong stem)
    {
        var h = unchecked((key ^ stem) * Prime);
        return h ^ (h >> 29);
    }

    /// <summary>The stems of a phrase joined by single spaces (the form of <see cref="Formulation.Key"/>).</summary>
    public static string KeyOf(string phrase)
    {
        var tokens = WordTokenizer.Tokenize(phrase);
        var stems = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                stems.Add(ClaimProfile.Stem(tokens[i].LowerString()));
            }
        }

        return string.Join(' ', stems);
    }

    /// <summary>
    /// The words of <paramref name="text"/> (inside <paramref name="scope"/> when given) as stems; a punctuation mark
    /// other than a hyphen, or a line break, ends a run: it is marked by a default token (empty stem).
    /// </summary>
    public StemToken[] Words(string text, System.Collections.Immutable.ImmutableArray<Span> scope = default)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var result = new List<StemToken>(tokens.Count + 8);
        var previousEnd = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!scope.IsDefaultOrEmpty && !InScope(scope, token.Start, token.End))
            {
                Break(result);
                previousEnd = -1;
                continue;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                if (!token.LowerView.SequenceEqual("-"))
                {
                    Break(result);
                }

                previousEnd = token.End;
                continue;
            }

            if (previousEnd >= 0 && text.AsSpan(previousEnd, token.Start - previousEnd).IndexOfAny('\n', '\r') >= 0)
            {
                Break(result);
            }

            var lower = token.LowerView;
            var (stem, hash) = Stem(lower);
            result.Add(new StemToken(stem, hash, !stopWords.Contains(lower), char.IsUpper(text[token.Start]), token.Start, token.End));
            previousEnd = token.End;
        }

        return [.. result];
    }

    private static bool InScope(System.Collections.Immutable.ImmutableArray<Span> scope, int start, int end)
    {
        foreach (var part in scope)
        {
            if (part.Start <= start && end <= part.End)
            {
                return true;
            }
        }

        return false;
    }

    private static void Break(List<StemToken> result)
    {
        if (result.Count > 0 && result[^1].Stem is not null)
        {
            result.Add(default);
        }
    }

    private (string Stem, ulong Hash) Stem(ReadOnlySpan<char> lower)
    {
        if (lookup.TryGetValue(lower, out var known))
        {
            return known;
        }

        var word = lower.ToString();
        var stem = ClaimProfile.Stem(word);
        var hash = Seed;
        foreach (var c in stem)
        {
            hash = unchecked((hash ^ c) * Prime);
        }

        return stems.GetOrAdd(word, (stem, hash));
    }
}
