using Statements.Sentences;
using Statements.Attribution;
using Statements.Language;
using Statements.Text;

namespace Statements.Claims;

/// <summary>
/// The default <see cref="IClaimExtractor"/>, built from rules of readout language.
/// <list type="bullet">
/// <item>A claim is one position: a clause governed by a reporting cue ("President Biden emphasized ..."). A second
/// cue with its own subject (", and he emphasized ...", "and the Prime Minister thanked ..."), a participle
/// (", noting ..."), a cue coordinated with the one before ("welcomed X and urged Y", "discussed X - exchanged Y"), a
/// leading participle ("Noting that X, Xi said Y") and a report of discussion before a coordinated cue ("had an
/// exchange of views on X and agreed Y") each start a claim, with the cue's subject or the speaker it shares.</item>
/// <item>A clause that holds several positions is cut further by <see cref="PositionSplitter"/> (semicolons,
/// enumerations, repeated complements, coordinated parts with a verb or a position noun of their own); each part keeps
/// the clause's cue and speaker. A list of topics under one verb stays one claim.</item>
/// <item>The speaker is the subject of the cue (see <see cref="SpeakerResolver"/>); a report of discussion with
/// no subject of its own is held by both sides.</item>
/// <item>A sentence without a cue whose subject is a participant's name ("President Putin set forth ...") is that
/// participant's. Any other sentence without a cue continues the speech reported before it in the same paragraph
/// ("Xi stressed that ... . The two countries should ...") and keeps that speaker; at the start of a
/// paragraph it is the narrator's, unless the paragraph opens with a quotation.</item>
/// <item>A quotation closed by its speaker ("...," Ana Moana said; also with the comma outside the quotation marks,
/// "...", Ana Moana said) is that speaker's. While a quotation of a participant runs on, over sentences and over
/// paragraphs that open with quotation marks, "I" in it is that participant and "we" is read as in her own statement
/// (see <see cref="SpeakerResolver"/>).</item>
/// <item>A sentence that only says the engagement took place ("... spoke today with ...") is narration, not a claim.</item>
/// </list>
/// Stateless and thread-safe.
/// </summary>
public sealed class RuleClaimExtractor : IClaimExtractor
{
    private readonly ReadoutLanguage language;
    private readonly PositionSplitter positions;

    /// <summary>Creates an extractor that reads <paramref name="language"/>'s cues, negators, modal words and clause words.</summary>
    public RuleClaimExtractor(ReadoutLanguage language)
    {
        this.language = language ?? throw new ArgumentNullException(nameof(language));
        positions = new PositionSplitter(language);
    }

    /// <summary>The extractor for <see cref="ReadoutLanguage.English"/>.</summary>
    public static RuleClaimExtractor Instance { get; } = new(ReadoutLanguage.English);

    /// <summary>The language the extractor reads.</summary>
    public ReadoutLanguage Language => language;

