using Statements.Language;
using Statements.Text;

namespace Statements.Claims;

/// <summary>
/// Finds where one clause governed by a reporting cue holds several positions, so that each becomes a claim of its own
/// (the analyst's unit: one position, concern, request or report of discussion). A clause is cut
/// <list type="bullet">
/// <item>at a semicolon ("Xi stressed that A; B");</item>
/// <item>before an enumerator after a comma, semicolon or colon ("two options: one is to ...; the other is to ...",
/// ", first, ...");</item>
/// <item>before a quotation opened after a colon ("invited him to Kyiv: "...");</item>
/// <item>before a repeated complementizer ("said that A, and that B"; "rivals but that ...");</item>
/// <item>before a repeated preposition after a comma or "as well as" that opens a complement with a matter of its own
/// ("the importance of A, of B and of C"; "thanked him for A, as well as for B"), but not before a short one ("for
/// history, for the people") nor after a bare "and" unless a cut of the kind came before ("a window for diplomacy
/// and for Russia to step back");</item>
/// <item>before a coordinated complement headed by a position noun ("the need for A and the importance of B");</item>
/// <item>before a part after ", and" or ", but" with a finite verb of its own (", and is exploring ..."; ", and the
/// U.S. side should ..."), not before a relative or embedded question (", and prosperous nation that can ...",
/// ", and what the plans are").</item>
/// </list>
/// A list of topics under one verb ("discussed Ukraine, Gaza and the Korean Peninsula") has none of these and stays
/// whole. Every part keeps at least three words, and the first holds two words of matter after its cue. The words come from the language: <c>coordinators</c>,
/// <c>enumerators</c>, <c>complement-prepositions</c>, <c>position-nouns</c>, <c>finite-verbs</c>, <c>determiners</c>,
/// <c>subject-words</c>, <c>stop-words</c>, <c>cue-adverbs</c>. Stateless and thread-safe.
/// </summary>
internal sealed class PositionSplitter
{
    /// <summary>The fewest words a part keeps on either side of a cut.</summary>
    private const int MinimumWords = 3;

    /// <summary>How many words a coordinated part may put before its own verb (", and deficits in development and security are").</summary>
    private const int MaximumSubjectWords = 6;

    private readonly ReadoutLanguage language;

    /// <summary>Creates a splitter that reads <paramref name="language"/>'s word lists.</summary>
    public PositionSplitter(ReadoutLanguage language) => this.language = language;

    /// <summary>+1 for an opening bracket, -1 for a closing one, else 0.</summary>
    private static int Bracket(Token token) => token.Is("(") || token.Is("[") ? 1 : token.Is(")") || token.Is("]") ? -1 : 0;

    /// <summary>A cut inside a clause: the part before it ends before <see cref="End"/> (connectors trimmed), the next starts at <see cref="Start"/>.</summary>
    public readonly record struct Cut(int End, int Start);

