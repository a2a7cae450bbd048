using Statements.Language;
using Statements.Text;

namespace Statements.Attribution;

/// <summary>
/// Stage 3b of the pipeline: says who a stretch of words names, for one readout. A participant by any word
/// of their name; a role ("the President", "the Chinese leader", "the President of Russia") by title and
/// country, the readout's own side first when the title alone is ambiguous; a country acting as subject
/// ("Russia proposed ...") by the participant who speaks for it; "he" or "she" by the last single participant
/// spoken of; "the two leaders", "both sides", "they", and two participants, roles or countries joined by "and" ("The
/// Prime Minister and President", "Canada and the U.S.", "President Trump and I") as both; "our President" as the
/// readout's own side's. In a first-person text (a leader's own statement, see <see cref="ParticipantDetector"/>) "I" is
/// the author, and "we" is the author unless the clause is a report of discussion or holds a joint word ("together").
/// Immutable and thread-safe.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly IReadOnlyList<Participant> participants;
    private readonly Dictionary<string, Participant> byWord;
    private readonly string side;
    private readonly ReadoutLanguage language;
    private readonly Participant? author;

    /// <summary>Creates a resolver over one readout's participants.</summary>
    /// <param name="participants">The readout's participants.</param>
    /// <param name="side">The readout's side.</param>
    /// <param name="language">The language whose lists it reads.</param>
    /// <param name="author">The participant whose own first-person statement the readout is, or null.</param>
    public SpeakerResolver(IReadOnlyList<Participant> participants, string side, ReadoutLanguage language, Participant? author = null)
    {
        this.language = language;
        this.author = author;
        this.participants = participants;
        this.side = side;
        byWord = new Dictionary<string, Participant>(StringComparer.Ordinal);

        // Every mention, one per line, tokenized at once; a line break reads as the end of a text to the tokenizer.
        var ends = new int[participants.Count];
        var length = 0;
        for (var p = 0; p < participants.Count; p++)
        {
            foreach (var mention in participants[p].Mentions)
            {
                length += mention.Length + 1;
            }

            ends[p] = length;
        }

        using var mentions = TokenizedText.Of(string.Create(length, participants, static (destination, participants) =>
        {
            var at = 0;
            foreach (var participant in participants)
            {
                foreach (var mention in participant.Mentions)
                {
                    mention.CopyTo(destination[at..]);
                    at += mention.Length;
                    destination[at++] = '\n';
                }
            }
        }));
        var known = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var owner = 0;
        foreach (var word in mentions.Tokens)
        {
            while (word.Start >= ends[owner])
            {
                owner++;
            }

            if (word.IsWord && word.Length > 1 && !language.NameStopWords.Contains(word.LowerView) && !language.NameParticles.Contains(word.LowerView)
                && language.FindCountryWord(word.LowerView) is null && !known.ContainsKey(word.LowerView))
            {
                byWord.Add(word.LowerString(), participants[owner]);
            }
        }
    }

    /// <summary>The participant whose name opens the sentence ("Wang, also a member of ..."), or null.</summary>
    public string? NameAtStart(TokenList tokens, string text)
    {
        for (var i = 0; i < Math.Min(tokens.Count, 3) && tokens[i].IsWord; i++)
        {
            if (byWord.TryGetValue(tokens[i].LowerView, out var named) && char.IsUpper(text[tokens[i].Start]))
            {
                return named.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The speaker of the subject that opens a sentence, or that follows its opening phrase up to a first comma ("Speaking
    /// about Ukraine, Joseph Biden made ..."), or null: a participant named after nothing but titles and countries
    /// ("President Putin set forth ...", "U.S. President Biden ...", "President Joseph R. Biden, Jr. spoke ..."), a role ("The
    /// President of Russia gave ..."), "I" in its author's statement, a phrase for both before a verb in the past or a cue
    /// ("The two leaders assessed ...", not "The two choices point ...") or two of these joined by "and" ("Canada and the
    /// U.S. will ..."), followed by a lower-case word. Not a possessive ("Putin's visit"), not after another word ("If
    /// President Biden ..."), and not a country alone ("China follows ...", whose holder the text around decides).
    /// <paramref name="inSpeech"/>: the sentence stands in a participant's reported speech, where a joint subject before a
    /// modal or auxiliary ("The two countries should ...", "China and the United States will ...") is that speech's content.
    /// </summary>
    public string? SubjectAtStart(TokenList tokens, string text, string? lastSingle = null, bool inSpeech = false)
    {
        if (SubjectAt(tokens, text, lastSingle, inSpeech) is { } subject)
        {
            return subject;
        }

        if (language.TimeOpeners.TryMatchAt(tokens, 0, text, out var time) && time.TokenCount < tokens.Count && tokens[time.TokenCount].IsWord
            && SubjectAt(tokens.Slice(time.TokenCount, tokens.Count - time.TokenCount), text, lastSingle, inSpeech) is { } afterTime)
        {
            return afterTime; // "Today President Biden spoke with ...": a phrase of time before the subject, with no comma
        }

        for (var comma = 1; comma < Math.Min(tokens.Count, LongOpeningLength); comma++)
        {
            if (tokens[comma].Is(","))
            {
                return comma < OpeningLength || IsLongOpening(tokens, comma, text) ? SubjectAt(tokens.Slice(comma + 1, tokens.Count - comma - 1), text, lastSingle, inSpeech) : null;
            }
        }

        return null;
    }

    /// <summary>The tokens an opening phrase may hold before its comma, and a longer one that a preposition or a participle opens.</summary>
    private const int OpeningLength = 12, LongOpeningLength = 20;

    /// <summary>
    /// Whether the tokens before <paramref name="comma"/> make one long adverbial phrase: a preposition (a word of
    /// phrase-openers.txt that determiners.txt does not hold) or a participle in "-ing" (not a country or title word such as
    /// "Beijing" or "King") opens them, and no auxiliary or modal of finite-verbs.txt stands among them ("Out of an abundance
    /// of caution and at the recommendation of their militaries, ...", "Following on from the discussions in Paris on 8
    /// February 2023 with ..., President Macron ..."), not a clause ("Joining President Biden on the call was ..., ...", "The
    /// following leaders also joined ...").
    /// </summary>
    private bool IsLongOpening(TokenList tokens, int comma, string text)
    {
        var first = tokens[0];
        if (!first.IsWord)
        {
            return false;
        }

        var preposition = language.PhraseOpeners.Contains(first.LowerView) && !language.Determiners.Contains(first.LowerView);
        var participle = first.Length > 4 && first.LowerView.EndsWith("ing", StringComparison.Ordinal)
            && !language.CountryMatcher.TryMatchAt(tokens, 0, text, out _) && !language.TitleMatcher.TryMatchAt(tokens, 0, text, out _);
        if (!preposition && !participle)
        {
            return false;
        }

        for (var k = 1; k < comma; k++)
        {
            if (language.FiniteVerbs.Contains(tokens[k].LowerView))
            {
                return false;
            }
        }

        return true;
    }

    private string? SubjectAt(TokenList tokens, string text, string? lastSingle, bool inSpeech)
    {
        if (tokens.Count > 0 && language.BothMatcher.TryMatchAt(tokens, 0, text, out var both) && IsLowerWord(tokens, both.TokenCount, text)
            && !IsCorrelativeBoth(tokens, 0, both.TokenCount))
        {
            return IsPeople(tokens[both.TokenCount - 1]) && !(inSpeech && IsModal(tokens, both.TokenCount)) || IsReportVerb(tokens, both.TokenCount, text, inSpeech) ? Speakers.Both : null;
        }

        if (author is not null && tokens.Count > 1 && language.FirstPersonPlural.Contains(tokens[0].LowerView) && !IsRoleAfter(tokens, 1))
        {
            return IsJointClause(tokens, 1, text) ? Speakers.Both : author.Name; // "We will work together ...", "Our respective teams ..."
        }

        var end = 0;
        var person = false;
        var counterpart = false;
        while (end < tokens.Count && end < 16)
        {
            var token = tokens[end];
            if (!token.IsWord)
            {
                if (end > 0 && token.Is(".") && tokens[end - 1].IsWord && char.IsUpper(text[tokens[end - 1].Start]))
                {
                    end++; // "Mr.", an initial
                }
                else if (end > 0 && token.Is(",") && end + 2 < tokens.Count && tokens[end + 1].Length <= 3 && char.IsUpper(text[tokens[end + 1].Start]) && tokens[end + 2].Is("."))
                {
                    end += 3; // "Joseph R. Biden, Jr."
                }
                else
                {
                    break;
                }

                continue;
            }

            var upper = char.IsUpper(text[token.Start]);
            if (upper && language.TitleMatcher.TryMatchAt(tokens, end, text, out var title))
            {
                person |= language.RoleHeads.Contains(tokens[end + title.TokenCount - 1].LowerView);
                end += title.TokenCount;
            }
            else if (language.CountryMatcher.TryMatchAt(tokens, end, text, out var country))
            {
                end += country.TokenCount;
            }
            else if (upper && (byWord.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(token.LowerView) || language.RoleHeads.Contains(token.LowerView)) || IsAuthorI(token, text))
            {
                person = true;
                end++;
            }
            else if (upper && end > 0 && end + 1 < tokens.Count && tokens[end + 1].Is(".") && (token.Length == 1 || token.Length <= 3 && language.NameStopWords.Contains(token.LowerView)))
            {
                end += 2; // an initial or a suffix: "Joseph R. Biden Jr."
            }
            else if (end > 0 && tokens[end - 1].Is("and") && CounterpartAfterAnd(tokens, end, text) is > 0 and var nounEnd)
            {
                // "President William Ruto and his US counterpart, Joe Biden agreed ...": the leader and the other one.
                counterpart = true;
                end = nounEnd < tokens.Count - 1 && tokens[nounEnd].Is(",") && char.IsUpper(text[tokens[nounEnd + 1].Start]) ? nounEnd + 1 : nounEnd;
            }
            else if (token.Is("the") || end > 0 && (token.Is("of") || token.Is("and")) || end == 0 && language.FirstPersonPlural.Contains(token.LowerView) && IsRoleAfter(tokens, end + 1))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        if (end == 0 || tokens[end - 1].Is("and") || tokens[end - 1].Is("of") || tokens[end - 1].Is("the"))
        {
            return null;
        }

        // An aside between commas after the subject ("President Biden, joined by Vice President Harris, spoke ..."): the
        // sentence goes on after it.
        var next = end < tokens.Count && tokens[end].Is(",") && AsideEnd(tokens, end, text) is var close and > 0
            && !language.Coordinators.TryMatchAt(tokens, close + 1, text, out _) ? close + 1 : end;
        if (!IsLowerWord(tokens, next, text))
        {
            return null;
        }

        var speaker = person && counterpart ? Speakers.Both : Resolve(tokens, 0, end, text, lastSingle);
        if (speaker == Speakers.Both)
        {
            return IsReportVerb(tokens, next, text, inSpeech) ? speaker : null;
        }

        return person ? speaker : null;
    }

    /// <summary>Whether the counterpart noun at <paramref name="noun"/> ends "and his counterpart" after someone named within
    /// [<paramref name="from"/>, <paramref name="noun"/>): "President William Ruto and his US counterpart".</summary>
    private bool IsLeaderAndCounterpart(TokenList tokens, int from, int noun, string text)
    {
        for (var at = noun - 1; at > from + 1 && at >= noun - 5; at--)
        {
            if (tokens[at - 1].Is("and") && CounterpartAfterAnd(tokens, at, text) == noun + 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="noun"/>] are a leader's titles and name, "and", then
    /// "his counterpart" (the counterpart noun at <paramref name="noun"/>): "President William Ruto and his US counterpart",
    /// not "Following a call between President Biden and his Japanese counterpart".</summary>
    public bool IsLeaderAndCounterpartSubject(TokenList tokens, int from, int noun, string text)
    {
        if (!IsLeaderAndCounterpart(tokens, from, noun, text))
        {
            return false;
        }

        for (var k = from; k < noun && !tokens[k].Is("and"); k++)
        {
            if (!(tokens[k].Is(".") || tokens[k].IsWord && char.IsUpper(text[tokens[k].Start])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token after "his counterpart" at <paramref name="at"/> (a possessive of <c>counterpart-cues.txt</c>, a country
    /// or its people's adjective between or not, "his US counterpart", "her Chinese counterpart", then a noun of that file), or 0.</summary>
    private int CounterpartAfterAnd(TokenList tokens, int at, string text)
    {
        if (!language.CounterpartPossessives.Contains(tokens[at].LowerView))
        {
            return 0;
        }

        var k = at + 1;
        if (k < tokens.Count && language.CountryMatcher.TryMatchAt(tokens, k, text, out var country))
        {
            k += country.TokenCount;
        }

        return k < tokens.Count && language.CounterpartNouns.Contains(tokens[k].LowerView) ? k + 1 : 0;
    }

    /// <summary>
    /// The closing comma of an aside that opens at the comma <paramref name="comma"/> after a subject, or 0: the aside starts
    /// with a lower-case word ("joined by", "accompanied by", "who"), holds no other punctuation than full stops of initials
    /// and titles, and ends within <see cref="AsideLength"/> tokens at a comma followed by a lower-case word (the caller
    /// refuses a coordinator there: "Omar Diaz, director of fisheries, and Anna Lind" is one subject of two people).
    /// </summary>
    private static int AsideEnd(TokenList tokens, int comma, string text)
    {
        if (!IsLowerWord(tokens, comma + 1, text))
        {
            return 0;
        }

        for (var i = comma + 2; i < tokens.Count && i <= comma + AsideLength; i++)
        {
            var token = tokens[i];
            if (token.Is(","))
            {
                return IsLowerWord(tokens, i + 1, text) ? i : 0;
            }

            if (!token.IsWord && !token.Is("."))
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>The most tokens an aside between commas after a sentence's subject may hold.</summary>
    private const int AsideLength = 14;

    /// <summary>Whether a word of a phrase for both names people by their office ("leaders", "presidents", "sides"): a role head, or one with a plural "s".</summary>
    private bool IsPeople(Token word) =>
        language.RoleHeads.Contains(word.LowerView) || word.Length > 2 && word.LowerView.EndsWith("s") && language.RoleHeads.Contains(word.LowerView[..^1]);

    /// <summary>Whether a modal or auxiliary stands at <paramref name="at"/>, after adverbs ("should", "will").</summary>
    private bool IsModal(TokenList tokens, int at)
    {
        while (at < tokens.Count && language.CueAdverbs.Contains(tokens[at].LowerView))
        {
            at++;
        }

        return at < tokens.Count && language.FiniteVerbs.Contains(tokens[at].LowerView);
    }

    /// <summary>
    /// Whether the verb at <paramref name="at"/> (after adverbs) reports what a joint subject did: a cue or a verb in the past
    /// ("assessed", "reflected"; not "need"); outside reported speech also a modal or auxiliary ("will", "should").
    /// </summary>
    private bool IsReportVerb(TokenList tokens, int at, string text, bool inSpeech)
    {
        while (at < tokens.Count && language.CueAdverbs.Contains(tokens[at].LowerView))
        {
            at++;
        }

        if (at >= tokens.Count || !tokens[at].IsWord)
        {
            return false;
        }

        var word = tokens[at].LowerView;
        return language.Cues.TryMatchAt(tokens, at, text, out _) || word.EndsWith("ed") && !word.EndsWith("eed") || !inSpeech && language.FiniteVerbs.Contains(word);
    }

    /// <summary>
    /// Whether a sentence without a cue speaks of the engagement itself, the publisher's framing: its subject is the talks
    /// ("The call lasted ...", "In general, the conversation was constructive ...", "This is the second conversation ...").
    /// The subject may follow an opening phrase closed by a comma within four words, and holds at most five lower-case
    /// words before the talk noun.
    /// </summary>
    public bool SpeaksOfTheTalks(TokenList tokens, string text)
    {
        var start = 0;
        for (var k = 0; k < Math.Min(tokens.Count, 5); k++)
        {
            if (tokens[k].Is(","))
            {
                start = k + 1;
                break;
            }
        }

        for (var k = start; k < Math.Min(tokens.Count, start + 6); k++)
        {
            var token = tokens[k];
            if (token.IsWord && (language.EngagementNouns.Contains(token.LowerView) || language.TalkNouns.TryMatchAt(tokens, k, text, out _)))
            {
                return k > start;
            }

            if (token.Is("'s"))
            {
                continue; // "Today's call ..."
            }

            if (!token.IsWord || k > start && char.IsUpper(text[token.Start]) || language.Cues.TryMatchAt(tokens, k, text, out _))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The speaker a label names at the sentence's start, or null: a participant's name (with titles) or a phrase for both,
    /// then a colon, as transcripts and summaries in dialogue form write it ("Prime Minister Kishida Fumio: The Japan-U.S.
    /// alliance will remain ...", "Both leaders: We will work ..."); the narrator for a one-word label that names no
    /// participant ("Question: Is it possible ...?"). A dateline ("BEIJING:"), "He said:" and a label naming the readout's
    /// author or someone who speaks for no side (an aide who briefs) are no labels.
    /// </summary>
    public string? LabelAtStart(TokenList tokens, string text)
    {
        var colon = -1;
        for (var k = 1; k < Math.Min(tokens.Count, MaxLabelLength + 1); k++)
        {
            if (tokens[k].Is(":"))
            {
                colon = k;
                break;
            }
        }

        if (colon < 0 || colon + 1 >= tokens.Count)
        {
            return null;
        }

        if (language.BothMatcher.TryMatchAt(tokens, 0, text, out var both) && both.TokenCount == colon)
        {
            return Speakers.Both;
        }

        var named = false;
        for (var k = 0; k < colon; k++)
        {
            if (!(tokens[k].Is(".") || tokens[k].IsWord && char.IsUpper(text[tokens[k].Start])))
            {
                return null;
            }

            named |= tokens[k].IsWord && byWord.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(tokens[k].LowerView);
        }

        if (!named)
        {
            // One capitalised word that is neither a place nor written in capitals (a dateline: "BEIJING:") labels a voice
            // that is no participant's: "Question: Is it possible ...?" is the journalist's, not the speech before it.
            var word = tokens[0];
            var label = text.AsSpan(word.Start, word.Length);
            return colon == 1 && word.IsWord && (word.Length == 1 || label.ContainsAnyInRange('a', 'z'))
                && !language.CountryMatcher.TryMatchAt(tokens, 0, text, out _) && language.FindCountryWord(word.LowerView) is null
                ? Speakers.Narrator
                : null;
        }

        // Only a participant who speaks for a side: an aide who briefs ("Yury Ushakov: You know very well ...", in the
        // Kremlin's transcript of his briefing) speaks as the publisher, as his unlabelled words do.
        return Resolve(tokens, 0, colon, text, null, out var inferred) is { } speaker && !inferred && speaker != author?.Name
            && participants.Any(p => p.Name == speaker && p.Country is not null) ? speaker : null;
    }

    /// <summary>The most tokens a speaker label may hold before its colon.</summary>
    private const int MaxLabelLength = 8;

    /// <summary>
    /// The speaker named last in tokens [<paramref name="from"/>, <paramref name="to"/>), or null when none is.
    /// </summary>
    public string? Resolve(TokenList tokens, int from, int to, string text, string? lastSingle) => Resolve(tokens, from, to, text, lastSingle, out _);

    /// <summary>
    /// The speaker named last in tokens [<paramref name="from"/>, <paramref name="to"/>), or null when none is;
    /// <paramref name="inferred"/> says whether it was carried over from earlier sentences ("he", "she") rather than named.
    /// </summary>
    public string? Resolve(TokenList tokens, int from, int to, string text, string? lastSingle, out bool inferred)
    {
        inferred = false;
        while (from < to && IsOpeningMark(tokens[from]))
        {
            from++; // a quotation that opens with its subject: "“The Federal Chancellor and the President condemned ...”"
        }

        if (from >= to)
        {
            return null;
        }

        if (language.BothMatcher.TryMatchAt(tokens, from, text, out var opening) && from + opening.TokenCount < to && tokens[from + opening.TokenCount].Is("of") || IsJoint(tokens, from, to, text))
        {
            return Speakers.Both; // "The Presidents of Ukraine and the United States", "The Prime Minister and President"
        }

        for (var i = to - 1; i >= from; i--)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                continue;
            }

            if (char.IsUpper(text[token.Start]) && byWord.TryGetValue(token.LowerView, out var named))
            {
                return IsCoordinated(tokens, from, i, text) ? Speakers.Both : named.Name;
            }

            if (language.CounterpartNouns.Contains(token.LowerView) && IsLeaderAndCounterpart(tokens, from, i, text))
            {
                return Speakers.Both; // "President William Ruto and his US counterpart(, Joe Biden)"
            }

            if (language.Pronouns.Contains(token.LowerView))
            {
                inferred = true;
                return lastSingle ?? OwnLeader()?.Name;
            }

            if (author is not null && (IsAuthorI(token, text) || language.FirstPersonPlural.Contains(token.LowerView) && !IsRoleAfter(tokens, i + 1)))
            {
                return IsAuthorI(token, text) || !IsJointClause(tokens, to, text) ? author.Name : Speakers.Both;
            }

            if (IsLeaderTitle(tokens, from, i, text, out var lastWord))
            {
                // "The Head of State noted ...", "the Ukrainian head of state said": the leader of the side the words give
                // (no one, where no participant speaks for it), else the own side's.
                return RoleCountry(tokens, from, lastWord, text) is { } leaderOf ? SpeakingFor(leaderOf)?.Name : OwnLeader()?.Name;
            }

            if (language.RoleHeads.Contains(token.LowerView))
            {
                var role = ResolveRole(tokens, from, i, text);
                if (role is not null)
                {
                    return role;
                }
            }

            var bothStart = language.BothMatcher.CanEndWith(token.LowerView) ? Math.Max(from, i - 4) : i + 1; // no phrase for both ends here: none tried
            for (var s = bothStart; s <= i; s++)
            {
                if (language.BothMatcher.TryMatchAt(tokens, s, text, out var both) && s + both.TokenCount - 1 == i && !IsCorrelativeBoth(tokens, s, both.TokenCount))
                {
                    return Speakers.Both;
                }
            }

            if (char.IsUpper(text[token.Start]) && language.CountryMatcher.TryMatchAt(tokens, i, text, out var country) && IsSubjectPosition(tokens, i + country.TokenCount, to))
            {
                var holder = SpeakingFor(country.Value);
                if (holder is not null)
                {
                    return holder.Name;
                }
            }
        }

        return null;
    }

    /// <summary>Whether a token opens a quotation or a bracket before the words it holds.</summary>
    private static bool IsOpeningMark(Token token) =>
        token.Kind == TokenKind.Punctuation && token.LowerView is "\"" or "\u201c" or "\u201e" or "\u00ab" or "'" or "\u2018" or "(" or "[";

    /// <summary>Whether a phrase for both at <paramref name="at"/> is the bare word "both" before a determiner: "both the world and
    /// the U.S. public have voiced this demand" pairs two things of its own ("both X and Y"), not the two leaders. "Both of
    /// them" and "both for" stay joint.</summary>
    private bool IsCorrelativeBoth(TokenList tokens, int at, int length) =>
        length == 1 && tokens[at].Is("both") && at + 1 < tokens.Count && language.Determiners.Contains(tokens[at + 1].LowerView)
        && !tokens[at + 1].Is("of") && !tokens[at + 1].Is("for");

    /// <summary>"The Prime Minister and President Biden ...", "Wang Yi, director of ..., and Jake Sullivan": two participants joined by "and".</summary>
    private bool IsCoordinated(TokenList tokens, int from, int i, string text)
    {
        var and = -1;
        for (var k = i - 1; k >= from && and < 0; k--)
        {
            if (tokens[k].Is("and"))
            {
                and = k;
            }
        }

        if (and < 0)
        {
            return false;
        }

        byWord.TryGetValue(tokens[i].LowerView, out var named);
        for (var m = from; m < and; m++)
        {
            var isOther = byWord.TryGetValue(tokens[m].LowerView, out var other) && other != named && char.IsUpper(text[tokens[m].Start]);
            var isRole = language.RoleHeads.Contains(tokens[m].LowerView) && !tokens[m].Is("side");
            if (isOther || isRole)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a title that names a side's leader whatever the office (<c>leader-titles</c>: "head of state") starts at
    /// <paramref name="i"/>, after "the" (with at most one word between: "the Ukrainian head of state") or written with
    /// capitals as the subject's first words; <paramref name="lastWord"/>
    /// is its last token. "Leader" alone is left to <see cref="ResolveRole"/>, which gives it a holder only with a country.
    /// </summary>
    private bool IsLeaderTitle(TokenList tokens, int from, int i, string text, out int lastWord)
    {
        lastWord = i;
        if (!language.LeaderTitleMatcher.TryMatchAt(tokens, i, text, out var title) || title.TokenCount < 2)
        {
            return false;
        }

        lastWord = i + title.TokenCount - 1;
        return i > from && tokens[i - 1].Is("the") || i > from + 1 && tokens[i - 2].Is("the") || i == from && char.IsUpper(text[tokens[i].Start]);
    }

    private string? ResolveRole(TokenList tokens, int from, int head, string text)
    {
        var country = RoleCountry(tokens, from, head, text);
        if (country is not null)
        {
            return SpeakingFor(country)?.Name;
        }

        if (head > from && language.FirstPersonPlural.Contains(tokens[head - 1].LowerView) || head > from + 1 && language.FirstPersonPlural.Contains(tokens[head - 2].LowerView) && char.IsUpper(text[tokens[head - 1].Start]))
        {
            return OwnHolder(tokens[head].LowerView)?.Name; // "Our President", "our Prime Minister": the readout's own side
        }

        return RoleHolder(tokens, from, head, text);
    }

    /// <summary>The country a role names: before its head ("the Chinese leader", "the U.S. side") or after it ("the President
    /// of Russia"); or null.</summary>
    private string? RoleCountry(TokenList tokens, int from, int head, string text)
    {
        string? country = null;
        for (var k = head - 1; k >= Math.Max(from, head - 3) && country is null; k--)
        {
            if (language.CountryMatcher.TryMatchAt(tokens, k, text, out var c) && k + c.TokenCount <= head)
            {
                country = c.Value;
            }
        }

        if (country is null && head + 2 < tokens.Count && tokens[head + 1].Is("of"))
        {
            var k = tokens[head + 2].Is("the") ? head + 3 : head + 2;
            if (k < tokens.Count && language.CountryMatcher.TryMatchAt(tokens, k, text, out var c))
            {
                country = c.Value;
            }
        }

        return country;
    }

    /// <summary>The holder of a role with no country: with "the" or as a bare title, the only holder of a title ending in its
    /// head, or the own side's, or the first; or null.</summary>
    private string? RoleHolder(TokenList tokens, int from, int head, string text)
    {
        var head0 = tokens[head].LowerView;
        var hasArticle = head > 0 && tokens[Math.Max(from, head - 1)].Is("the") || head > 1 && tokens[head - 2].Is("the");
        if (!(hasArticle || IsBareTitle(tokens, from, head, text)) || head0 is "side" or "leader")
        {
            return null;
        }

        // A short form stands for its title's last word ("the PM": "minister" of "prime minister").
        if (language.TitleMatcher.TryMatchAt(tokens, head, text, out var shortForm) && shortForm.TokenCount == 1 && !head0.SequenceEqual(shortForm.Value))
        {
            var full = shortForm.Value;
            head0 = full.AsSpan(full.LastIndexOf(' ') + 1);
        }

        // The holders of a title ending in the head word: the only one, or the own side's, or the first.
        Participant? first = null;
        var holders = 0;
        foreach (var p in participants)
        {
            if (HoldsTitleEndingIn(p, head0))
            {
                first ??= p;
                holders++;
                if (holders > 1 && p.Country == side && first.Country != side)
                {
                    return p.Name;
                }
            }
        }

        return first?.Name;
    }

    /// <summary>
    /// Whether the subject from <paramref name="from"/> to the role head <paramref name="head"/> is a title written with
    /// capitals and nothing else, as a release may name its own leader ("Prime Minister invited Boeing ...", "President
    /// thanked ..."): the title stands for its holder as "the Prime Minister" does.
    /// </summary>
    private bool IsBareTitle(TokenList tokens, int from, int head, string text) =>
        char.IsUpper(text[tokens[from].Start]) && language.TitleMatcher.TryMatchAt(tokens, from, text, out var title) && from + title.TokenCount - 1 == head;

    private static bool HoldsTitleEndingIn(Participant participant, ReadOnlySpan<char> head)
    {
        foreach (var title in participant.Titles)
        {
            if (title.AsSpan().EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The own side's holder of a title ending in <paramref name="head"/>, else the own side's leader.</summary>
    private Participant? OwnHolder(ReadOnlySpan<char> head)
    {
        foreach (var p in participants)
        {
            if (p.Country == side && HoldsTitleEndingIn(p, head))
            {
                return p;
            }
        }

        return OwnLeader();
    }

    /// <summary>
    /// Whether tokens [<paramref name="from"/>, <paramref name="to"/>) are a subject of two joined by "and": a participant's
    /// name, a role, a country or "I" on each side ("The Prime Minister and President", "The President and the Prime
    /// Minister", "Canada and the U.S.", "President Trump and I"), nothing but subject words around them (capitalised words,
    /// "the", "of", hyphenated parts, adverbs before the cue), and not one participant twice.
    /// </summary>
    private bool IsJoint(TokenList tokens, int from, int to, string text)
    {
        // The last "and" before the cue joins the two: "The Prime Minister and the President".
        var k = to - 2;
        while (k > from && !tokens[k].Is("and"))
        {
            k--;
        }

        if (k <= from || ReferenceEndingAt(tokens, from, k - 1, text) is not { } left)
        {
            return false;
        }

        string? right = null;
        var subject = true;
        for (var m = k + 1; m < to && subject; m++)
        {
            right ??= ReferenceEndingAt(tokens, k + 1, m, text);
            subject = IsSubjectWord(tokens, m, text) || right is not null && language.CueAdverbs.Contains(tokens[m].LowerView);
        }

        for (var m = from; m < k && subject; m++)
        {
            subject = IsSubjectWord(tokens, m, text);
        }

        return subject && right is not null && (left != right || left.Length == 0);
    }

    /// <summary>
    /// What the reference ending at token <paramref name="at"/> stands for: a participant's name word (the participant's
    /// name), a role head or a country ending there, or the author's "I" (empty: a reference to someone, who is not told
    /// apart here); null when no reference ends there.
    /// </summary>
    private string? ReferenceEndingAt(TokenList tokens, int from, int at, string text)
    {
        var token = tokens[at];
        if (!token.IsWord)
        {
            return null;
        }

        if (char.IsUpper(text[token.Start]) && byWord.TryGetValue(token.LowerView, out var named))
        {
            return named.Name;
        }

        if (language.RoleHeads.Contains(token.LowerView) || token.Length == 1 && text[token.Start] == 'I' && language.FirstPersonSingular.Contains(token.LowerView))
        {
            return "";
        }

        for (var s = at; s >= Math.Max(from, at - 3); s--)
        {
            if (language.CountryMatcher.TryMatchAt(tokens, s, text, out var country) && s + country.TokenCount - 1 == at)
            {
                return "";
            }
        }

        return null;
    }

    /// <summary>A word that may stand in a subject of names, titles and countries: capitalised, "the", "of", or joined by a hyphen ("President-elect").</summary>
    private static bool IsSubjectWord(TokenList tokens, int at, string text)
    {
        var token = tokens[at];
        return token.IsWord && (char.IsUpper(text[token.Start]) || token.Is("the") || token.Is("of") || token.Start > 0 && text[token.Start - 1] == '-');
    }

    /// <summary>"I" written as the first-person pronoun, in a readout that is its author's own statement.</summary>
    private bool IsAuthorI(Token token, string text) =>
        author is not null && token.Length == 1 && text[token.Start] == 'I' && language.FirstPersonSingular.Contains(token.LowerView);

    /// <summary>
    /// Whether the first-person subject right before the cue at <paramref name="cue"/> (adverbs of a cue between them) holds
    /// the other side too, inside a participant's quotation: "President Biden and I discussed ...", or "we" in a report of
    /// discussion or a clause with a joint word ("We also discussed the vaccine roll-out"). "We are ready to discuss them"
    /// (the cue not right after "we") and "We must win this war" (no report of discussion) stay the speaker's own.
    /// </summary>
    public bool SubjectIsJoint(TokenList tokens, int cue, string text)
    {
        var k = cue - 1;
        while (k >= 0 && language.CueAdverbs.Contains(tokens[k].LowerView))
        {
            k--;
        }

        if (k < 0 || !tokens[k].IsWord)
        {
            return false;
        }

        if (tokens[k].Length == 1 && text[tokens[k].Start] == 'I' && language.FirstPersonSingular.Contains(tokens[k].LowerView))
        {
            return k > 0 && tokens[k - 1].Is("and");
        }

        return language.FirstPersonPlural.Contains(tokens[k].LowerView) && IsJointClause(tokens, cue, text);
    }

    /// <summary>Whether the clause whose cue starts at <paramref name="cue"/> is joint: a report of discussion, or a joint word ("together", "each other") before the next comma.</summary>
    private bool IsJointClause(TokenList tokens, int cue, string text)
    {
        if (cue < tokens.Count && language.Cues.TryMatchAt(tokens, cue, text, out var match) && match.Value.Kind is ReportingCueKind.Discussion or ReportingCueKind.Noun)
        {
            return true;
        }

        for (var k = cue; k < tokens.Count && !tokens[k].Is(",") && !tokens[k].Is(";"); k++)
        {
            if (language.JointWords.TryMatchAt(tokens, k, text, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a role follows at <paramref name="at"/> ("our President", "our Prime Minister").</summary>
    private bool IsRoleAfter(TokenList tokens, int at)
    {
        for (var k = at; k < Math.Min(tokens.Count, at + 2); k++)
        {
            if (language.RoleHeads.Contains(tokens[k].LowerView))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerWord(TokenList tokens, int at, string text) => at < tokens.Count && tokens[at].IsWord && char.IsLower(text[tokens[at].Start]);

    /// <summary>The first participant who speaks for <paramref name="country"/>, or null.</summary>
    private Participant? SpeakingFor(string? country)
    {
        foreach (var p in participants)
        {
            if (p.Country == country)
            {
                return p;
            }
        }

        return null;
    }

    private Participant? OwnLeader() => participants.Count == 1 ? participants[0] : SpeakingFor(side);

    private static bool IsSubjectPosition(TokenList tokens, int after, int to) => after >= to || after < tokens.Count && tokens[after].IsWord && !tokens[after].Is("'s");
}