    private WordSet PassiveAuxiliaries => language.PassiveAuxiliaries;
    private WordSet Determiners => language.Determiners;
    private WordSet Adverbs => language.CueAdverbs;
    private WordSet ClauseBreaks => language.ClauseBreaks;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sentence's span does not lie inside <paramref name="normalized"/>.</exception>
    public IReadOnlyList<ExtractedClaim> Extract(string normalized, IReadOnlyList<SentenceSpan> sentences, IReadOnlyList<bool> eligible, IReadOnlyList<Participant> participants, string side)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(sentences);
        for (var s = 0; s < sentences.Count; s++)
        {
            var span = sentences[s].Span;
            if (span.Start < 0 || span.Length < 0 || span.End > normalized.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(sentences), span, $"Sentence {s}'s span must lie inside the text of {normalized.Length} characters.");
            }
        }

        using var shared = TokenizedText.Of(normalized);
        return Extract(normalized, sentences, eligible, participants, side, shared);
    }

    /// <summary>
    /// As the public overload, reading each sentence's tokens from <paramref name="shared"/> where given; <paramref name="author"/>,
    /// where given, is the participant whose own first-person statement the readout is (see <see cref="ParticipantDetector"/>):
    /// "I" is the author, and so is what would otherwise be the narrator's.
    /// </summary>
    internal IReadOnlyList<ExtractedClaim> Extract(string normalized, IReadOnlyList<SentenceSpan> sentences, IReadOnlyList<bool> eligible, IReadOnlyList<Participant> participants, string side, TokenizedText? shared, Participant? author = null)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(participants);
        var resolver = new SpeakerResolver(participants, side, language, author);
        var claims = new List<ExtractedClaim>(sentences.Count);
        var clauseBuffer = new List<Clause>(); // one sentence's clauses at a time
        var partBuffer = new List<Clause>();   // the same, cut into positions
        var cuts = new List<PositionSplitter.Cut>();
        var classes = new TokenClasses(language); // one sentence's word classes at a time
        string? current = null;      // the speaker of the speech being reported
        string? carried = null;      // the participant whose speech ended the paragraph before, for speech that runs on
        var runsOn = false;          // whether this readout has let a speech run on without a cue inside a paragraph
        string? lastSingle = null;   // the last single participant spoken of, for "he" and "she"
        var acted = false;           // whether the last claim reported what its subject did, not said: speech does not run on
        string? voice = null;        // the participant whose quotation the sentence stands in, for "I" and "we" inside it
        var voices = new Dictionary<string, (Participant Participant, SpeakerResolver Resolver)>(StringComparer.Ordinal);
        var paragraph = -1;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (sentence.Paragraph != paragraph)
            {
                // A new paragraph ends the reported speech, unless it opens with a quotation that continues it.
                paragraph = sentence.Paragraph;
                if (!OpensWithQuote(normalized, sentence))
                {
                    carried = runsOn && IsParticipant(current) ? current : null;
                    current = null;
                }
            }

            // A sentence outside quotation marks ends the quotation; one that opens inside it, or with a quotation mark right
            // after a participant's quoted words, stands in that participant's speech.
            voice = !OpensWithQuote(normalized, sentence) ? null : voice ?? (IsParticipant(current) ? current : null);
            if (!eligible[s])
            {
                continue;
            }

            var tokens = shared is not null && ReferenceEquals(shared.Text, normalized)
                ? shared.Within(sentence.Span)
                : WordTokenizer.Tokenize(normalized, sentence.Span.Start, sentence.Span.End);
            if (!HasWord(tokens))
            {
                continue;
            }

            classes.Fill(tokens);
            var (speech, speechResolver) = author is null && voice is not null ? VoiceOf(voice) : (author, resolver);
            var clauses = FindClauses(tokens, classes, normalized, speechResolver, current, speech, ref lastSingle, clauseBuffer);
            if (clauses.Count == 0)
            {
                if (IsEngagementOnly(tokens, classes))
                {
                    continue;
                }

                var runsOnHere = !acted || OpensWithPronoun(tokens); // "... pledged support. She articulated ...": still hers
                var cueless = CuelessClause(tokens, classes, normalized, speechResolver, runsOnHere ? current : null, runsOnHere ? carried : null, lastSingle, speech);
                runsOn |= cueless.Inferred && cueless.Speaker == current;
                clauses.Add(cueless);
            }

            clauses = CutPositions(tokens, classes, normalized, clauses, partBuffer, cuts);

            for (var c = 0; c < clauses.Count; c++)
            {
                var clause = clauses[c];
                var endToken = c + 1 < clauses.Count ? TrimConnectors(tokens, clauses[c + 1].PreviousEnd) : tokens.Count;
                if (endToken <= clause.StartToken)
                {
                    continue;
                }

                var span = Span.FromBounds(tokens[clause.StartToken].Start, tokens[endToken - 1].End);
                var contentStart = clause.ContentStart;
                var speaker = clause.Speaker == Speakers.Narrator && speech is not null ? speech.Name : clause.Speaker;
                claims.Add(new ExtractedClaim(
                    span,
                    s,
                    speaker,
                    clause.Cue is { } m ? CueText(normalized, tokens, m) : null,
                    clause.Cue?.Value.Strength,
                    IsNegated(tokens, classes, contentStart, endToken),
                    ModalityOf(tokens, classes, contentStart, endToken, normalized),
                    sentence.OpensInsideQuote || normalized.AsSpan(span.Start, span.Length).Contains('"'),
                    clause.Cue?.Value.Lemma == "reaffirmed")
                {
                    SpeakerInferred = clause.Inferred && speaker == clause.Speaker || speaker != clause.Speaker && author is null, // a quotation's voice is inferred
                });
                current = clause.Voice ?? speaker;
                if (clause.Cue is not { } partCue || clause.StartToken <= partCue.FirstToken)
                {
                    acted = ReportsAnAct(tokens, normalized, clause); // a part cut after its cue keeps its clause's answer
                }
                if (current != Speakers.Both && current != Speakers.Narrator)
                {
                    lastSingle = current;
                }
            }

            // "...", Jacinda Ardern said. ¶ "I raised ...": the quotation runs on in her voice.
            if (IsParticipant(current) && normalized.AsSpan(sentence.Span.Start, sentence.Span.Length).ContainsAny(QuoteMarks))
            {
                voice = current;
            }
        }

        ClosedQuotationsFromTheirStart(sentences, claims);
        return claims;

        (Participant?, SpeakerResolver) VoiceOf(string name)
        {
            if (!voices.TryGetValue(name, out var known))
            {
                var participant = participants.FirstOrDefault(p => p.Name == name);
                if (participant is null)
                {
                    return (null, resolver);
                }

                voices[name] = known = (participant, new SpeakerResolver(participants, side, language, participant));
            }

            return known;
        }
    }

    /// <summary>
    /// Whether a clause reports what its subject did or undertook rather than what it said, so that a sentence after it
    /// without a cue of its own is the publisher's ("To date, the United States has deployed ...", "Dates will be confirmed
    /// by the respective diplomatic teams"), not the subject's words: a cue of kind <see cref="ReportingCueKind.Act"/> or
    /// <see cref="ReportingCueKind.Discussion"/> ("The President pledged ...", "The President has directed his team to
    /// ...", "He extended an invitation ..."), or no cue with a subject of its own, a participant, a role or both leaders
    /// ("President Biden secured the first-ever federal funding ..."). Not a clause whose speaker was carried over without a
    /// pronoun (it stands inside speech that runs on), nor one whose whole subject is a country ("China supports Russia in
    /// ...": a position inside the leader's speech; "U.S. President Biden pledged ..." is an act).
    /// </summary>
    private bool ReportsAnAct(TokenList tokens, string text, Clause clause)
    {
        if (clause.Cue is not { } cue)
        {
            return !clause.Inferred && !clause.Labelled && clause.Speaker != Speakers.Narrator;
        }

        if (cue.Value.Kind is not (ReportingCueKind.Act or ReportingCueKind.Discussion))
        {
            return false;
        }

        var start = clause.StartToken;
        while (start < cue.FirstToken && (!tokens[start].IsWord || tokens[start].Is("the")))
        {
            start++;
        }

        if (start < cue.FirstToken && language.Pronouns.Contains(tokens[start].LowerView))
        {
            return true; // "He pledged ...": a subject of its own
        }

        if (clause.Inferred)
        {
            return false;
        }

        if (start >= cue.FirstToken || !language.CountryMatcher.TryMatchAt(tokens, start, text, out var country))
        {
            return true;
        }

        // The country is the whole subject when only adverbs of a cue stand between it and the cue.
        var end = start + country.TokenCount;
        while (end < cue.FirstToken && Adverbs.Contains(tokens[end].LowerView))
        {
            end++;
        }

        return end < cue.FirstToken;
    }

    /// <summary>Whether a cue reports a claim of its subject's own, by words or by an act ("said", "pledged"), not a discussion,
    /// a participle or a noun: both kinds are read the same way, except for what follows them (<see cref="ReportsAnAct"/>).</summary>
    private static bool Reports(ReportingCueKind kind) => kind is ReportingCueKind.Report or ReportingCueKind.Act;

    /// <summary>Whether a sentence opens with a personal pronoun ("She articulated ...").</summary>
    private bool OpensWithPronoun(TokenList tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                return language.Pronouns.Contains(token.LowerView);
            }
        }

        return false;
    }

    /// <summary>The quotation marks a normalised text can hold.</summary>
    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"\u201c\u201d");

    /// <summary>
    /// The clause of a sentence without a cue: the participant or both named by a label that opens it ("President Joe Biden:
    /// The U.S. is committed to ..."); the participant, role or joint subject that opens it ("President Putin set
    /// forth ..."); the narrator's when it speaks of the talks themselves ("In general, the conversation was constructive");
    /// else the speech reported before it, in the same paragraph or, when this paragraph has no speaker yet, at the end of
    /// the paragraph before ("Xi pointed out that ... . ¶ China follows a path of peaceful development."), marked as
    /// inferred; else the narrator's. Speech runs on over a paragraph break only in a readout whose own earlier sentences
    /// have let speech run on inside a paragraph (<paramref name="carried"/> is null otherwise): a White House paragraph
    /// with no cue ("The United States remains ...") stays the publisher's.
    /// </summary>
    private static Clause CuelessClause(TokenList tokens, TokenClasses classes, string text, SpeakerResolver resolver, string? current, string? carried, string? lastSingle, Participant? author)
    {
        if (ReportsEngagement(tokens, classes))
        {
            return new Clause(0, null, Speakers.Narrator); // "President Biden spoke today with ... about ...": the call's topic, the publisher's
        }

        if (resolver.LabelAtStart(tokens, text) is { } labelled)
        {
            return new Clause(0, null, labelled) { Labelled = true }; // "President Joe Biden: The U.S. is committed to ...": a speaker label
        }

        if (resolver.SubjectAtStart(tokens, text, lastSingle, inSpeech: IsParticipant(current ?? carried) && (current ?? carried) != author?.Name) is { } subject)
        {
            return new Clause(0, null, subject);
        }

        if (resolver.SpeaksOfTheTalks(tokens, text))
        {
            return new Clause(0, null, Speakers.Narrator);
        }

        return current is not null ? new Clause(0, null, current) { Inferred = IsParticipant(current) }
            : carried is not null ? new Clause(0, null, carried) { Inferred = true }
            : new Clause(0, null, Speakers.Narrator);
    }

    /// <summary>
    /// A quotation over several sentences of one paragraph that its speaker closes ("On behalf of all Ukrainians, I thank you
    /// ... closer. We look forward to ...," Volodymyr Zelenskyy emphasized.) is hers from its first sentence: the claims in
    /// the sentences before the closing one, back to the sentence that opened the quotation, that had no speaker of their
    /// own (the narrator's, or one carried over from before the quotation) take her as speaker (inferred). A claim given
    /// to someone by its own words keeps its speaker.
    /// </summary>
    private static void ClosedQuotationsFromTheirStart(IReadOnlyList<SentenceSpan> sentences, List<ExtractedClaim> claims)
    {
        for (var k = claims.Count - 1; k > 0; k--)
        {
            var closing = claims[k];
            var t = closing.SentenceIndex;
            if (!sentences[t].OpensInsideQuote || !IsParticipant(closing.Speaker) || closing.Cue is null || closing.SpeakerInferred)
            {
                continue;
            }

            // Back over the sentences the quotation runs through: sentence r is inside it while every sentence after it, up
            // to the closing one, opens inside it (each sentence checked once: opened down to "inside").
            var inside = t;
            var j = k - 1;
            for (; j >= 0; j--)
            {
                var r = claims[j].SentenceIndex;
                while (inside > r && sentences[inside].OpensInsideQuote && sentences[inside - 1].Paragraph == sentences[t].Paragraph)
                {
                    inside--;
                }

                if (inside > r)
                {
                    break;
                }

                if (claims[j].Speaker == Speakers.Narrator || claims[j].SpeakerInferred)
                {
                    claims[j] = claims[j] with { Speaker = closing.Speaker, SpeakerInferred = true };
                }
            }

            k = j + 1; // the claims before the quotation next: each claim is walked over once
        }
    }

    /// <summary>Whether <paramref name="speaker"/> is a participant: neither null, both nor the narrator.</summary>
    private static bool IsParticipant(string? speaker) => speaker is not null and not Speakers.Both and not Speakers.Narrator;

    /// <summary>The token after the last possessive "'s" in tokens [<paramref name="from"/>, <paramref name="to"/>), or <paramref name="from"/>.</summary>
    private static int AfterLastPossessive(TokenList tokens, int from, int to)
    {
        var start = from;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Is("'s"))
            {
                start = k + 1;
            }
        }

        return start;
    }

    /// <summary>The most tokens after a word that names a counterpart ("with") that may hold the counterpart's name and titles.</summary>
    private const int CounterpartReach = 10;

    /// <summary>
    /// Whether the sentence, up to the next reporting cue after the discussion's (which ends at <paramref name="cueEnd"/>) or a
    /// semicolon, names a participant other than <paramref name="speaker"/> after a word that names a counterpart ("with",
    /// <c>counterpart-cues.txt</c>), up to a stop word of that file or punctuation: "spoke today with Prime Minister Suga
    /// Yoshihide of Japan at the G7 to discuss ...". Not "discussed the situation and said he would work with President Y",
    /// nor a pronoun ("with him"), nor a possessive's owner ("with President Y's envoy").
    /// </summary>
    private bool DiscussesWithOther(TokenList tokens, string text, SpeakerResolver resolver, string speaker, int cueEnd)
    {
        var limit = cueEnd;
        while (limit < tokens.Count && !tokens[limit].Is(";") && !language.Cues.TryMatchAt(tokens, limit, text, out _))
        {
            limit++;
        }

        for (var k = 0; k < limit; k++)
        {
            if (!language.CounterpartStarts.Contains(tokens[k].LowerView))
            {
                continue;
            }

            var end = k + 1;
            while (end < limit && end <= k + CounterpartReach && tokens[end].IsWord && !language.CounterpartStops.Contains(tokens[end].LowerView))
            {
                end++;
            }

            // After a possessive only what follows it is the counterpart: "with Mexico's Foreign Secretary Marcelo Ebrard" is
            // his, "with President Y's envoy" no one's.
            var from = AfterLastPossessive(tokens, k + 1, Math.Min(end + 1, tokens.Count));
            if (resolver.Resolve(tokens, from, end, text, null, out var inferred) is { } named && !inferred && IsParticipant(named) && named != speaker)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWord(TokenList tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cue as written, in lower case; the matched form's own string when the text holds exactly it.</summary>
    private string CueText(string normalized, TokenList tokens, PhraseMatch<ReportingCue> cue)
    {
        var start = tokens[cue.FirstToken].Start;
        var end = tokens[cue.FirstToken + cue.TokenCount - 1].End;
        return LowerForm(normalized.AsSpan(start, end - start));
    }

    /// <summary>
    /// <paramref name="written"/> in lower case (invariant culture): the language's own string for a cue form written with
    /// single spaces, so the common cues cost no new string, else a new one.
    /// </summary>
    private string LowerForm(ReadOnlySpan<char> written)
    {
        if (written.Length > 64)
        {
            return written.ToString().ToLowerInvariant();
        }

        Span<char> buffer = stackalloc char[written.Length];
        written.ToLowerInvariant(buffer);
        return language.CueForms.TryGetValue(buffer, out var form) ? form : buffer.ToString();
    }

    private static bool OpensWithQuote(string text, SentenceSpan sentence) =>
        sentence.OpensInsideQuote || sentence.Span.Length > 0 && text[sentence.Span.Start] == '"';

    /// <summary>A clause of a sentence: where it starts, its cue and speaker.</summary>
    /// <param name="StartToken">Its first token.</param>
    /// <param name="Cue">The cue that governs it; for a part cut from a clause, that clause's cue, before the part.</param>
    /// <param name="Speaker">Who holds it.</param>
    /// <param name="Boundary">Where the clause before it ends (connectors then trimmed), when that is before <paramref name="StartToken"/>; else -1.</param>
    private readonly record struct Clause(int StartToken, PhraseMatch<ReportingCue>? Cue, string Speaker, int Boundary = -1)
    {
        /// <summary>Whether the speaker was carried over from earlier sentences ("he", speech that runs on) rather than named.</summary>
        public bool Inferred { get; init; }

        /// <summary>The participant the clause's subject names, where its speaker is both sides because it reports a discussion
        /// with the other participant; a verb joined to it is the subject's.</summary>
        public string? Subject { get; init; }

        /// <summary>Whose speech the clause is when that is not its speaker: a quotation of one participant that states a
        /// position of both ("President Biden and I discussed ...," Jacinda Ardern said) runs on in her voice.</summary>
        public string? Voice { get; init; }

        /// <summary>Whether a label before a colon names the speaker ("Vladimir Putin: ..."): the words are speech, so the
        /// paragraph's next sentences without a cue run on in that voice.</summary>
        public bool Labelled { get; init; }

        /// <summary>Where the clause before this one ends, before connectors are trimmed.</summary>
        public int PreviousEnd => Boundary >= 0 ? Boundary : StartToken;

        /// <summary>The first token of what the cue governs: after the cue, or the start of a part cut after it.</summary>
        public int ContentStart => Cue is { } cue ? Math.Max(StartToken, cue.FirstToken + cue.TokenCount) : StartToken;
    }

    /// <summary>
    /// The clauses of a sentence cut into the positions they hold (<see cref="PositionSplitter"/>): <paramref name="clauses"/>
    /// itself when no clause holds more than one, else <paramref name="parts"/> (cleared first). A part shares its clause's
    /// cue and speaker.
    /// </summary>
    private List<Clause> CutPositions(TokenList tokens, TokenClasses classes, string text, List<Clause> clauses, List<Clause> parts, List<PositionSplitter.Cut> cuts)
    {
        parts.Clear();
        var cut = false;
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            parts.Add(clause);
            var end = c + 1 < clauses.Count ? TrimConnectors(tokens, clauses[c + 1].PreviousEnd) : tokens.Count;
            var verbCue = clause.Cue is { } cue && cue.Value.Kind != ReportingCueKind.Noun;

            // A cue that closes its clause after a comma ("A; B, he added.") governs the words before the comma.
            var (contentStart, searchEnd) = (clause.ContentStart, end);
            if (clause.Cue is { } closing && ClosingAttribution(tokens, clause.StartToken, closing, end) is var comma && comma > 0)
            {
                (contentStart, searchEnd) = (clause.StartToken, comma);
            }

            cuts.Clear();
            positions.FindCuts(tokens, classes, text, clause.StartToken, contentStart, searchEnd, verbCue, cuts);
            foreach (var at in cuts)
            {
                parts.Add(new Clause(at.Start, clause.Cue, clause.Speaker, at.End) { Inferred = clause.Inferred, Voice = clause.Voice });
                cut = true;
            }
        }

        return cut ? parts : clauses;
    }

    /// <summary>
    /// Finds the clauses of a sentence that a reporting cue governs, each with its speaker, into <paramref name="clauses"/>
    /// (cleared first). A sentence whose only cues are passive ("It was agreed ...", "The importance of X was emphasized")
    /// is one clause held by its agent ("by the two leaders"), its participant subject ("President Biden was briefed"), or
    /// else by both sides (the author, in a first-person text); where the agent is someone else and the subject a
    /// participant ("The President has been briefed by his national security team"), by the narrator.
    /// </summary>
    private List<Clause> FindClauses(TokenList tokens, TokenClasses classes, string text, SpeakerResolver resolver, string? current, Participant? author, ref string? lastSingle, List<Clause> clauses)
    {
        clauses.Clear();
        PhraseMatch<ReportingCue>? nounCue = null;
        PhraseMatch<ReportingCue>? passive = null;
        PhraseMatch<ReportingCue>? anyPassive = null; // past or not: "has been briefed by his team"
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || !classes.Is(i, WordClass.CueStart) || !language.Cues.TryMatchAt(tokens, i, text, out var cue))
            {
                continue;
            }

            if (i > 0 && char.IsUpper(text[tokens[i].Start]))
            {
                continue; // a capitalised cue word mid-sentence is part of a name: "the United States"
            }

            var kind = cue.Value.Kind;
            var previous = PreviousWord(tokens, i);
            var previousWord = previous >= 0 ? tokens[previous].LowerView : default;
            if (kind == ReportingCueKind.Noun)
            {
                nounCue ??= cue;
                i += cue.TokenCount - 1;
                continue;
            }

            if (previous >= 0 && PassiveAuxiliaries.Contains(previousWord))
            {
                passive ??= IsPast(tokens, previous) ? cue : null;
                anyPassive ??= cue;
                continue;
            }

            if (previous >= 0 && Determiners.Contains(previousWord) && (kind != ReportingCueKind.Discussion || tokens[previous].Is("a") || tokens[previous].Is("an") || tokens[previous].Is("the")))
            {
                continue; // "the welcomed decision"; a discussion verb only after an article ("a coordinated effort"), not "for talks"
            }

            if (previous >= 0 && language.Negators.Contains(previousWord) && PreviousWord(tokens, previous) is var auxiliary && auxiliary >= 0
                && PassiveAuxiliaries.Contains(tokens[auxiliary].LowerView))
            {
                passive ??= IsPast(tokens, auxiliary) ? cue : null;
                continue; // a negated passive: "the subject was not raised"
            }

            if (kind == ReportingCueKind.Participle)
            {
                if (clauses.Count == 0 && nounCue is { } held && FollowsBreak(tokens, i, out var afterNoun) && afterNoun > held.FirstToken + held.TokenCount)
                {
                    // "... an exchange of views on X, with both sides emphasising Y": the report of discussion, then the participle's claim.
                    var heldBy = resolver.Resolve(tokens, 0, held.FirstToken, text, lastSingle, out var heldInferred) ?? Speakers.Both;
                    clauses.Add(new Clause(0, held, heldBy) { Inferred = heldInferred });
                    var own = resolver.Resolve(tokens, afterNoun, i, text, lastSingle, out var ownInferred);
                    clauses.Add(new Clause(afterNoun, cue, own ?? heldBy) { Inferred = own is null ? heldInferred : ownInferred });
                }
                else if (clauses.Count > 0 && FollowsBreak(tokens, i, out var start))
                {
                    var own = resolver.Resolve(tokens, start, i, text, lastSingle, out var ownInferred);
                    clauses.Add(new Clause(start, cue, own ?? clauses[^1].Speaker) { Inferred = own is null ? clauses[^1].Inferred : ownInferred });
                }

                i += cue.TokenCount - 1;
                continue;
            }

            if (clauses.Count > 0 && Reports(kind) && ClosesQuote(tokens, text, i - 1) && QuotedBy(tokens, text, resolver, cue, lastSingle) is { } quoter)
            {
                // "We are ready to discuss them," said Volodymyr Zelenskyy, emphasizing ...: the quotation is his; "President
                // Biden and I discussed ...," Jacinda Ardern said: the quotation is hers, its position both leaders'.
                var quoted = Quotation(tokens, text, resolver, clauses[0], cue, quoter);
                clauses.Clear();
                clauses.Add(quoted);
                lastSingle = IsParticipant(quoter) ? quoter : lastSingle;
                i += cue.TokenCount - 1;
                continue;
            }

            var from = clauses.Count == 0 ? 0 : clauses[^1].Cue is { } last ? last.FirstToken + last.TokenCount : clauses[^1].StartToken;
            var subjectFrom = SubjectWindowStart(tokens, from, i, text, resolver, out var subjectTo);
            var speaker = resolver.Resolve(tokens, subjectFrom, subjectTo, text, lastSingle, out var inferred);
            if (clauses.Count == 0 && subjectFrom > 0 && HasComplementizer(tokens, 0, subjectFrom) && resolver.SubjectAtStart(tokens, text, lastSingle) is { } opener && IsParticipant(opener))
            {
                // "President Biden was clear that, if Russia undertakes ...": the cue stands inside what the opening subject says.
                (speaker, inferred) = (opener, false);
            }

            if (clauses.Count == 0)
            {
                if (SubjectAfterCue(tokens, text, resolver, cue, lastSingle) is { } after)
                {
                    (speaker, inferred) = (after, false);
                }
                else if (IsInfinitive(tokens, cue) && resolver.SubjectAtStart(tokens, text, lastSingle) is { } caller)
                {
                    // A purpose clause: "President Biden called Prime Minister X today to express ..." is the caller's.
                    (speaker, inferred) = (caller, false);
                }
                else if (AfterEngagementAnd(tokens, text, i) && resolver.SubjectAtStart(tokens, text, lastSingle) is { } engager)
                {
                    // "Prime Minister Kishida held a telephone talk with President Biden and confirmed ...": the second verb
                    // has no subject of its own, so it is the engagement's subject's, not the counterpart named last.
                    (speaker, inferred) = (engager, false);
                }

                if (speaker is null && Reports(kind) && subjectFrom > 0 && HasComplementizer(tokens, 0, i))
                {
                    continue;
                }

                if (speaker is not null && LeadingParticiple(tokens, text, subjectFrom) is { } leading)
                {
                    // "Noting that X, Xi said Y": two positions of the subject.
                    clauses.Add(new Clause(0, leading, speaker) { Inferred = inferred });
                    clauses.Add(new Clause(subjectFrom, cue, speaker) { Inferred = inferred });
                }
                else if (nounCue is { } held && IsCoordinated(tokens, i, held.FirstToken + held.TokenCount, cue, held, text, out var afterHeld))
                {
                    // "The two presidents had an exchange of views on X and agreed Y": the report of discussion, then the cue's claim.
                    var heldBy = resolver.Resolve(tokens, 0, held.FirstToken, text, lastSingle, out var heldInferred) ?? Speakers.Both;
                    clauses.Add(new Clause(0, held, heldBy) { Inferred = heldInferred });
                    clauses.Add(new Clause(afterHeld, cue, heldBy) { Inferred = heldInferred });
                }
                else
                {
                    // A subject before an appositive: "Wang, also a member of ..., fully expounded ...".
                    speaker ??= subjectFrom > 0 ? resolver.NameAtStart(tokens, text) : null;
                    if (speaker is null && kind != ReportingCueKind.Discussion && current is not null)
                    {
                        (speaker, inferred) = (current, IsParticipant(current)); // no subject: the speech reported before goes on
                    }

                    speaker ??= kind == ReportingCueKind.Discussion ? Speakers.Both : Speakers.Narrator;
                    string? subject = null;
                    if (kind == ReportingCueKind.Discussion && IsParticipant(speaker) && speaker != author?.Name && DiscussesWithOther(tokens, text, resolver, speaker, i + cue.TokenCount))
                    {
                        // "Prime Minister Trudeau spoke with President Biden to discuss ...", "... discussed X during a call with
                        // President Y": a discussion with the other participant is both sides'. A later "he", and a verb joined
                        // to it ("... and reaffirmed ..."), are still the subject's.
                        (lastSingle, subject, speaker, inferred) = (speaker, speaker, Speakers.Both, false);
                    }

                    clauses.Add(new Clause(0, cue, speaker) { Inferred = inferred, Subject = subject });
                }
            }
            else if (speaker is not null && subjectFrom > from && IsClauseStart(tokens, subjectFrom) && !InsideComplement(tokens, clauses[^1], subjectFrom) && !(speaker == clauses[^1].Speaker && IsWholeComplement(tokens, clauses[^1], subjectFrom)))
            {
                clauses.Add(new Clause(SubjectStart(tokens, subjectFrom, i), cue, speaker) { Inferred = inferred });
            }
            else if (IsParticipant(speaker) && speaker != clauses[^1].Speaker && !inferred && IsReply(tokens, subjectFrom))
            {
                // "Prime Minister Suga offered his congratulations ..., to which President Biden expressed his gratitude": the
                // other leader's reply is a claim of its own, from the preposition on.
                clauses.Add(new Clause(subjectFrom - 2, cue, speaker!));
            }
            else if (OwnSubjectAfterAnd(tokens, text, resolver, lastSingle, from, i, clauses[^1]) is { } own)
            {
                // "... on his election victory and the Prime Minister thanked him": a subject of its own after a bare "and".
                clauses.Add(new Clause(own.Start, cue, own.Speaker) { Inferred = own.Inferred });
                speaker = own.Speaker;
            }
            else if (IsCoordinated(tokens, i, from, cue, clauses[^1].Cue, text, out var coordinatedStart))
            {
                // "..., and also stressed ...", "welcomed X and urged Y": same subject, new claim.
                clauses.Add(new Clause(coordinatedStart, cue, clauses[^1].Subject ?? clauses[^1].Speaker) { Inferred = clauses[^1].Inferred });
            }

            if (speaker is not null && speaker != Speakers.Both && speaker != Speakers.Narrator)
            {
                lastSingle = speaker;
            }

            i += cue.TokenCount - 1;
        }

        if (clauses.Count == 0 && nounCue is { } noun)
        {
            // The subject that opens the sentence ("President Trump and I engaged in an exchange of views"), else the last named.
            var inferred = false;
            var speaker = resolver.SubjectAtStart(tokens, text, lastSingle) ?? resolver.Resolve(tokens, 0, noun.FirstToken, text, lastSingle, out inferred) ?? Speakers.Both;
            clauses.Add(new Clause(0, noun, speaker) { Inferred = inferred });
        }
        else if (clauses.Count == 0 && passive is { } agentless && AgentOf(tokens, text, resolver, agentless, lastSingle, out var agent))
        {
            var speaker = agent ?? resolver.SubjectAtStart(tokens, text, lastSingle) ?? author?.Name ?? Speakers.Both;
            clauses.Add(new Clause(0, agentless, speaker));
        }
        else if (clauses.Count == 0 && anyPassive is { } told && !AgentOf(tokens, text, resolver, told, lastSingle, out _)
            && IsParticipant(resolver.SubjectAtStart(tokens, text, lastSingle)))
        {
            // "The President has been briefed by his national security team ...": he is told, not telling; what someone else
            // did for him is the publisher's report.
            clauses.Add(new Clause(0, told, Speakers.Narrator));
        }

        if (clauses.Count > 0 && ClosingSpeaker(tokens, classes, text, resolver, lastSingle) is { } closing)
        {
            // "We are ready to discuss them," said Volodymyr Zelenskyy: the quotation is the closing subject's; "President
            // Biden and I discussed ...," Jacinda Ardern said: hers, its position both leaders'.
            var quoted = Quotation(tokens, text, resolver, clauses[0], closing.Cue, closing.Speaker);
            clauses.Clear();
            clauses.Add(quoted);
        }

        return clauses;
    }

    /// <summary>
    /// The token after the last clause break before <paramref name="cue"/>, not before <paramref name="from"/>;
    /// <paramref name="end"/> is where the subject ends: the cue, or the comma that opens an aside before it. A comma is no
    /// break when only adverbs of a cue stand between it and the cue ("Joseph Biden, in turn, focused"), nor when it opens an
    /// aside (<see cref="OpensAside"/>) that a comma right before the cue closes ("The US president,
    /// during the call, expressed ...", "His Majesty King Abdullah, in a phone call received from US President Joe Biden,
    /// called for ...": the name in the aside is not the subject). One pass over the window.
    /// </summary>
    private int SubjectWindowStart(TokenList tokens, int from, int cue, string text, SpeakerResolver resolver, out int end)
    {
        end = cue;

        // Tokens [tail, cue) are adverbs of a cue and commas; a comma among them closes an aside.
        var tail = cue;
        var closed = false;
        while (tail > from && (Adverbs.Contains(tokens[tail - 1].LowerView) || tokens[tail - 1].Is(",")))
        {
            tail--;
            closed |= tokens[tail].Is(",");
        }

        for (var k = cue - 1; k >= from; k--)
        {
            if (tokens[k].Is(",") && k >= tail - 1)
            {
                continue; // only adverbs after it
            }

            if (tokens[k].Is(",") && closed && k + 1 < tail && OpensAside(tokens, k + 1))
            {
                end = k; // an aside opens here
                continue;
            }

            if (tokens[k].Is(",") && k > from && language.CounterpartNouns.Contains(tokens[k - 1].LowerView) && resolver.IsLeaderAndCounterpartSubject(tokens, from, k - 1, text))
            {
                continue; // the counterpart's name in apposition: "President William Ruto and his US counterpart, Joe Biden agreed"
            }

            if (tokens[k].Is(";") || tokens[k].Is(",") || tokens[k].Is("that") || tokens[k].Is("which"))
            {
                return k + 1;
            }

            if (tokens[k].Is("and") && k > from && tokens[k - 1].Is(","))
            {
                return k + 1;
            }
        }

        return from;
    }

    /// <summary>Whether the word at <paramref name="at"/>, after a comma, may open an aside that a comma closes right before a
    /// cue: a word that opens a phrase ("The US president, during the call, expressed ..."), a relative pronoun or a
    /// participle ("President Biden, who hosted Prime Minister Kishida in April, stressed ...", "President Biden, joined by
    /// Vice President Harris, underscored ...").</summary>
    private bool OpensAside(TokenList tokens, int at)
    {
        var word = tokens[at].LowerView;
        return language.PhraseOpeners.Contains(word) || tokens[at].Is("who") || tokens[at].Is("whose")
            || tokens[at].IsWord && word.Length > 4 && (word.EndsWith("ed") || word.EndsWith("ing"));
    }

    /// <summary>
    /// Whether a later cue stands inside the complement of the clause before it ("Xi noted that when the two
    /// met last year, they set out a vision"): after "noted that", only a coordinated clause (", and he ...",
    /// "; ...") starts a claim of its own, not one after a bare comma.
    /// </summary>
    private static bool InsideComplement(TokenList tokens, Clause previous, int subjectFrom)
    {
        if (previous.Cue is not { } cue)
        {
            return false;
        }

        var after = cue.FirstToken + cue.TokenCount;
        if (after >= tokens.Count || !tokens[after].Is("that"))
        {
            return false;
        }

        var boundary = tokens[subjectFrom - 1];
        return boundary.Is(",") && !(subjectFrom - 2 > after && tokens[subjectFrom - 2].Is(";"));
    }

    /// <summary>
    /// Whether the clause from <paramref name="subjectFrom"/> is the whole of the previous cue's "that" complement ("He
    /// stressed that the United States opposes ..."). Where its subject is the same speaker (the leader's own country), it is
    /// what the previous clause reports, so it stays in that claim rather than leaving a claim of only "He stressed that";
    /// where another participant speaks in it ("I want to note that President Diaz responded ..."), it is a claim of its own.
    /// </summary>
    private static bool IsWholeComplement(TokenList tokens, Clause previous, int subjectFrom) =>
        previous.Cue is { } cue && subjectFrom - 1 == cue.FirstToken + cue.TokenCount && tokens[subjectFrom - 1].Is("that");

    /// <summary>Whether the subject at <paramref name="subjectFrom"/> follows "to which", a reply: "..., to which President Biden
    /// expressed ...", "..., in response to which ...". Not an object relative ("the plan, which President Biden praised") nor
    /// "the seriousness with which President Ramaphosa had addressed ...", which is part of the position around it.</summary>
    private static bool IsReply(TokenList tokens, int subjectFrom) =>
        subjectFrom >= 2 && tokens[subjectFrom - 1].Is("which") && tokens[subjectFrom - 2].Is("to");

    private bool IsClauseStart(TokenList tokens, int subjectFrom) =>
        subjectFrom > 0 && (ClauseBreaks.Contains(tokens[subjectFrom - 1].LowerView) || tokens[subjectFrom - 1].Is("that"));

    /// <summary>The first token of a clause's subject: past any "and" or comma that joins it to the clause before.</summary>
    private static int SubjectStart(TokenList tokens, int subjectFrom, int cue)
    {
        var k = subjectFrom;
        while (k < cue && (tokens[k].Is("and") || tokens[k].Is(",")))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// Whether the verb cue at <paramref name="cue"/> is coordinated with the clause before it and shares its subject, and
    /// where its claim starts. After ", and" it is, past two words ("..., and also stressed ..."). After a bare "and" or a
    /// spaced dash ("welcomed X and urged Y", "discussed X - exchanged Y") it is when the part before holds three words
    /// and does not end in a verb ("has reviewed and updated"), a word follows the cue ("welcomed the plan and urged." is
    /// one claim), and the cue is a finite form: not a base form that has inflections among its lemma's forms ("agreed to
    /// meet and discuss"), nor a present form after a past one.
    /// </summary>
    private bool IsCoordinated(TokenList tokens, int cue, int from, PhraseMatch<ReportingCue> match, PhraseMatch<ReportingCue>? before, string text, out int start)
    {
        start = cue;
        var k = cue - 1;
        while (k >= 0 && Adverbs.Contains(tokens[k].LowerView))
        {
            k--;
        }

        if (k >= 1 && tokens[k].Is("and") && tokens[k - 1].Is(","))
        {
            start = k + 1;
            return start > from + 2;
        }

        if (!(Reports(match.Value.Kind) || match.Value.Kind == ReportingCueKind.Discussion) || Words(tokens, match.FirstToken + match.TokenCount, tokens.Count, 1) == 0 || !IsFiniteForm(tokens, match, before))
        {
            return false;
        }

        int leftEnd;
        if (k > from && tokens[k].Is("and"))
        {
            leftEnd = k; // "welcomed X and urged Y"
        }
        else if (k > from && tokens[k].Is(",") && OpensComplement(tokens, match.FirstToken + match.TokenCount, text, match.Value.Lemma == "said"))
        {
            leftEnd = k; // a list of verbs: "appreciated X, said Y and pledged Z"; not "shared values", "informed by ..."
        }
        else if (k >= from && k + 1 < tokens.Count && IsSpacedDash(text, tokens[k].End, tokens[k + 1].Start))
        {
            leftEnd = k + 1;
        }
        else
        {
            return false;
        }

        var last = tokens[leftEnd - 1];
        start = k + 1;
        return Words(tokens, from, leftEnd, 3) >= 3 && last.IsWord && !language.CueForms.Contains(last.LowerView)
            && !language.FiniteVerbs.Contains(last.LowerView) && !PassiveAuxiliaries.Contains(last.LowerView);
    }

    /// <summary>Whether the words at <paramref name="at"/> open the complement of a verb in a list after a comma: a determiner,
    /// a subject word ("said it was ...") or a complement preposition of the language, "to", or a capitalised name, with at least four words to the sentence's
    /// end; after a verb of saying (<paramref name="saying"/>), only "that" or a pronoun. A word used as an adjective ("shared
    /// values", "swift, coordinated economic costs"), a passive participle ("informed by ...") and an attribution set after
    /// the words it attributes ("..., said the BNA report.", "..., said Xinhua") are no verbs of the list.</summary>
    private bool OpensComplement(TokenList tokens, int at, string text, bool saying)
    {
        if (at >= tokens.Count || !tokens[at].IsWord || Words(tokens, at, tokens.Count, 4) < 4)
        {
            return false;
        }

        var word = tokens[at].LowerView;
        if (saying)
        {
            // "..., said it was important ..." goes on; "..., said Xinhua", "..., said the Chinese Foreign Ministry in a
            // statement" names who said the sentence before.
            return tokens[at].Is("that") || language.SubjectWords.Contains(word) && !language.Determiners.Contains(word) && !char.IsUpper(text[tokens[at].Start]);
        }

        return language.Determiners.Contains(word) || language.SubjectWords.Contains(word) || language.ComplementPrepositions.Contains(word)
            || tokens[at].Is("to") || char.IsUpper(text[tokens[at].Start]);
    }

    /// <summary>
    /// Whether the cue as written is a finite form: not a base form whose inflections ("-s", "-es", "-d", "-ed") are among its
    /// lemma's forms ("discuss", "agree"), and not a present form ("thanks") after a cue that is not one.
    /// </summary>
    private static bool IsFiniteForm(TokenList tokens, PhraseMatch<ReportingCue> match, PhraseMatch<ReportingCue>? before)
    {
        var written = tokens[match.FirstToken].LowerView;
        foreach (var form in match.Value.Forms)
        {
            var space = form.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? form.AsSpan() : form.AsSpan(0, space);
            if (first.Length > written.Length && first.StartsWith(written))
            {
                var suffix = first[written.Length..];
                if (suffix is "s" or "es" or "d" or "ed")
                {
                    return false;
                }
            }
        }

        var present = written.EndsWith("s") && !written.EndsWith("ss");
        return !present || before is { } b && tokens[b.FirstToken].LowerView.EndsWith("s");
    }

    /// <summary>A dash standing between spaces in the text between two tokens: "around our country - exchanged".</summary>
    private static bool IsSpacedDash(string text, int from, int to)
    {
        var gap = text.AsSpan(from, to - from);
        var dash = gap.IndexOfAny('-', '\u2013', '\u2014');
        return dash > 0 && dash < gap.Length - 1 && char.IsWhiteSpace(gap[dash - 1]) && char.IsWhiteSpace(gap[dash + 1]);
    }

    /// <summary>
    /// A subject of its own between a bare "and" and the cue ("on his election victory and the Prime Minister thanked
    /// him"): at most five words that name a speaker, after a part of three words that does not end in a capitalised
    /// word when the subject opens with one ("Biden and Xi agreed" is one subject), and not inside a "that" complement.
    /// </summary>
    private static (int Start, string Speaker, bool Inferred)? OwnSubjectAfterAnd(TokenList tokens, string text, SpeakerResolver resolver, string? lastSingle, int from, int cue, Clause previous)
    {
        if (previous.Cue is { } before && before.FirstToken + before.TokenCount < tokens.Count && tokens[before.FirstToken + before.TokenCount].Is("that"))
        {
            return null;
        }

        for (var k = cue - 1; k > from && k >= cue - 6; k--)
        {
            if (!tokens[k].IsWord)
            {
                return null;
            }

            if (!tokens[k].Is("and"))
            {
                continue;
            }

            var left = tokens[k - 1];
            var right = tokens[k + 1];
            if (k + 1 >= cue || Words(tokens, from, k, 3) < 3 || !left.IsWord
                || char.IsUpper(text[left.Start]) && char.IsUpper(text[right.Start]))
            {
                return null;
            }

            var speaker = resolver.Resolve(tokens, k + 1, cue, text, lastSingle, out var inferred);
            return speaker is null ? null : (k + 1, speaker, inferred);
        }

        return null;
    }

    /// <summary>
    /// The comma before a verb cue that closes its clause with at most three words of subject around it ("..., he
    /// added.", "..., said Xi."), or -1.
    /// </summary>
    private static int ClosingAttribution(TokenList tokens, int start, PhraseMatch<ReportingCue> cue, int end)
    {
        if (!Reports(cue.Value.Kind) || Words(tokens, cue.FirstToken + cue.TokenCount, end, 4) > 3)
        {
            return -1;
        }

        for (var k = cue.FirstToken - 1; k > start && k >= cue.FirstToken - 4; k--)
        {
            if (tokens[k].Is(","))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The agent of a passive cue, <paramref name="agent"/>: after "by" within two words of it, a participant or a phrase for
    /// both that makes up the agent ("was emphasized by the two leaders"); null when there is no "by". False when the agent
    /// is someone else ("welcomed by both societies"): the passive then reports no position of the talks.
    /// </summary>
    private bool AgentOf(TokenList tokens, string text, SpeakerResolver resolver, PhraseMatch<ReportingCue> cue, string? lastSingle, out string? agent)
    {
        agent = null;
        var after = cue.FirstToken + cue.TokenCount;
        for (var k = after; k < Math.Min(tokens.Count, after + 2); k++)
        {
            if (tokens[k].Is("by"))
            {
                var end = k + 1;
                while (end < tokens.Count && end < k + 8 && tokens[end].IsWord && !tokens[end].Is("that"))
                {
                    end++;
                }

                agent = resolver.Resolve(tokens, k + 1, end, text, lastSingle);
                var wholePhrase = language.BothMatcher.TryMatchAt(tokens, k + 1, text, out var both) && (k + 1 + both.TokenCount >= end || !char.IsLower(text[tokens[k + 1 + both.TokenCount].Start]));
                return agent is not null && (agent != Speakers.Both || wholePhrase);
            }
        }

        return true;
    }

    /// <summary>Whether the auxiliary at <paramref name="auxiliary"/>, or the one before it ("had been"), is in the past tense.</summary>
    private bool IsPast(TokenList tokens, int auxiliary) =>
        language.PastAuxiliaries.Contains(tokens[auxiliary].LowerView) || PreviousWord(tokens, auxiliary) is var before && before >= 0 && language.PastAuxiliaries.Contains(tokens[before].LowerView);

    /// <summary>
    /// The speaker of a cue that closes a sentence after a quotation ("We are ready to discuss them," said Volodymyr
    /// Zelenskyy. / ... ," Zelenskyy said.): the subject after or before the last verb cue, with a closing quotation mark
    /// right before the two; else null.
    /// </summary>
    private (string Speaker, PhraseMatch<ReportingCue> Cue)? ClosingSpeaker(TokenList tokens, TokenClasses classes, string text, SpeakerResolver resolver, string? lastSingle)
    {
        for (var k = tokens.Count - 1; k > 0 && k >= tokens.Count - 7; k--)
        {
            if (!tokens[k].IsWord || !classes.Is(k, WordClass.CueStart) || !language.Cues.TryMatchAt(tokens, k, text, out var cue) || !Reports(cue.Value.Kind))
            {
                continue;
            }

            var after = k + cue.TokenCount;
            if (ClosesQuote(tokens, text, k - 1) && Words(tokens, after, tokens.Count, 5) <= 4)
            {
                return resolver.Resolve(tokens, after, tokens.Count, text, lastSingle) is { } named ? (named, cue) : null;
            }

            var subject = k - 1;
            while (subject >= 0 && tokens[subject].IsWord && k - subject <= 4)
            {
                subject--;
            }

            return subject >= 0 && subject < k - 1 && ClosesQuote(tokens, text, subject) && Words(tokens, after, tokens.Count, 1) == 0
                && resolver.Resolve(tokens, subject + 1, k, text, lastSingle) is { } before ? (before, cue) : null;
        }

        return null;
    }

    /// <summary>The subject after a report cue that follows a closing quotation mark (", said Volodymyr Zelenskyy, ..."): at most four words, up to a comma or the end.</summary>
    private static string? QuotedBy(TokenList tokens, string text, SpeakerResolver resolver, PhraseMatch<ReportingCue> cue, string? lastSingle)
    {
        var after = cue.FirstToken + cue.TokenCount;
        var end = after;
        while (end < tokens.Count && tokens[end].IsWord && end < after + 4)
        {
            end++;
        }

        return end > after && (end == tokens.Count || !tokens[end].IsWord) ? resolver.Resolve(tokens, after, end, text, lastSingle) : null;
    }

    private static bool IsQuoteMark(string text, Token token) => token.Length == 1 && text[token.Start] is '"' or '\u201c' or '\u201d';

    /// <summary>
    /// Whether the token at <paramref name="at"/> closes a quotation: a quotation mark, or a comma right after one, as where
    /// the comma stands outside the quotation ("... pandemic", Jacinda Ardern said).
    /// </summary>
    private static bool ClosesQuote(TokenList tokens, string text, int at) =>
        at >= 0 && (IsQuoteMark(text, tokens[at]) || at > 0 && tokens[at].Is(",") && IsQuoteMark(text, tokens[at - 1]));

    /// <summary>Whether the token before <paramref name="at"/> is a quotation mark that closes a quotation: one written right
    /// after a word or a comma, not one that opens a quotation after a space.</summary>
    private static bool ClosingMarkBefore(TokenList tokens, string text, int at) =>
        ClosesQuote(tokens, text, at - 1) && tokens[at - 1].Start > 0 && !char.IsWhiteSpace(text[tokens[at - 1].Start - 1]);

    /// <summary>Whether a cue is an infinitive: "to" before it, or a form that opens with "to" ("to discuss").</summary>
    /// <summary>
    /// The one clause of a sentence that is <paramref name="quoter"/>'s quotation, closed by <paramref name="cue"/>: hers, or
    /// both leaders' where she states a position with the other side (the first person right before the first clause's cue:
    /// "President Biden and I discussed ...", "We also discussed ..."), in her voice either way, so the quotation runs on as
    /// hers. <paramref name="first"/> is the sentence's first clause, already read as a quotation where its voice is set.
    /// </summary>
    private static Clause Quotation(TokenList tokens, string text, SpeakerResolver resolver, Clause first, PhraseMatch<ReportingCue> cue, string quoter)
    {
        var joint = first.Voice is not null || first.Cue is { } quotedCue && resolver.SubjectIsJoint(tokens, quotedCue.FirstToken, text);
        return new Clause(0, cue, joint ? Speakers.Both : quoter) { Voice = joint ? quoter : null };
    }

    /// <summary>
    /// Whether the cue at <paramref name="cue"/> follows a bare "and" (adverbs of a cue between them: "and also stressed") that
    /// closes a clause of engagement: a verb of <c>engagement-verbs</c> ("held", "had", "spoke", "met") and, after it, a word of
    /// its counterpart ("with", "from", "to"). The cue's verb then shares the engagement's subject ("Vladimir Putin had a
    /// telephone conversation with President Joseph Biden and stressed ...").
    /// </summary>
    private bool AfterEngagementAnd(TokenList tokens, string text, int cue)
    {
        var and = cue - 1;
        while (and >= 0 && Adverbs.Contains(tokens[and].LowerView))
        {
            and--;
        }

        if (and <= 0 || !tokens[and].Is("and"))
        {
            return false;
        }

        var counterpart = false;
        for (var k = and - 1; k >= 0; k--)
        {
            var token = tokens[k];
            if (token.Is(",") || token.Is(";") || !char.IsUpper(text[token.Start]) && language.Cues.TryMatchAt(tokens, k, text, out _))
            {
                return false; // another clause or another report stands between ("States" of "the United States" is a name)
            }

            counterpart |= token.Is("with") || token.Is("from");
            if (counterpart && token.IsWord && language.EngagementVerbs.Contains(token.LowerView))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInfinitive(TokenList tokens, PhraseMatch<ReportingCue> cue) =>
        tokens[cue.FirstToken].Is("to") || cue.FirstToken > 0 && tokens[cue.FirstToken - 1].Is("to");

    /// <summary>
    /// The subject after a cue that follows a comma or closes a quotation ("...," said President Marcos): one that closes the
    /// sentence ("..., said Xi."), or, after a verb of
    /// saying, a name of two words or more, with its titles and particles, before the sentence goes on ("Bahrain and the US
    /// are strategic partners, said His Majesty King Hamad bin Isa Al Khalifa today as he met ..."); else null.
    /// </summary>
    private string? SubjectAfterCue(TokenList tokens, string text, SpeakerResolver resolver, PhraseMatch<ReportingCue> cue, string? lastSingle)
    {
        var after = cue.FirstToken + cue.TokenCount;
        if (cue.FirstToken == 0 || !(tokens[cue.FirstToken - 1].Is(",") || ClosingMarkBefore(tokens, text, cue.FirstToken)) || after >= tokens.Count)
        {
            return null;
        }

        if (Words(tokens, after, tokens.Count, 5) <= 4)
        {
            return resolver.Resolve(tokens, after, tokens.Count, text, lastSingle);
        }

        // A run of capitalised words (and the particles inside a name) right after the cue, or after "the" ("added the
        // President during his remarks"), then a lower-case word.
        var start = tokens[after].Is("the") ? after + 1 : after;
        var end = start;
        while (end < tokens.Count && end < start + 8 && tokens[end].IsWord
            && (char.IsUpper(text[tokens[end].Start]) || end > start && language.NameParticles.Contains(tokens[end].LowerView)))
        {
            end++;
        }

        // Only a verb of saying inverts so ("..., said X today"), and a name or title has two words at least, with "the" one
        // will do: "..., urged Russia to ..." has no subject after the cue.
        var closed = end < tokens.Count && (!tokens[end].IsWord || char.IsLower(text[tokens[end].Start]));
        return cue.Value.Lemma == "said" && end - start >= (start > after ? 1 : 2) && closed ? resolver.Resolve(tokens, after, end, text, lastSingle) : null;
    }

    /// <summary>
    /// A participle cue that opens the sentence with a "that" complement, closed by a comma before the main clause's
    /// subject at <paramref name="subjectFrom"/>: "Noting that the two teams met in Geneva, Xi said ...".
    /// </summary>
    private PhraseMatch<ReportingCue>? LeadingParticiple(TokenList tokens, string text, int subjectFrom)
    {
        if (subjectFrom < 2 || !tokens[subjectFrom - 1].Is(",") || !language.Cues.TryMatchAt(tokens, 0, text, out var leading)
            || leading.Value.Kind != ReportingCueKind.Participle || leading.TokenCount >= subjectFrom || !tokens[leading.TokenCount].Is("that"))
        {
            return null;
        }

        return Words(tokens, 0, subjectFrom - 1, 4) >= 4 ? leading : null;
    }

    /// <summary>The words among tokens [<paramref name="from"/>, <paramref name="to"/>), counted up to <paramref name="limit"/> and no
    /// further: the rules only ask whether a stretch holds none, a few or more, and a long sentence is asked that at many places.</summary>
    private static int Words(TokenList tokens, int from, int to, int limit)
    {
        var words = 0;
        for (var k = from; k < to && words < limit; k++)
        {
            words += tokens[k].IsWord ? 1 : 0;
        }

        return words;
    }

    private bool FollowsBreak(TokenList tokens, int i, out int start)
    {
        start = i;
        var k = i - 1;
        while (k >= 0 && (Adverbs.Contains(tokens[k].LowerView) || tokens[k].IsWord && k >= i - 4 && !tokens[k].Is("and") && HasWithBefore(tokens, k)))
        {
            k--;
        }

        if (k >= 0 && tokens[k].Is("with"))
        {
            start = k;
            k--;
        }

        if (k >= 0 && (tokens[k].Is(",") || tokens[k].Is(";") || tokens[k].Is("and") && k > 0 && tokens[k - 1].Is(",")))
        {
            start = Math.Max(start == i ? k + 1 : start, k + 1);
            return true;
        }

        return false;
    }

    private static bool HasWithBefore(TokenList tokens, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 4); j--)
        {
            if (tokens[j].Is("with"))
            {
                return true;
            }

            if (!tokens[j].IsWord)
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasComplementizer(TokenList tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Is("that") || tokens[k].Is("which") || tokens[k].Is("who"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the word before token <paramref name="i"/>, past adverbs, or -1.</summary>
    private int PreviousWord(TokenList tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && Adverbs.Contains(tokens[k].LowerView) && !tokens[k].Is("had") && !tokens[k].Is("has") && !tokens[k].Is("have"))
        {
            k--;
        }

        return k >= 0 && tokens[k].IsWord ? k : -1;
    }

    private static int TrimConnectors(TokenList tokens, int end)
    {
        while (end > 0 && (tokens[end - 1].Is("and") || tokens[end - 1].Is(",") || tokens[end - 1].Is(";") || tokens[end - 1].Is(":") || tokens[end - 1].Is("with")))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// A sentence that reports the engagement: an engagement verb after its subject (not "Speaking about ..., X ...") with
    /// "with" or an engagement noun within three words after it ("spoke today with", "had a phone conversation").
    /// </summary>
    private static bool ReportsEngagement(TokenList tokens, TokenClasses classes)
    {
        for (var k = 1; k < tokens.Count; k++)
        {
            if (!classes.Is(k, WordClass.EngagementVerb))
            {
                continue;
            }

            for (var n = k + 1; n < Math.Min(tokens.Count, k + 4); n++)
            {
                if (tokens[n].Is("with") || classes.Is(n, WordClass.EngagementNoun))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many tokens after an engagement verb its "with" may stand ("spoke this evening from the Oval Office in
    /// Washington with", "spoke on Thursday, April 20, with").</summary>
    private const int EngagementWithReach = 12;

    /// <summary>A sentence that only reports that the engagement happened: an engagement verb and noun, no cue, no topic words.</summary>
    private static bool IsEngagementOnly(TokenList tokens, TokenClasses classes)
    {
        // The engagement verb first, by its class alone: most sentences have none.
        var verb = false;
        for (var k = 0; k < tokens.Count && !verb; k++)
        {
            verb = classes.Is(k, WordClass.EngagementVerb);
        }

        if (!verb)
        {
            return false;
        }

        bool withOrNoun = false, about = false;
        var words = 0;
        var sinceVerb = int.MaxValue; // tokens since the last engagement verb
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            sinceVerb = classes.Is(k, WordClass.EngagementVerb) ? 0 : sinceVerb == int.MaxValue ? int.MaxValue : sinceVerb + 1;

            // "with" the counterpart stands near the verb ("spoke by phone with", "spoke on Thursday, April 20, with"), not
            // at the end of a later phrase ("has a role to play, in the medium term, in helping to end the conflict in
            // compliance with").
            withOrNoun |= t.Is("with") && sinceVerb <= EngagementWithReach || classes.Is(k, WordClass.EngagementNoun) || t.LowerView is "met" or "meets" or "hosted" or "received";
            words += t.IsWord ? 1 : 0;
            about |= t.Is("about") || t.Is("regarding");
        }

        return withOrNoun && words <= 40 && !about;
    }

    /// <summary>
    /// Negation in the claim's content: a negator of the language (not, n't, never, neither, nor, cannot, without);
    /// "no" only after a verb of being or having ("has no intention") or before "longer" ("no longer").
    /// </summary>
    private static bool IsNegated(TokenList tokens, TokenClasses classes, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var w = tokens[k].LowerView;
            if (w is "no")
            {
                if (k > 0 && tokens[k - 1].LowerView is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "there" || k + 1 < to && tokens[k + 1].Is("longer"))
                {
                    return true;
                }
            }
            else if (classes.Is(k, WordClass.Negator))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How the claim's content is put, from the language's modality phrases: a condition anywhere outranks the modal it
    /// governs ("sanctions would follow if ..."), as does a clause opened by ", should"; otherwise the first phrase decides.
    /// </summary>
    private Modality ModalityOf(TokenList tokens, TokenClasses classes, int from, int to, string text)
    {
        var first = Modality.Assertion;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Is("should") && k > from && tokens[k - 1].Is(","))
            {
                return Modality.Condition;
            }

            if (classes.Is(k, WordClass.ModalityStart) && language.Modalities.TryMatchAt(tokens, k, text, out var match) && match.FirstToken + match.TokenCount <= to)
            {
                if (match.Value == Modality.Condition)
                {
                    return Modality.Condition;
                }

                if (first == Modality.Assertion)
                {
                    first = match.Value;
                }

                k += match.TokenCount - 1;
            }
        }

        return first;
    }
}
