using Statements.Language;
using Statements.Sentences;
using Statements.Text;

namespace Statements.Claims;

/// <summary>
/// Claims and speakers of a Chinese readout (Xinhua, the Foreign Ministry), by the rules of how such texts report
/// speech. Every word it looks for comes from the language's data; the text is cut into words by the language's
/// <see cref="ReadoutLanguage.Segmenter"/>, and a word of the lists counts only where it is a whole word ("不" is a
/// negator, not the first character of "不断").
/// <list type="bullet">
/// <item>A clause opening with a subject (a person, a joint subject such as 两国元首 or 双方, a side such as 中方, a
/// pronoun) and a reporting cue (指出, 强调, 表示 ...) starts a claim of that subject; where the cue ends its clause
/// ("习近平指出,") the claim is what follows, and that speaker's speech runs on, over sentences and paragraphs, until
/// another subject and cue; otherwise the claim starts after the subject ("再次祝贺拜登 ...").</item>
/// <item>A discussion cue anywhere in a clause with a joint subject ("两国元首就 ... 交换了意见") is a claim of both.</item>
/// <item>Inside a claim, a clause starts a claim of its own where it opens with a cue, an enumerator (一是, 第二), a
/// word of <c>clause-breaks</c> (应该, 必须) or a subject of its own, but not after a fronted phrase (对于 ..., a clause
/// opening with a word of <c>frame-openers</c>) or a clause of a few characters ("当前,"), and never at a clause that
/// opens with a coordinator (而, 但, 更).</item>
/// <item>A sentence that says the engagement took place (a participant and an <c>engagement-verbs</c> word such as 通电话)
/// is narration; a later clause of it that reports discussion is both sides'.</item>
/// <item>Inside reported speech a side, a joint subject or "我们" keeps the speaker; a side other than the speaker's,
/// with a cue, is that side's participant; "他"/"她" is the last person named.</item>
/// <item>A claim is negated where a negator stands in a clause that does not open with a coordinator and is not an
/// attribute (a negator before 的 in its clause: "不可逾越的红线" is not a negation).</item>
/// </list>
/// Immutable and thread-safe.
/// </summary>
public sealed class ChineseClaimExtractor : IClaimExtractor
{
    private const int ShortClause = 5;

    private readonly ReadoutLanguage language;
    private readonly PhraseMatcher<bool> jointSubjects;
    private readonly PhraseMatcher<bool> pronouns;
    private readonly PhraseMatcher<bool> firstPerson;
    private readonly PhraseMatcher<bool> adverbs;
    private readonly PhraseMatcher<bool> engagementVerbs;
    private readonly PhraseMatcher<bool> enumerators;
    private readonly PhraseMatcher<bool> clauseBreaks;
    private readonly PhraseMatcher<bool> frameOpeners;
    private readonly PhraseMatcher<bool> coordinators;
    private readonly PhraseMatcher<bool> negators;
    private readonly PhraseMatcher<Modality> modalities;

    /// <summary>Creates an extractor reading <paramref name="language"/> (a language written without spaces, such as <see cref="ReadoutLanguage.Chinese"/>).</summary>
    /// <exception cref="ArgumentException">The language has no segmenter.</exception>
    public ChineseClaimExtractor(ReadoutLanguage language)
    {
        this.language = language ?? throw new ArgumentNullException(nameof(language));
        if (language.Segmenter is null)
        {
            throw new ArgumentException($"The language '{language.Tag}' has no word segmenter; the Chinese rules need one.", nameof(language));
        }

        jointSubjects = Phrases(LanguageLists.BothPhrases);
        pronouns = Phrases(LanguageLists.Pronouns);
        firstPerson = PhraseMatcher<bool>.Build(language.Groups(LanguageLists.FirstPerson).SelectMany(g => g.Words).Select(w => (w, true, false)));
        adverbs = Phrases(LanguageLists.CueAdverbs);
        engagementVerbs = Phrases(LanguageLists.EngagementVerbs);
        enumerators = Phrases(LanguageLists.Enumerators);
        clauseBreaks = Phrases(LanguageLists.ClauseBreaks);
        frameOpeners = Phrases(LanguageLists.FrameOpeners);
        coordinators = Phrases(LanguageLists.Coordinators);
        negators = Phrases(LanguageLists.Negators);
        modalities = language.Modalities;
    }

    /// <summary>The extractor for <see cref="ReadoutLanguage.Chinese"/>.</summary>
    public static ChineseClaimExtractor Instance => Built.Value;

