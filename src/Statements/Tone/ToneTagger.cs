using System.Collections.Immutable;
using Statements.Language;
using Statements.Text;

namespace Statements.Tone;

/// <summary>
/// The default <see cref="IToneTagger"/>: matches a <see cref="ToneLexicon"/> over tokens with a trie, longest
/// phrase first, so "full and frank exchange of views" is one hit, not three. Non-tone set phrases are
/// matched too and swallow the words they contain. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Modifiers up to three tokens before a hit, within its clause (no comma, semicolon, colon, full stop or
/// bracket between them), change its valence; several modifiers multiply:
/// </para>
/// <list type="bullet">
/// <item>a hedge (may, somewhat, respect) or a booster or degree word (clearly, very, fully) multiplies it
/// by that modifier entry's own intensity from the lexicon: 0.6 for "may", 0.7 for "somewhat", 1.3 for
/// "very", 1.2 for "fully". An entry whose intensity is not a usable factor for its kind (a hedge outside
/// 0 &lt; x ≤ 1, a booster or degree word outside 1 ≤ x ≤ 3) falls back to <see cref="DefaultHedgeFactor"/>
/// or <see cref="DefaultBoostFactor"/>;</item>
/// <item>a negation reverses it with the fixed factor <see cref="NegationFactor"/> (-0.74, the negation
/// scalar of VADER) and flags it negated. Negation is a grammatical operator, not a graded word, so every
/// negation entry uses the same factor whatever its intensity; the built-in "not" entry records -0.74.</item>
/// </list>
/// <para>
/// A capitalised "May" followed by a number ("May 11", "May 2023") is the month and is not a hedge.
/// The result is clamped to -3..+3 and rounded to three decimals.
/// </para>
/// </remarks>
public sealed class ToneTagger : IToneTagger
{
    /// <summary>The factor a negation applies to a tone hit it governs: it reverses the hit and weakens it a little.</summary>
    public const double NegationFactor = -0.74;

    /// <summary>The factor of a hedge whose lexicon intensity is not a usable factor (outside 0 &lt; x ≤ 1).</summary>
    public const double DefaultHedgeFactor = 0.6;

    /// <summary>The factor of a booster or degree word whose lexicon intensity is not a usable factor (outside 1 ≤ x ≤ 3).</summary>
    public const double DefaultBoostFactor = 1.3;

    private const int ModifierWindow = 3;

    /// <summary>The most words a form's gap (<see cref="GapMarker"/>) may hold: "close and warm ties", "the strength of the
    /// friendship and strategic ties".</summary>
    public const int MaxGapWords = 3;

    /// <summary>The mark of a gap in a form: "strong ... ties" matches "strong ties", "strong bilateral ties" and "strong
    /// people-to-people ties", with up to <see cref="MaxGapWords"/> words between, none of them punctuation or a stop word of
    /// the language (but "and"), so "strong support for the relationship" is no match.</summary>
    public const string GapMarker = "...";

    private readonly PhraseMatcher<ToneEntry?> matcher;
    private readonly ImmutableArray<GappedForm> gapped;
    private readonly WordSet gapBreaks;
    private readonly WordSet gapHeads; // the first word of each form with a gap
    private readonly int[] gapHeadStarts; // their first two letters (StartOf)
    private readonly int gapHeadLongest; // the longest of them
    private readonly int longestGapped; // the most tokens a match of a form with a gap can hold

    /// <summary>Creates a tagger over <paramref name="lexicon"/>; a gap in a form may hold no stop word of
    /// <see cref="ReadoutLanguage.English"/>.</summary>
    public ToneTagger(ToneLexicon lexicon)
        : this(lexicon, null)
    {
    }

