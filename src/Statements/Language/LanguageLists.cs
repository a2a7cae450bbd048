namespace Statements.Language;

/// <summary>
/// The names of the lists a <see cref="ReadoutLanguage"/> holds, one per data file (<c>&lt;name&gt;.txt</c> in the
/// language's folder). Each file's header comment says what the list is for and where its entries come from;
/// <c>src/Statements/Language/en/README.md</c> is the index.
/// </summary>
public static class LanguageLists
{
    /// <summary>Titles and offices before or after a name ("president", "prime minister").</summary>
    public const string Titles = "titles";

    /// <summary>Title words that with "the" and no name stand for a participant ("the President").</summary>
    public const string RoleHeads = "role-heads";

    /// <summary>
    /// Titles that name a side's leader whatever the office ("the Head of State", "the leader"): they stand for that side's
    /// leader, never for a participant of their own. Optional.
    /// </summary>
    public const string LeaderTitles = "leader-titles";

    /// <summary>
    /// Words of courtesy between the leaders ("congratulated", "thanked", "condolences", "greetings", "invited"): a claim
    /// whose act is one (its cue, or right after it) and that names no specific topic, number or agenda of the talks is a
    /// courtesy, which links general to nothing. Optional.
    /// </summary>
    public const string Courtesies = "courtesies";

    /// <summary>Phrases that name both participants as a subject ("the two leaders", "both sides").</summary>
    public const string BothPhrases = "both-phrases";

    /// <summary>Singular pronouns that refer back to the last single participant ("he", "she").</summary>
    public const string Pronouns = "pronouns";

    /// <summary>Capitalised words that are not part of a person's name.</summary>
    public const string NameStopWords = "name-stop-words";

    /// <summary>Lower-case particles inside a person's name ("von der Leyen", "bin Salman").</summary>
    public const string NameParticles = "name-particles";

    /// <summary>Verbs that after a bare name show it is a person acting ("Vladimir Putin had ...").</summary>
    public const string ActionVerbs = "action-verbs";

    /// <summary>Month names.</summary>
    public const string Months = "months";

    /// <summary>Weekday names.</summary>
    public const string Weekdays = "weekdays";

    /// <summary>Words that say how talks went ("candid", "constructive").</summary>
    public const string TalkDescriptors = "talk-descriptors";

    /// <summary>Words that, right after a word for the talks or up to three words later, name what they were about ("an exchange of views on ...", "the conversation focused on ...").</summary>
    public const string TalkPrepositions = "talk-prepositions";

    /// <summary>Words that, shortly before a word for the talks, make them talks to come or going on ("further discussions").</summary>
    public const string TalkContinuations = "talk-continuations";

    /// <summary>Single title words that alignment skips, with the name after them.</summary>
    public const string TitleWords = "title-words";

    /// <summary>Capitalised words that are not named things in alignment ("Allies", "Party").</summary>
    public const string NotEntities = "not-entities";

    /// <summary>Words that say nothing about a claim's matter (alignment).</summary>
    public const string StopWords = "stop-words";

    /// <summary>Words nearly every readout uses; they count weakly in alignment.</summary>
    public const string CommonWords = "common-words";

    /// <summary>Capitalised words that typically open a sentence (case-sensitive).</summary>
    public const string SentenceOpeners = "sentence-openers";

    /// <summary>Page furniture cues: a sentence holding one is boilerplate.</summary>
    public const string BoilerplateCues = "boilerplate-cues";

    /// <summary>Caption and credit cues: a sentence holding one is metadata.</summary>
    public const string MetadataCues = "metadata-cues";

    /// <summary>Phrases that point back to the previous claim's matter ("this issue").</summary>
    public const string BackReferences = "back-references";

    /// <summary>Words that open a clause with a subject of its own.</summary>
    public const string SubjectWords = "subject-words";

    /// <summary>Words after "it is" that make "it" point at nothing ("important").</summary>
    public const string ExpletiveFollowers = "expletive-followers";

    /// <summary>Auxiliaries of the passive ("was", "been").</summary>
    public const string PassiveAuxiliaries = "passive-auxiliaries";

    /// <summary>Past-tense auxiliaries before a passive cue: an agentless report of the talks ("It was agreed").</summary>
    public const string PastAuxiliaries = "past-auxiliaries";

    /// <summary>Determiners and prepositions that make a cue word a noun.</summary>
    public const string Determiners = "determiners";

    /// <summary>Words that may stand between a subject and its cue ("also", "further").</summary>
    public const string CueAdverbs = "cue-adverbs";