    /// <summary>
    /// Adds to <paramref name="cuts"/> (in order) where positions start inside the clause of tokens
    /// [<paramref name="start"/>, <paramref name="end"/>) whose cue's matter starts at <paramref name="contentStart"/>.
    /// </summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="classes">The word classes of <paramref name="tokens"/>.</param>
    /// <param name="text">The normalised text they point into.</param>
    /// <param name="start">The clause's first token (its subject or cue).</param>
    /// <param name="contentStart">The first token of what the clause's cue governs.</param>
    /// <param name="end">The token after the clause.</param>
    /// <param name="verbCue">Whether the clause is governed by a verb, so a verb phrase coordinated with it is a position of its own.</param>
    /// <param name="cuts">Receives the cuts, first to last.</param>
    public void FindCuts(TokenList tokens, TokenClasses classes, string text, int start, int contentStart, int end, bool verbCue, List<Cut> cuts)
    {
        var last = start;                  // the first token of the part being read
        var finiteInContent = false;       // a verb of its own in the matter before the token being read
        var hasThat = false;               // a complementizer before it ("said that ...")
        var repeated = false;              // a cut before a repeated preposition already made
        var depth = 0;                     // brackets open before the token being read: "(local time; night ...)" holds no position
        for (var k = start; k < Math.Max(contentStart, start); k++)
        {
            depth = Math.Max(0, depth + Bracket(tokens[k]));
        }

        for (var k = Math.Max(contentStart, start); k < end; k++)
        {
            var token = tokens[k];
            if (Bracket(token) != 0 || depth > 0)
            {
                depth = Math.Max(0, depth + Bracket(token));
                continue;
            }

            if (!token.IsWord)
            {
                // Punctuation: a semicolon, a colon or a comma may open a position; no other mark does.
                if (token.Is(";"))
                {
                    var next = k + 1;
                    if (next < end && language.Coordinators.TryMatchAt(tokens, next, text, out var joined))
                    {
                        next += joined.TokenCount;
                    }

                    TryCut(tokens, contentStart, k, next, end, ref last, cuts);
                }
                else if (token.Is(":"))
                {
                    if (k + 1 < end && (IsQuote(tokens[k + 1], text) || IsEnumerator(tokens, k + 1, end, text)))
                    {
                        TryCut(tokens, contentStart, k, k + 1, end, ref last, cuts);
                    }
                }
                else if (token.Is(","))
                {
                    var next = k + 1;
                    if (next < end && (IsEnumerator(tokens, next, end, text) || hasThat && tokens[next].Is("that")))
                    {
                        TryCut(tokens, contentStart, k, next, end, ref last, cuts);
                    }
                    else if (next < end && OpensRepeatedComplement(tokens, text, contentStart, k, next, end))
                    {
                        repeated |= TryCut(tokens, contentStart, k, next, end, ref last, cuts);
                    }
                }

                continue;
            }

            if (k > contentStart && classes.Is(k, WordClass.CoordinatorStart) && language.Coordinators.TryMatchAt(tokens, k, text, out var coordinator))
            {
                var comma = tokens[k - 1].Is(",");
                var boundary = comma ? k - 1 : k;
                var next = k + coordinator.TokenCount;
                if (next < end && (comma || coordinator.TokenCount > 1 || repeated) && OpensRepeatedComplement(tokens, text, contentStart, k, next, end))
                {
                    repeated |= TryCut(tokens, contentStart, boundary, next, end, ref last, cuts);
                }
                else if (next < end && (hasThat && tokens[next].Is("that")
                    || OpensPositionNoun(tokens, next, end)
                    || comma && coordinator.TokenCount == 1 && OpensVerbOfItsOwn(tokens, text, contentStart, boundary, next, end, verbCue, finiteInContent)))
                {
                    TryCut(tokens, contentStart, boundary, next, end, ref last, cuts);
                }

                k += coordinator.TokenCount - 1;
                continue;
            }

            hasThat |= token.Is("that");
            finiteInContent = finiteInContent || classes.Is(k, WordClass.FiniteVerb);
        }
    }

    /// <summary>
    /// Cuts before <paramref name="next"/> when both parts keep <see cref="MinimumWords"/> words and the part before holds
    /// two words of matter ("We emphasised, firstly, that ..." is not cut after "emphasised"); says whether it cut.
    /// </summary>
    private static bool TryCut(TokenList tokens, int contentStart, int boundary, int next, int end, ref int last, List<Cut> cuts)
    {
        if (next > last && HasWords(tokens, last, boundary, MinimumWords) && HasWords(tokens, Math.Max(last, contentStart), boundary, 2)
            && HasWords(tokens, next, end, MinimumWords))
        {
            cuts.Add(new Cut(boundary, next));
            last = next;
            return true;
        }

        return false;
    }

    /// <summary>An enumerator at <paramref name="at"/>: a phrase ("the other is"), or a word with a comma after it ("first, ...").</summary>
    private bool IsEnumerator(TokenList tokens, int at, int end, string text) =>
        language.Enumerators.TryMatchAt(tokens, at, text, out var match)
        && (match.TokenCount > 1 || at + 1 < end && tokens[at + 1].Is(","));