    private static readonly Lazy<ChineseClaimExtractor> Built = new(() => new ChineseClaimExtractor(ReadoutLanguage.Chinese));

    private enum SubjectKind
    {
        None,
        Person,
        Joint,
        Side,
        Pronoun,
        FirstPerson,
    }

    private readonly record struct Subject(SubjectKind Kind, int End, string? Name, string? Side);

    private readonly record struct Unit(int Start, int End, string Speaker, ReportingCue? Cue, bool Inferred);

    /// <inheritdoc/>
    public IReadOnlyList<ExtractedClaim> Extract(string normalized, IReadOnlyList<SentenceSpan> sentences, IReadOnlyList<bool> eligible, IReadOnlyList<Participant> participants, string side)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(eligible);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(side);
        var claims = new List<ExtractedClaim>();
        var tokens = WordTokenizer.Tokenize(normalized);
        var boundaries = Boundaries(normalized);
        string? runSpeaker = null;   // whose speech runs on
        string? lastPerson = null;   // the last person named as a subject
        for (var s = 0; s < sentences.Count; s++)
        {
            var span = sentences[s].Span;
            if (span.Start < 0 || span.Length < 0 || span.End > normalized.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(sentences), span, $"Sentence {s}'s span must lie inside the text of {normalized.Length} characters.");
            }

            if (s >= eligible.Count || !eligible[s])
            {
                continue;
            }

            var units = new List<Unit>();
            var clauses = Clauses(normalized, span);
            var engagedUpTo = EngagementClause(normalized, tokens, boundaries, clauses, participants);
            var engagement = engagedUpTo >= 0;
            string? sentenceSpeaker = null;
            var sentenceInferred = false;
            for (var c = 0; c < clauses.Count; c++)
            {
                var (start, end) = clauses[c];
                var first = FirstToken(tokens, start);
                var subject = SubjectAt(normalized, tokens, boundaries, first, end, participants);
                var after = SkipAdverbs(normalized, tokens, boundaries, subject.Kind == SubjectKind.None ? first : FirstToken(tokens, subject.End), end);
                var cue = CueAt(normalized, tokens, boundaries, after, end, out var cueEnd);
                if (cue is null && subject.Kind is SubjectKind.Person or SubjectKind.Joint)
                {
                    cue = DiscussionIn(normalized, tokens, boundaries, after, end, out cueEnd);
                }

                if (c <= engagedUpTo)
                {
                    runSpeaker = null;
                    continue;
                }

                if (subject.Kind == SubjectKind.Person)
                {
                    lastPerson = subject.Name;
                }

                if (cue is not null && (subject.Kind != SubjectKind.None || engagement))
                {
                    var speaker = engagement && subject.Kind == SubjectKind.None ? Speakers.Both : SpeakerOf(subject, runSpeaker, lastPerson, participants, out var inferred);
                    inferred = !engagement && subject.Kind == SubjectKind.Pronoun;
                    sentenceSpeaker = speaker;
                    sentenceInferred = inferred;
                    if (IsClauseEnd(normalized, cueEnd, end))
                    {
                        // "习近平指出," : the claim is what follows, and the speech runs on.
                        runSpeaker = cue.Kind == ReportingCueKind.Discussion ? null : speaker;
                        units.Add(new Unit(-1, -1, speaker, cue, inferred));
                    }
                    else
                    {
                        runSpeaker = cue.Kind == ReportingCueKind.Discussion ? null : speaker;
                        units.Add(new Unit(subject.Kind == SubjectKind.None ? start : subject.End, end, speaker, cue, inferred));
                    }

                    continue;
                }

                if (cue is not null && subject.Kind == SubjectKind.None && (sentenceSpeaker ?? runSpeaker) is { } current && !StartsWith(coordinators, normalized, tokens, boundaries, first, end))
                {
                    // A second cue of the same subject: "..., 表示 ...".
                    units.Add(new Unit(start, end, current, cue, sentenceSpeaker is null || sentenceInferred));
                    continue;
                }

                var speakerNow = sentenceSpeaker ?? runSpeaker;
                var open = units.Count > 0 ? units[^1] : default;
                if (units.Count > 0 && open.Start < 0)
                {
                    // The content right after "X指出,".
                    units[^1] = open with { Start = start, End = end };
                    continue;
                }

                if (units.Count == 0)
                {
                    units.Add(new Unit(start, end, speakerNow ?? (subject.Kind == SubjectKind.Joint ? Speakers.Both : Speakers.Narrator), null, speakerNow is not null && sentenceSpeaker is null));
                    continue;
                }

                if (StartsOwnClaim(normalized, tokens, boundaries, first, end, subject, clauses, c))
                {
                    units.Add(new Unit(start, end, open.Speaker, open.Cue, open.Inferred));
                }
                else
                {
                    units[^1] = open with { End = end };
                }
            }