    /// <summary>Creates a tagger over <paramref name="lexicon"/> whose forms' gaps may hold no stop word of
    /// <paramref name="language"/> (English where null).</summary>
    internal ToneTagger(ToneLexicon lexicon, ReadoutLanguage? language)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        var phrases = lexicon.NotTone.Select(p => (p, (ToneEntry?)null, false))
            .Concat(lexicon.Entries.SelectMany(e => e.Forms.Where(f => !IsGapped(f)).Select(f => (f, (ToneEntry?)e, false))));
        matcher = PhraseMatcher<ToneEntry?>.Build(phrases);
        gapped = [.. lexicon.Entries.SelectMany(e => e.Forms.Where(IsGapped).Select(f => GappedForm.Of(f, e)))];
        gapBreaks = gapped.IsEmpty ? EmptyWords : (language ?? ReadoutLanguage.English).StopWords;
        gapHeads = new WordSet(gapped.Select(g => g.Head[0]));
        gapHeadStarts = [.. gapHeads.Select(w => StartOf(w)).Distinct()];
        gapHeadLongest = gapHeads.Select(w => w.Length).DefaultIfEmpty(0).Max();
        longestGapped = gapped.Select(g => g.Head.Length + MaxGapWords + g.Tail.Length).DefaultIfEmpty(0).Max();
    }

    private static readonly WordSet EmptyWords = new([]);

    private static bool IsGapped(string form) => form.Contains(GapMarker, StringComparison.Ordinal);

    /// <summary>What is wrong with a form's gap, or null where it has none or one gap with words on both sides of it: the
    /// lexicon's reader and builder refuse a form with a problem, so every form a tagger meets is usable.</summary>
    internal static string? GapProblem(string form)
    {
        var at = form.IndexOf(GapMarker, StringComparison.Ordinal);
        return at < 0 ? null
            : form.IndexOf(GapMarker, at + GapMarker.Length, StringComparison.Ordinal) >= 0 ? $"\"{form}\" has more than one \"{GapMarker}\"."
            : Words(form[..at]).Length == 0 || Words(form[(at + GapMarker.Length)..]).Length == 0 ? $"\"{form}\" needs words before and after \"{GapMarker}\"."
            : null;
    }

    private static string[] Words(string text)
    {
        var tokens = WordTokenizer.Tokenize(text.ToLowerInvariant());
        var words = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            words[i] = tokens[i].LowerString();
        }

        return words;
    }

    /// <summary>A form with a gap: the words before the gap and those after it, both non-empty (<see cref="GapProblem"/>).</summary>
    private sealed record GappedForm(string[] Head, string[] Tail, ToneEntry Entry)
    {
        public static GappedForm Of(string form, ToneEntry entry)
        {
            var at = form.IndexOf(GapMarker, StringComparison.Ordinal);
            return new GappedForm(Words(form[..at]), Words(form[(at + GapMarker.Length)..]), entry);
        }
    }

    /// <summary>The lexicon it matches.</summary>
    public ToneLexicon Lexicon { get; }

    /// <summary>
    /// The factor a modifier entry applies to a tone hit it governs: <see cref="NegationFactor"/> for a negation,
    /// the entry's intensity for a hedge, booster or degree word (or the default factor where the intensity is not
    /// usable), and 1 for every other entry.
    /// </summary>
    public static double ModifierFactor(ToneEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Category switch
        {
            ToneCategory.Negation => NegationFactor,
            ToneCategory.Hedge => entry.Intensity is > 0 and <= 1 ? entry.Intensity : DefaultHedgeFactor,
            ToneCategory.Booster or ToneCategory.Degree => entry.Intensity is >= 1 and <= 3 ? entry.Intensity : DefaultBoostFactor,
            _ => 1,
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<ToneMatch> Tag(string normalized, Span span)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var result = new List<ToneMatch>();
        Tag(WordTokenizer.Tokenize(normalized, span.Start, span.End), normalized, result, []);
        return result;
    }

    /// <summary>
    /// The tone of one stretch whose tokens are given (shared by the stages of one analysis): the same matches as
    /// <see cref="Tag(string, Span)"/>, added to <paramref name="result"/>; <paramref name="scratch"/> is working space.
    /// </summary>
    internal void Tag(TokenList tokens, string normalized, List<ToneMatch> result, List<PhraseMatch<ToneEntry?>> scratch)
    {
        var matches = scratch;
        matches.Clear();
        matcher.FindAll(tokens, normalized, matches);
        if (!gapped.IsEmpty)
        {
            AddGapped(tokens, matches);
        }

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
                if (distance < 0)
                {
                    continue; // a match inside a form with a gap ("friendship" of "the strength of the friendship and strategic ties")
                }

                if (distance > ModifierWindow || HasClauseBreak(tokens, modifier.FirstToken + modifier.TokenCount, matches[m].FirstToken))
                {
                    break;
                }

                if (modifier.Value is not { } modifierEntry || IsMonthMay(modifier, modifierEntry, tokens, normalized))
                {
                    continue;
                }

                if (modifierEntry.Category == ToneCategory.Negation)
                {
                    negated = !negated;
                }

                valence *= ModifierFactor(modifierEntry);
            }

            result.Add(new ToneMatch(entry.Key, Span.FromBounds(first.Start, last.End), entry.Category, Math.Round(Math.Clamp(valence, -3, 3), 3), negated));
        }
    }

    /// <summary>Adds the matches of the forms with a gap, where no match of the same entry overlaps them, and keeps the
    /// matches in order of their first token.</summary>
    private void AddGapped(TokenList tokens, List<PhraseMatch<ToneEntry?>> matches)
    {
        var direct = matches.Count; // the matches of the phrase matcher, in order of their first token
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !MayBeGapHead(tokens[i].LowerView) || !gapHeads.Contains(tokens[i].LowerView))
            {
                continue;
            }

            foreach (var form in gapped)
            {
                if (i + form.Head.Length + form.Tail.Length > tokens.Count || !WordsAt(tokens, i, form.Head))
                {
                    continue;
                }

                var gapStart = i + form.Head.Length;
                for (var gap = 0; gap <= MaxGapWords && gapStart + gap + form.Tail.Length <= tokens.Count; gap++)
                {
                    if (gap > 0 && !IsGapWord(tokens[gapStart + gap - 1]))
                    {
                        break;
                    }

                    if (WordsAt(tokens, gapStart + gap, form.Tail))
                    {
                        var match = new PhraseMatch<ToneEntry?>(i, form.Head.Length + gap + form.Tail.Length, form.Entry);
                        if (!Overlaps(matches, direct, match))
                        {
                            matches.Add(match);
                        }

                        break;
                    }
                }
            }
        }

        if (matches.Count > direct)
        {
            matches.Sort((a, b) => a.FirstToken != b.FirstToken ? a.FirstToken.CompareTo(b.FirstToken) : b.TokenCount.CompareTo(a.TokenCount));
        }
    }

    /// <summary>A cheap test before the look-up: whether a word has the length and the first two letters of some form's
    /// first word. Most words do not, and the look-up hashes the word: over the White House archive the test halves what
    /// the forms with a gap add to tone tagging (5.6 ms to 2.7 ms).</summary>
    private bool MayBeGapHead(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > gapHeadLongest)
        {
            return false;
        }

        var prefix = StartOf(word);
        foreach (var start in gapHeadStarts)
        {
            if (start == prefix)
            {
                return true;
            }
        }

        return false;
    }

    private static int StartOf(ReadOnlySpan<char> word) => (word[0] << 16) | (word.Length > 1 ? word[1] : 0);

    private bool IsGapWord(Token token) => token.IsWord && (token.Is("and") || !gapBreaks.Contains(token.LowerView));

    private static bool WordsAt(TokenList tokens, int at, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (!tokens[at + k].Is(words[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a match of the same entry already covers any of <paramref name="match"/>'s tokens: one of the
    /// phrase matcher's (the first <paramref name="direct"/>, which do not overlap one another, so they end in the order
    /// they start) or one added before it (each starting no later than it, and at most <see cref="longestGapped"/> tokens long).</summary>
    private bool Overlaps(List<PhraseMatch<ToneEntry?>> matches, int direct, PhraseMatch<ToneEntry?> match)
    {
        var end = match.FirstToken + match.TokenCount;
        int low = 0, high = direct;
        while (low < high)
        {
            // the first direct match that ends after the new one starts
            var middle = (low + high) / 2;
            if (matches[middle].FirstToken + matches[middle].TokenCount <= match.FirstToken)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var k = low; k < direct && matches[k].FirstToken < end; k++)
        {
            if (ReferenceEquals(matches[k].Value, match.Value))
            {
                return true;
            }
        }

        for (var k = matches.Count - 1; k >= direct && matches[k].FirstToken > match.FirstToken - longestGapped; k--)
        {
            if (ReferenceEquals(matches[k].Value, match.Value) && matches[k].FirstToken + matches[k].TokenCount > match.FirstToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a hedge match is the month: the single word "May", capitalised as written, before a number.</summary>
    private static bool IsMonthMay(PhraseMatch<ToneEntry?> match, ToneEntry entry, TokenList tokens, string normalized)
    {
        if (entry.Category != ToneCategory.Hedge || match.TokenCount != 1)
        {
            return false;
        }

        var token = tokens[match.FirstToken];
        var next = match.FirstToken + 1;
        return token.Is("may")
            && normalized[token.Start] == 'M'
            && next < tokens.Count
            && tokens[next].Kind == TokenKind.Number;
    }

    private static bool HasClauseBreak(TokenList tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].LowerView is "," or ";" or ":" or "." or "(" or ")")
            {
                return true;
            }
        }

        return false;
    }
}