    private static bool IsQuote(Token token, string text) =>
        !token.IsWord && text[token.Start] is '"' or '\u201C' or '\u201D' or '\'' or '\u2018';

    /// <summary>
    /// A preposition at <paramref name="next"/> that the matter already used (between <paramref name="contentStart"/> and
    /// <paramref name="before"/>), opening a complement of three words or more besides determiners before the next
    /// coordinator or punctuation other than a comma: "..., of protecting ourselves against any threat", "..., and for
    /// consistent, unwavering support", not ", for the people and".
    /// </summary>
    private bool OpensRepeatedComplement(TokenList tokens, string text, int contentStart, int before, int next, int end)
    {
        var preposition = tokens[next].LowerView;
        if (!language.ComplementPrepositions.Contains(preposition))
        {
            return false;
        }

        var used = false;
        for (var k = contentStart; k < before && !used; k++)
        {
            used = tokens[k].LowerView.SequenceEqual(preposition);
        }

        if (!used)
        {
            return false;
        }

        var words = 0;
        for (var k = next + 1; k < end && words < MinimumWords && (tokens[k].IsWord || tokens[k].Is(",")) && !language.Coordinators.TryMatchAt(tokens, k, text, out _); k++)
        {
            if (tokens[k].IsWord && !language.Determiners.Contains(tokens[k].LowerView))
            {
                words++;
            }
        }

        return words >= MinimumWords;
    }

    /// <summary>A complement headed by a position noun after a determiner and at most one word: "the importance of", "their aligned ambitions for".</summary>
    private bool OpensPositionNoun(TokenList tokens, int next, int end)
    {
        if (!tokens[next].IsWord || !language.Determiners.Contains(tokens[next].LowerView))
        {
            return false;
        }

        for (var k = next + 1; k < Math.Min(end, next + 3); k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (language.PositionNouns.Contains(tokens[k].LowerView))
            {
                return k + 1 < end;
            }
        }

        return false;
    }

    /// <summary>
    /// A part after ", and" with a finite verb of its own within a few words: a verb phrase (", and is exploring ...")
    /// after a clause that has a verb; or a clause with its own subject (", and the U.S. side should ...") after a matter
    /// that has a verb or four words, so a list of subjects ("China, Russia, and the US are") is not cut. The subject opens
    /// with a subject word, a determiner, a capital or a word of matter (not "what", "how"), and holds no relative
    /// pronoun (", and prosperous nation that can ...").
    /// </summary>
    private bool OpensVerbOfItsOwn(TokenList tokens, string text, int contentStart, int boundary, int next, int end, bool verbCue, bool finiteInContent)
    {
        var verb = next;
        var subject = false;
        while (verb < end && verb < next + MaximumSubjectWords + 1 && tokens[verb].IsWord && !language.FiniteVerbs.Contains(tokens[verb].LowerView))
        {
            if (tokens[verb].Is("that") || tokens[verb].Is("which") || tokens[verb].Is("who"))
            {
                return false;
            }

            subject |= !language.CueAdverbs.Contains(tokens[verb].LowerView);
            verb++;
        }

        if (verb + 1 >= end || !language.FiniteVerbs.Contains(tokens[verb].LowerView) || !tokens[verb + 1].IsWord)
        {
            return false;
        }

        if (!subject)
        {
            return verbCue || finiteInContent;
        }

        var first = tokens[next].LowerView;
        var opensSubject = language.SubjectWords.Contains(first) || language.Determiners.Contains(first) || char.IsUpper(text[tokens[next].Start])
            || !language.StopWords.Contains(first);
        return opensSubject && (finiteInContent || HasWords(tokens, contentStart, boundary, 4));
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>) hold at least <paramref name="count"/> words; stops
    /// counting there, so trying every comma of a long clause stays linear.</summary>
    private static bool HasWords(TokenList tokens, int from, int to, int count)
    {
        var words = 0;
        for (var k = from; k < to && words < count; k++)
        {
            words += tokens[k].IsWord ? 1 : 0;
        }

        return words >= count;
    }
}