            foreach (var unit in units)
            {
                if (unit.Start < 0)
                {
                    continue;
                }

                var (from, to) = Trim(normalized, unit.Start, unit.End);
                if (to - from < 2)
                {
                    continue;
                }

                claims.Add(new ExtractedClaim(
                    new Span(from, to - from),
                    s,
                    unit.Speaker,
                    unit.Cue?.Lemma,
                    unit.Cue?.Strength,
                    IsNegated(normalized, tokens, boundaries, from, to),
                    ModalityOf(normalized, tokens, boundaries, from, to),
                    Quoted: false)
                {
                    SpeakerInferred = unit.Inferred,
                });
            }
        }

        return claims;
    }

    private PhraseMatcher<bool> Phrases(string list) => PhraseMatcher<bool>.Build(language.Words(list).Select(w => (w, true, false)));

    /// <summary>Word boundaries: the offsets where a word of the segmentation starts or ends.</summary>
    private bool[] Boundaries(string text)
    {
        var boundary = new bool[text.Length + 1];
        boundary[0] = boundary[text.Length] = true;
        var words = language.Segmenter!.Segment(text, new Span(0, text.Length));
        foreach (var word in words)
        {
            boundary[word.Start] = true;
            boundary[word.End] = true;
        }

        // Anything that is not an ideograph is a boundary on both sides of it.
        for (var i = 0; i < text.Length; i++)
        {
            if (!WordTokenizer.IsIdeograph(text[i]))
            {
                boundary[i] = boundary[i + 1] = true;
            }
        }

        return boundary;
    }

    /// <summary>The clauses of a sentence: stretches between commas, colons and enumeration commas outside quotation marks.</summary>
    private static List<(int Start, int End)> Clauses(string text, Span sentence)
    {
        var clauses = new List<(int, int)>();
        var start = sentence.Start;
        var quoted = false;
        var depth = 0;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c is '《' or '「' or '（' or '(')
            {
                depth++;
            }
            else if (c is '》' or '」' or '）' or ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!quoted && depth == 0 && c is '，' or ',' or '：' or ':')
            {
                clauses.Add((start, i + 1));
                start = i + 1;
            }
        }

        if (start < sentence.End)
        {
            clauses.Add((start, sentence.End));
        }

        return clauses;
    }

    private static int FirstToken(TokenList tokens, int offset)
    {
        var lo = 0;
        var hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether a phrase of <paramref name="matcher"/> stands as whole words at token <paramref name="at"/>.</summary>
    /// <remarks>
    /// With <paramref name="wordStart"/> the phrase need only start a word: a subject or a negator at the head of a longer
    /// word the language keeps whole ("中美" in "中美关系", "不会" in "不会听之任之").
    /// </remarks>
    private static bool MatchAt<T>(PhraseMatcher<T> matcher, string text, TokenList tokens, bool[] boundaries, int at, int end, out PhraseMatch<T> match, bool wordStart = false)
    {
        if (at < tokens.Count && tokens[at].Start < end && matcher.TryMatchAt(tokens, at, text, out match)
            && boundaries[tokens[at].Start] && (wordStart || boundaries[tokens[at + match.TokenCount - 1].End]) && tokens[at + match.TokenCount - 1].End <= end)
        {
            return true;
        }

        match = default;
        return false;
    }

    private static bool StartsWith(PhraseMatcher<bool> matcher, string text, TokenList tokens, bool[] boundaries, int at, int end) =>
        MatchAt(matcher, text, tokens, boundaries, at, end, out _);

    /// <summary>The subject at the opening of a clause: country and title words before a person are part of it.</summary>
    private Subject SubjectAt(string text, TokenList tokens, bool[] boundaries, int at, int end, IReadOnlyList<Participant> participants)
    {
        var i = at;
        string? country = null;
        for (var step = 0; step < 3 && i < tokens.Count && tokens[i].Start < end; step++)
        {
            if (MatchAt(language.PeopleMatcher, text, tokens, boundaries, i, end, out var person))
            {
                return new Subject(SubjectKind.Person, tokens[i + person.TokenCount - 1].End, person.Value.Name, person.Value.Side);
            }

            if (UnknownParticipantAt(text, tokens, i, end, participants) is { } named)
            {
                return new Subject(SubjectKind.Person, named.End, named.Participant.Name, named.Participant.Country);
            }

            if (MatchAt(jointSubjects, text, tokens, boundaries, i, end, out var joint, wordStart: true))
            {
                return new Subject(SubjectKind.Joint, tokens[i + joint.TokenCount - 1].End, null, null);
            }

            if (MatchAt(language.TitleMatcher, text, tokens, boundaries, i, end, out var title))
            {
                i += title.TokenCount;
                continue;
            }

            if (MatchAt(language.CountryMatcher, text, tokens, boundaries, i, end, out var side, wordStart: true))
            {
                country = side.Value;
                var next = i + side.TokenCount;
                if (next < tokens.Count && tokens[next].Start < end && (MatchAt(language.TitleMatcher, text, tokens, boundaries, next, end, out _) || MatchAt(language.PeopleMatcher, text, tokens, boundaries, next, end, out _)))
                {
                    i = next;
                    continue;
                }

                return new Subject(SubjectKind.Side, tokens[next - 1].End, null, country);
            }

            if (MatchAt(pronouns, text, tokens, boundaries, i, end, out var pronoun))
            {
                return new Subject(SubjectKind.Pronoun, tokens[i + pronoun.TokenCount - 1].End, null, null);
            }

            if (MatchAt(firstPerson, text, tokens, boundaries, i, end, out var we))
            {
                return new Subject(SubjectKind.FirstPerson, tokens[i + we.TokenCount - 1].End, null, null);
            }

            break;
        }

        return new Subject(SubjectKind.None, i < tokens.Count ? tokens[Math.Max(at, Math.Min(i, tokens.Count - 1))].Start : end, null, null);
    }

    private static (Participant Participant, int End)? UnknownParticipantAt(string text, TokenList tokens, int at, int end, IReadOnlyList<Participant> participants)
    {
        if (at >= tokens.Count)
        {
            return null;
        }

        var from = tokens[at].Start;
        foreach (var participant in participants)
        {
            foreach (var mention in participant.Mentions)
            {
                if (mention.Length >= 2 && from + mention.Length <= end && string.CompareOrdinal(text, from, mention, 0, mention.Length) == 0)
                {
                    return (participant, from + mention.Length);
                }
            }
        }

        return null;
    }

    private int SkipAdverbs(string text, TokenList tokens, bool[] boundaries, int at, int end)
    {
        var i = at;
        while (i < tokens.Count && tokens[i].Start < end && MatchAt(adverbs, text, tokens, boundaries, i, end, out var adverb))
        {
            i += adverb.TokenCount;
        }

        return i;
    }

    private ReportingCue? CueAt(string text, TokenList tokens, bool[] boundaries, int at, int end, out int cueEnd)
    {
        if (MatchAt(language.Cues, text, tokens, boundaries, at, end, out var cue))
        {
            cueEnd = tokens[at + cue.TokenCount - 1].End;
            return cue.Value;
        }

        cueEnd = -1;
        return null;
    }

    /// <summary>A discussion cue anywhere in the clause ("就 ... 交换了意见").</summary>
    private ReportingCue? DiscussionIn(string text, TokenList tokens, bool[] boundaries, int at, int end, out int cueEnd)
    {
        for (var i = at; i < tokens.Count && tokens[i].Start < end; i++)
        {
            if (MatchAt(language.Cues, text, tokens, boundaries, i, end, out var cue) && cue.Value.Kind == ReportingCueKind.Discussion)
            {
                cueEnd = tokens[i + cue.TokenCount - 1].End;
                return cue.Value;
            }
        }

        cueEnd = -1;
        return null;
    }

    /// <summary>Whether only punctuation and space lie between <paramref name="offset"/> and the clause's end.</summary>
    private static bool IsClauseEnd(string text, int offset, int end)
    {
        for (var i = offset; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The clause that says the engagement took place (a participant named and an engagement verb, before any reporting
    /// cue), or -1: it and the clauses before it (a dateline, the time) are narration.
    /// </summary>
    private int EngagementClause(string text, TokenList tokens, bool[] boundaries, List<(int Start, int End)> clauses, IReadOnlyList<Participant> participants)
    {
        if (participants.Count == 0)
        {
            return -1;
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            var (start, end) = clauses[c];
            for (var i = FirstToken(tokens, start); i < tokens.Count && tokens[i].Start < end; i++)
            {
                if (MatchAt(engagementVerbs, text, tokens, boundaries, i, end, out _))
                {
                    return c;
                }

                if (MatchAt(language.Cues, text, tokens, boundaries, i, end, out _))
                {
                    return -1;
                }
            }
        }

        return -1;
    }

    private static string SpeakerOf(Subject subject, string? runSpeaker, string? lastPerson, IReadOnlyList<Participant> participants, out bool inferred)
    {
        inferred = false;
        switch (subject.Kind)
        {
            case SubjectKind.Person:
                return subject.Name!;
            case SubjectKind.Joint:
                return Speakers.Both;
            case SubjectKind.Pronoun:
                inferred = true;
                return lastPerson ?? runSpeaker ?? Speakers.Narrator;
            case SubjectKind.FirstPerson:
                return runSpeaker ?? Speakers.Narrator;
            case SubjectKind.Side:
                var current = runSpeaker is null ? null : participants.FirstOrDefault(p => p.Name == runSpeaker);
                if (current is not null && current.Country == subject.Side)
                {
                    return current.Name;
                }

                var ofSide = participants.Where(p => p.Country == subject.Side).ToList();
                return ofSide.Count == 1 ? ofSide[0].Name : runSpeaker ?? Speakers.Narrator;
            default:
                return runSpeaker ?? Speakers.Narrator;
        }
    }

    private bool StartsOwnClaim(string text, TokenList tokens, bool[] boundaries, int first, int end, Subject subject, List<(int Start, int End)> clauses, int c)
    {
        if (StartsWith(coordinators, text, tokens, boundaries, first, end))
        {
            return false;
        }

        if (StartsWith(enumerators, text, tokens, boundaries, first, end) || StartsWith(clauseBreaks, text, tokens, boundaries, first, end))
        {
            return true;
        }

        if (subject.Kind == SubjectKind.None)
        {
            return false;
        }

        // A subject of its own, unless the clause before is a fronted phrase or a few characters of time or place.
        var (prevStart, prevEnd) = clauses[c - 1];
        var letters = 0;
        for (var i = prevStart; i < prevEnd; i++)
        {
            letters += char.IsLetterOrDigit(text[i]) ? 1 : 0;
        }

        return letters > ShortClause && !StartsWith(frameOpeners, text, tokens, boundaries, FirstToken(tokens, prevStart), prevEnd);
    }

    private bool IsNegated(string text, TokenList tokens, bool[] boundaries, int from, int to)
    {
        foreach (var (start, end) in Clauses(text, new Span(from, to - from)))
        {
            var first = FirstToken(tokens, start);
            if (StartsWith(coordinators, text, tokens, boundaries, first, end))
            {
                continue;
            }

            // A negator before the clause's last 的 is an attribute; found once, so a clause of many negators stays linear.
            var lastDe = text.AsSpan(start, end - start).LastIndexOf('的') is var de and >= 0 ? start + de : -1;
            for (var i = first; i < tokens.Count && tokens[i].Start < end; i++)
            {
                if (MatchAt(negators, text, tokens, boundaries, i, end, out var negator, wordStart: true))
                {
                    if (tokens[i + negator.TokenCount - 1].End > lastDe)
                    {
                        return true;
                    }

                    i += negator.TokenCount - 1;
                }
            }
        }

        return false;
    }

    private Modality ModalityOf(string text, TokenList tokens, bool[] boundaries, int from, int to)
    {
        var found = Modality.Assertion;
        for (var i = FirstToken(tokens, from); i < tokens.Count && tokens[i].Start < to; i++)
        {
            if (MatchAt(modalities, text, tokens, boundaries, i, to, out var modal))
            {
                if (modal.Value == Modality.Condition)
                {
                    return Modality.Condition;
                }

                found = found == Modality.Assertion ? modal.Value : found;
                i += modal.TokenCount - 1;
            }
        }

        return found;
    }

    private static (int From, int To) Trim(string text, int from, int to)
    {
        while (from < to && (char.IsWhiteSpace(text[from]) || char.IsPunctuation(text[from]) && text[from] != '"'))
        {
            from++;
        }

        while (to > from && (char.IsWhiteSpace(text[to - 1]) || char.IsPunctuation(text[to - 1]) && text[to - 1] != '"'))
        {
            to--;
        }

        return (from, to);
    }
}