    /// <summary>Verbs that report the engagement took place ("spoke", "met").</summary>
    public const string EngagementVerbs = "engagement-verbs";

    /// <summary>Nouns that name the engagement ("call", "meeting").</summary>
    public const string EngagementNouns = "engagement-nouns";

    /// <summary>Tokens that end a clause before a second cue.</summary>
    public const string ClauseBreaks = "clause-breaks";

    /// <summary>Words that join two positions of one clause ("and", "but", "as well as").</summary>
    public const string Coordinators = "coordinators";

    /// <summary>Nouns that open a coordinated complement holding a position of its own ("the importance of").</summary>
    public const string PositionNouns = "position-nouns";

    /// <summary>Prepositions that, repeated, open a further complement of the same cue ("of A, of B and of C").</summary>
    public const string ComplementPrepositions = "complement-prepositions";

    /// <summary>Words and phrases that number positions ("first", "the other is").</summary>
    public const string Enumerators = "enumerators";

    /// <summary>Auxiliaries and modals that give a coordinated part a verb of its own ("is", "should").</summary>
    public const string FiniteVerbs = "finite-verbs";

    /// <summary>Negation words, for claims and alignment.</summary>
    public const string Negators = "negators";

    /// <summary>Negated changes that state continuity ("has not changed").</summary>
    public const string ContinuityPhrases = "continuity-phrases";

    /// <summary>Nouns that name the talks ("exchange of views", "phone call").</summary>
    public const string TalkNouns = "talk-nouns";

    /// <summary>Words that open a noun phrase (determiners, prepositions).</summary>
    public const string PhraseOpeners = "phrase-openers";

    /// <summary>Number words that may count hours in a duration.</summary>
    public const string NumberWords = "number-words";

    /// <summary>Words that point to an earlier engagement.</summary>
    public const string PriorCues = "prior-cues";

    /// <summary>Nouns of an earlier engagement.</summary>
    public const string PriorNouns = "prior-nouns";

    /// <summary>Words that point to a next engagement.</summary>
    public const string NextCues = "next-cues";

    /// <summary>Phrases that with a source after them switch an article's side ("according to").</summary>
    public const string SourceLeads = "source-leads";

    /// <summary>Verbs and nouns after a source in an article ("said", "statement").</summary>
    public const string SourceVerbs = "source-verbs";

    /// <summary>Phrases that put an article's sentence on neither side ("both governments").</summary>
    public const string BothGovernments = "both-governments";

    /// <summary>Grouped file: concept id | phrases that name it.</summary>
    public const string Concepts = "concepts";

    /// <summary>Grouped file: side | publisher cue.</summary>
    public const string Publishers = "publishers";

    /// <summary>Grouped file: kind (title, month, may-end) | abbreviations.</summary>
    public const string Abbreviations = "abbreviations";

    /// <summary>Grouped file: modality (condition, obligation, intention, hope) | phrases.</summary>
    public const string Modality = "modality";

    /// <summary>Grouped file: kind (singular, plural, joint) | first-person words and the words that make "we" both participants.</summary>
    public const string FirstPerson = "first-person";

    /// <summary>Grouped list <c>counterpart-cues.txt</c>: the words around the counterparts an opening sentence names (start, stop); read by the readout timeline.</summary>
    public const string CounterpartCues = "counterpart-cues";

    /// <summary>Table file: lemma | strength | kind | forms.</summary>
    public const string ReportingCues = "reporting-cues";

    /// <summary>Table file: side | codes | forms.</summary>
    public const string Countries = "countries";

    /// <summary>JSON file <c>topics.json</c>: the topic taxonomy.</summary>
    public const string Topics = "topics";

    /// <summary>JSON file <c>lexicon.json</c>: the tone lexicon.</summary>
    public const string Lexicon = "lexicon";

    /// <summary>JSON file <c>link-model.json</c>: the fitted alignment model (<see cref="Alignment.LinkModel"/>); optional, a
    /// language without one uses English's.</summary>
    public const string LinkModel = "link-model";

    /// <summary>
    /// Known people (<c>name | side | forms</c>): the canonical name, the side and the forms in the language's text.
    /// Optional; a language without one finds people by titles and names in its own way.
    /// </summary>
    public const string People = "people";

    /// <summary>
    /// The bilingual glossary of official formulations (<c>key | forms | English forms | source</c>). Optional.
    /// </summary>
    public const string Glossary = "glossary";

    /// <summary>
    /// The form of the engagement and the request cue in a language whose facts are not read by the English rules
    /// (<c>key | words</c>; keys video-call, call, meeting, requested). Optional; read for Chinese readouts.
    /// </summary>
    public const string EngagementFormats = "engagement-formats";

    /// <summary>
    /// Nouns that name a matter only as an area (key <c>noun</c>: "situation", "developments", "war", "issues") and the words
    /// that end a report's subject before one (key <c>stop</c>): a report of discussion whose subject is such a noun
    /// ("discussed the situation in Gaza") names its matter only as part of that area, so it links general, not
    /// specifically, to each more specific claim inside it. Optional.
    /// </summary>
    public const string AreaNouns = "area-nouns";

    /// <summary>
    /// Short forms of titles, grouped under the title of <see cref="Titles"/> they stand for (<c>prime minister | pm</c>,
    /// <c>president | prez</c>): "PM Narendra Modi" is the Prime Minister, so "the Prime Minister" later in the readout is
    /// the same person. Read in capitals only, as titles are, and never right after a number ("at 9 PM"). Optional.
    /// </summary>
    public const string TitleForms = "title-forms";

    /// <summary>
    /// Traditional characters and their simplified forms (<c>traditional | simplified</c>, one character each): the Chinese
    /// normaliser reads a traditional-character readout through it. Optional.
    /// </summary>
    public const string Traditional = "traditional";

    /// <summary>
    /// Words a segmenting language keeps whole beyond those of its other lists (names and formulations: "旧金山愿景").
    /// Optional; read only by languages written without spaces.
    /// </summary>
    public const string SegmenterWords = "segmenter-words";

    /// <summary>
    /// Words that open a fronted phrase rather than a clause of its own ("对于", "关于", "面对"): a claim is not cut after
    /// such a phrase. Optional; read by the Chinese claim rules.
    /// </summary>
    public const string FrameOpeners = "frame-openers";

    /// <summary>Every plain word list (one entry per line).</summary>
    public static IReadOnlyList<string> WordLists { get; } =
    [
        Titles, RoleHeads, BothPhrases, Pronouns, NameStopWords, NameParticles, ActionVerbs, Months, Weekdays, TalkDescriptors, TalkPrepositions, TalkContinuations, TitleWords,
        NotEntities, StopWords, CommonWords, SentenceOpeners, BoilerplateCues, MetadataCues, BackReferences, SubjectWords,
        ExpletiveFollowers, PassiveAuxiliaries, PastAuxiliaries, Determiners, CueAdverbs, EngagementVerbs, EngagementNouns, ClauseBreaks,
        Coordinators, PositionNouns, ComplementPrepositions, Enumerators, FiniteVerbs, Negators, ContinuityPhrases, TalkNouns, PhraseOpeners, NumberWords, PriorCues, PriorNouns, NextCues, SourceLeads,
        SourceVerbs, BothGovernments, SegmenterWords, FrameOpeners, LeaderTitles, Courtesies,
    ];

    /// <summary>The word lists a language may leave out (<see cref="SegmenterWords"/>, <see cref="FrameOpeners"/>, <see cref="LeaderTitles"/>, <see cref="Courtesies"/>).</summary>
    public static IReadOnlyList<string> OptionalWordLists { get; } = [SegmenterWords, FrameOpeners, LeaderTitles, Courtesies];

    /// <summary>Every grouped list (<c>key | word, word, ...</c> per line).</summary>
    public static IReadOnlyList<string> GroupLists { get; } = [Concepts, Publishers, Abbreviations, Modality, FirstPerson, CounterpartCues, EngagementFormats, AreaNouns, TitleForms];

    /// <summary>The file name of a list: <c>&lt;name&gt;.txt</c>, or <c>topics.json</c> and <c>lexicon.json</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="list"/> is null.</exception>
    public static string FileOf(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list is Topics or Lexicon or LinkModel ? list + ".json" : list + ".txt";
    }

    /// <summary>Every file a complete language folder holds.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [.. WordLists.Except(OptionalWordLists).Concat(GroupLists.Except([EngagementFormats, AreaNouns, TitleForms])).Append(ReportingCues).Append(Countries).Append(Topics).Append(Lexicon).Select(FileOf)];

    /// <summary>Files a language folder may hold besides <see cref="Files"/>: <c>link-model.json</c>.</summary>
    public static IReadOnlyList<string> OptionalFiles { get; } = [FileOf(LinkModel), FileOf(People), FileOf(Glossary), FileOf(Traditional), FileOf(EngagementFormats), FileOf(AreaNouns), FileOf(TitleForms), FileOf(SegmenterWords), FileOf(FrameOpeners), FileOf(LeaderTitles), FileOf(Courtesies)];

}
