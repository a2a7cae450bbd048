using System.Buffers;
using System.Collections.Immutable;
using Statements.Alignment;
using Statements.Text;
using Statements.Tone;
using Statements.Topics;

namespace Statements.Language;

/// <summary>
/// Everything language-specific the built-in stages use, in one immutable object: the normaliser, the topic taxonomy,
/// the tone lexicon, the reporting cues, the countries and some forty word lists (titles, negators, talk nouns ...),
/// each loaded from a data file of its own (<see cref="LanguageLists"/>). <see cref="English"/> is built in; a folder
/// in the same format loads with <see cref="Load(string, string?)"/>, and <see cref="ToBuilder"/> extends a language.
/// Hand one to <see cref="ReadoutComparerBuilder.UseLanguage"/> and every default stage reads it; no stage keeps a word
/// list of its own. Immutable and thread-safe.
/// </summary>
public sealed class ReadoutLanguage
{
    private static readonly Lazy<ReadoutLanguage> BuiltInEnglish = new(() => Load("en", name =>
        typeof(ReadoutLanguage).Assembly.GetManifestResourceStream("Statements.Language.en." + name)));

    private readonly ImmutableDictionary<string, ImmutableArray<string>> words;
    private readonly ImmutableDictionary<string, ImmutableArray<WordGroup>> groups;
    private readonly WordTable<WordClass> wordClasses;

    internal ReadoutLanguage(
        string tag,
        ITextNormalizer normalizer,
        TopicTaxonomy topics,
        ToneLexicon lexicon,
        ImmutableArray<ReportingCue> reportingCues,
        ImmutableArray<Country> countries,
        ImmutableDictionary<string, ImmutableArray<string>> words,
        ImmutableDictionary<string, ImmutableArray<WordGroup>> groups,
        Alignment.LinkModel linkModel,
        ImmutableArray<Person> people = default,
        ImmutableArray<GlossaryEntry> glossary = default,
        IWordSegmenter? segmenter = null)
    {
        LinkModel = linkModel;
        People = people.IsDefault ? [] : people;
        Glossary = glossary.IsDefault ? [] : glossary;
        CustomSegmenter = segmenter;
        Tag = tag;
        Normalizer = normalizer;
        Topics = topics;
        Lexicon = lexicon;
        ReportingCues = reportingCues;
        Countries = countries;
        this.words = words;
        this.groups = groups;

        // Compiled once: the stages look words up in these.
        Cues = PhraseMatcher<ReportingCue>.Build(reportingCues.SelectMany(c => c.Forms.Select(f => (f, c, false))));
        CueForms = new WordSet(reportingCues.SelectMany(c => c.Forms));
        TalkCueForms = new WordSet(reportingCues.Where(c => c.Kind is ReportingCueKind.Discussion or ReportingCueKind.Noun).SelectMany(c => c.Forms), ignoreCase: true);
        CountryMatcher = PhraseMatcher<string>.Build(countries.SelectMany(c => c.Forms.Select(f => f.StartsWith('=') ? (f[1..], c.Name, true) : (f, c.Name, false))));
        var sides = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            foreach (var name in country.Codes.Concat(country.Forms.Select(f => f.TrimStart('='))).Append(country.Name))
            {
                sides.TryAdd(name, country.Name);
            }
        }

        SideNames = sides.ToImmutable();
        Publishers = [.. Groups(LanguageLists.Publishers).SelectMany(g => g.Words.Select(w => (w, g.Key)))];
        TitleList = Words(LanguageLists.Titles);
        var shortTitles = Groups(LanguageLists.TitleForms).SelectMany(g => g.Words.Select(w => (Form: w, Title: g.Key))).ToList();
        TitleMatcher = PhraseMatcher<string>.Build(TitleList.Select(t => (t, t, false)).Concat(shortTitles.Select(s => (s.Form, s.Title, false))));
        TitlesIgnoringCase = new WordSet(TitleList.Concat(shortTitles.Select(s => s.Form)), ignoreCase: true);
        TitleShortForms = new WordSet(shortTitles.Select(s => s.Form));
        BothMatcher = PhraseMatcher<string>.Build(Words(LanguageLists.BothPhrases).Select(p => (p, Speakers.Both, false)));
        ConceptMatcher = PhraseMatcher<string>.Build(Groups(LanguageLists.Concepts).SelectMany(g => g.Words.Select(w => (w, g.Key, false)))
            .Concat(Glossary.SelectMany(g => g.Forms.Select(f => (f, g.Concept, false)))));
        PeopleMatcher = PhraseMatcher<Person>.Build(People.SelectMany(p => p.Forms.Select(f => (f, p, false))));
        WithoutSpaces = tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        segmenterOf = new Lazy<IWordSegmenter?>(() => CustomSegmenter ?? (WithoutSpaces ? new DictionarySegmenter(SegmenterVocabulary(), JiebaWordSegmenter.Instance) : null));
        Modalities = PhraseMatcher<Modality>.Build(Groups(LanguageLists.Modality).SelectMany(g => g.Words.Select(w => (w, ModalityOf(g.Key), false))));
        var months = Words(LanguageLists.Months);
        var weekdays = Words(LanguageLists.Weekdays);
        RoleHeads = Set(LanguageLists.RoleHeads);
        LeaderTitles = Set(LanguageLists.LeaderTitles);
        LeaderTitleMatcher = Phrases(LanguageLists.LeaderTitles);
        CourtesyMatcher = Phrases(LanguageLists.Courtesies);
        Pronouns = Set(LanguageLists.Pronouns);
        NameParticles = Set(LanguageLists.NameParticles);
        FirstPersonSingular = FirstPersonWords("singular");
        FirstPersonPlural = FirstPersonWords("plural");
        AreaNouns = new(Groups(LanguageLists.AreaNouns).Where(g => g.Key == "noun").SelectMany(g => g.Words));
        AreaStops = new(Groups(LanguageLists.AreaNouns).Where(g => g.Key == "stop").SelectMany(g => g.Words));
        CounterpartStarts = new(Groups(LanguageLists.CounterpartCues).Where(g => g.Key == "start").SelectMany(g => g.Words));
        CounterpartStops = new(Groups(LanguageLists.CounterpartCues).Where(g => g.Key == "stop").SelectMany(g => g.Words));
        CounterpartPlaces = new(Groups(LanguageLists.CounterpartCues).Where(g => g.Key == "place").SelectMany(g => g.Words));
        CounterpartPossessives = new(Groups(LanguageLists.CounterpartCues).Where(g => g.Key == "possessive").SelectMany(g => g.Words));
        CounterpartNouns = new(Groups(LanguageLists.CounterpartCues).Where(g => g.Key == "noun").SelectMany(g => g.Words));
        TimeOpeners = PhraseMatcher<bool>.Build(Groups(LanguageLists.CounterpartCues).Where(g => g.Key == "time").SelectMany(g => g.Words).Select(w => (w, true, false)));
        JointWords = PhraseMatcher<bool>.Build(Groups(LanguageLists.FirstPerson).Where(g => g.Key == "joint").SelectMany(g => g.Words).Select(w => (w, true, false)));
        NameStopWords = new WordSet(Words(LanguageLists.NameStopWords).Concat(months).Concat(weekdays));
        ActionVerbs = Set(LanguageLists.ActionVerbs);
        Months = new WordSet(months);
        Weekdays = new WordSet(weekdays);
        TalkDescriptors = Set(LanguageLists.TalkDescriptors);
        TalkPrepositions = Set(LanguageLists.TalkPrepositions);
        TalkContinuations = Set(LanguageLists.TalkContinuations);
        TitleWords = Set(LanguageLists.TitleWords);
        NotEntities = new WordSet(Words(LanguageLists.NotEntities).Concat(weekdays));
        StopWords = Set(LanguageLists.StopWords);
        CommonTerms = new WordSet(Words(LanguageLists.CommonWords).Select(w => w.StartsWith('~') ? w : Stem(w)));
        SentenceOpeners = Set(LanguageLists.SentenceOpeners);
        BoilerplateCues = [.. Words(LanguageLists.BoilerplateCues).Select(w => w.ToLowerInvariant())];
        MetadataCues = [.. Words(LanguageLists.MetadataCues).Select(w => w.ToLowerInvariant())];
        BoilerplateCueSearch = SearchValues.Create(BoilerplateCues.AsSpan(), StringComparison.OrdinalIgnoreCase);
        MetadataCueSearch = SearchValues.Create(MetadataCues.AsSpan(), StringComparison.OrdinalIgnoreCase);
        BackReferences = Phrases(LanguageLists.BackReferences);
        SubjectWords = Set(LanguageLists.SubjectWords);
        ExpletiveFollowers = Set(LanguageLists.ExpletiveFollowers);
        PassiveAuxiliaries = Set(LanguageLists.PassiveAuxiliaries);
        PastAuxiliaries = Set(LanguageLists.PastAuxiliaries);
        Determiners = Set(LanguageLists.Determiners);
        CueAdverbs = Set(LanguageLists.CueAdverbs);
        EngagementVerbs = Set(LanguageLists.EngagementVerbs);
        EngagementNouns = Set(LanguageLists.EngagementNouns);
        ClauseBreaks = Set(LanguageLists.ClauseBreaks);
        Coordinators = Phrases(LanguageLists.Coordinators);
        PositionNouns = Set(LanguageLists.PositionNouns);
        ComplementPrepositions = Set(LanguageLists.ComplementPrepositions);
        Enumerators = Phrases(LanguageLists.Enumerators);
        FiniteVerbs = Set(LanguageLists.FiniteVerbs);
        Negators = Set(LanguageLists.Negators);
        ContinuityPhrases = Phrases(LanguageLists.ContinuityPhrases);
        TalkNouns = Phrases(LanguageLists.TalkNouns);
        PhraseOpeners = Set(LanguageLists.PhraseOpeners);
        NumberWords = Words(LanguageLists.NumberWords);
        PriorCues = Set(LanguageLists.PriorCues);
        PriorNouns = Set(LanguageLists.PriorNouns);
        NextCues = Set(LanguageLists.NextCues);
        SourceLeads = Phrases(LanguageLists.SourceLeads);
        SourceVerbs = Set(LanguageLists.SourceVerbs);
        BothGovernments = Phrases(LanguageLists.BothGovernments);
        TitleAbbreviations = Abbreviations("title");
        MonthAbbreviations = Abbreviations("month");
        MayEndAbbreviations = Abbreviations("may-end");
        DirectTopics = new TopicTagger(new TopicTaxonomy(topics.Topics.Select(t => t with { Contextual = [] })));
        wordClasses = new WordTable<WordClass>(WordClasses());
    }

    private static readonly Lazy<ReadoutLanguage> BuiltInChinese = new(() =>
    {
        var builder = new ReadoutLanguageBuilder("zh-Hans");
        builder.AddFrom(name => typeof(ReadoutLanguage).Assembly.GetManifestResourceStream("Statements.Language.zh-Hans." + name), requireAll: false);
        return builder.Build();
    });

    private readonly Lazy<IWordSegmenter?> segmenterOf;

    /// <summary>The built-in English language (BCP 47 tag "en"), loaded from the embedded files of <c>Language/en</c>.</summary>
    public static ReadoutLanguage English => BuiltInEnglish.Value;

    /// <summary>
    /// The built-in Chinese language (BCP 47 tag "zh-Hans"), loaded from the embedded files of <c>Language/zh-Hans</c>:
    /// reporting cues, people, countries, titles, negators, modality, topics and the tone lexicon in Chinese, mapped to
    /// the same topic ids and tone keys as English, and the bilingual glossary of official formulations.
    /// </summary>
    public static ReadoutLanguage Chinese => BuiltInChinese.Value;

    /// <summary>Known people (<c>people.txt</c>); empty where the language has none.</summary>
    public ImmutableArray<Person> People { get; }

    /// <summary>The bilingual glossary of official formulations (<c>glossary.txt</c>); empty where the language has none.</summary>
    public ImmutableArray<GlossaryEntry> Glossary { get; }

    /// <summary>
    /// Whether the language is written without spaces between words (Chinese), so the built-in stages cut its text with
    /// <see cref="Segmenter"/> and use the rules written for it.
    /// </summary>
    public bool WithoutSpaces { get; }

    /// <summary>
    /// What cuts the language's text into words: null for a language written with spaces; for Chinese, the built-in
    /// segmenter (jieba.NET, with the language's own names, cues and formulations kept whole) unless
    /// <see cref="ReadoutLanguageBuilder.UseSegmenter"/> set another.
    /// </summary>
    public IWordSegmenter? Segmenter => segmenterOf.Value;

    /// <summary>The BCP 47 tag of the language ("en").</summary>
    public string Tag { get; }

    /// <summary>Stage 1: prepares text for the other stages, one character for one.</summary>
    public ITextNormalizer Normalizer { get; }

    /// <summary>The topic taxonomy (<c>topics.json</c>).</summary>
    public TopicTaxonomy Topics { get; }

    /// <summary>The fitted alignment model (<c>link-model.json</c>; English's where the language has none).</summary>
    public Alignment.LinkModel LinkModel { get; }

    /// <summary>The tone lexicon (<c>lexicon.json</c>); it also holds the hedges, boosters, degree words and tone negators.</summary>
    public ToneLexicon Lexicon { get; }

    /// <summary>The reporting cues (<c>reporting-cues.txt</c>).</summary>
    public ImmutableArray<ReportingCue> ReportingCues { get; }

    /// <summary>The countries (<c>countries.txt</c>).</summary>
    public ImmutableArray<Country> Countries { get; }

    /// <summary>A word list by name (see <see cref="LanguageLists.WordLists"/>); empty when the language has none.</summary>
    /// <exception cref="ArgumentException">The name is not a word list's.</exception>
    public ImmutableArray<string> Words(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (!LanguageLists.WordLists.Contains(list))
        {
            throw new ArgumentException($"'{list}' is not a word list; the word lists are {string.Join(", ", LanguageLists.WordLists)}.", nameof(list));
        }

        return words.TryGetValue(list, out var found) ? found : [];
    }

    /// <summary>A grouped list by name (see <see cref="LanguageLists.GroupLists"/>); empty when the language has none.</summary>
    /// <exception cref="ArgumentException">The name is not a grouped list's.</exception>
    public ImmutableArray<WordGroup> Groups(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        if (!LanguageLists.GroupLists.Contains(list))
        {
            throw new ArgumentException($"'{list}' is not a grouped list; the grouped lists are {string.Join(", ", LanguageLists.GroupLists)}.", nameof(list));
        }

        return groups.TryGetValue(list, out var found) ? found : [];
    }

    /// <summary>A builder that starts from this language.</summary>
    public ReadoutLanguageBuilder ToBuilder() => new(this);

    /// <summary>
    /// Reads a complete language from a folder in the format of the built-in one (<c>src/Statements/Language/en</c>):
    /// every file of <see cref="LanguageLists.Files"/>. To add to a language rather than replace it, use
    /// <see cref="ReadoutLanguageBuilder.AddFrom(string)"/>.
    /// </summary>
    /// <param name="folder">The folder.</param>
    /// <param name="tag">The language's BCP 47 tag; null for the folder's name.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="LanguageDataException">A file is missing, unknown or malformed (the message says which and where).</exception>
    public static ReadoutLanguage Load(string folder, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Language folder not found: {Path.GetFullPath(folder)}");
        }

        LanguageFolder.CheckNames(folder);
        var builder = new ReadoutLanguageBuilder(tag ?? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))));
        builder.AddFrom(name => LanguageFolder.Open(folder, name), requireAll: true, name => Path.Combine(folder, name));
        return builder.Build();
    }

    /// <summary>Reads a complete language from streams: <paramref name="openFile"/> opens a file by name (<see cref="LanguageLists.Files"/>), or returns null when there is none.</summary>
    /// <exception cref="LanguageDataException">A file is missing or malformed (the message says which and where).</exception>
    public static ReadoutLanguage Load(string tag, Func<string, Stream?> openFile)
    {
        ArgumentNullException.ThrowIfNull(tag);
        ArgumentNullException.ThrowIfNull(openFile);
        var builder = new ReadoutLanguageBuilder(tag);
        builder.AddFrom(openFile, requireAll: true);
        return builder.Build();
    }

    // ---- compiled views for the built-in stages ----

    internal PhraseMatcher<ReportingCue> Cues { get; }

    /// <summary>The segmenter set with <see cref="ReadoutLanguageBuilder.UseSegmenter"/>, or null.</summary>
    internal IWordSegmenter? CustomSegmenter { get; }

    internal PhraseMatcher<Person> PeopleMatcher { get; }

    /// <summary>
    /// The words a segmenter keeps whole: every form of two characters or more in the language's cues, people, countries,
    /// glossary and word lists (titles, joint subjects, negators, modality words, enumerators ...), and the
    /// <c>segmenter-words</c> list. The topics and the tone lexicon are left out: their phrases match as character
    /// sequences anyway, and kept whole they would hide the words the claim rules look for ("重点阐述" would hide the
    /// cue "阐述").
    /// </summary>
    internal IEnumerable<string> SegmenterVocabulary()
    {
        var all = ReportingCues.SelectMany(c => c.Forms)
            .Concat(People.SelectMany(p => p.Forms))
            .Concat(Countries.SelectMany(c => c.Forms))
            .Concat(Glossary.SelectMany(g => g.Forms))
            .Concat(LanguageLists.WordLists.SelectMany(l => Words(l)))
            .Concat(LanguageLists.GroupLists.SelectMany(l => Groups(l).SelectMany(g => g.Words)));
        return all.Select(w => w.Trim()).Where(w => w.Length >= 2 && w.All(c => !char.IsWhiteSpace(c))).Distinct(StringComparer.Ordinal);
    }

    internal WordSet CueForms { get; }

    /// <summary>The forms of the cues that report discussion (kinds discussion and noun: "discussed", "an exchange of views"), any case.</summary>
    internal WordSet TalkCueForms { get; }

    internal PhraseMatcher<string> CountryMatcher { get; }

    /// <summary>Every side name, code and form, case-blind, to its canonical side.</summary>
    internal ImmutableDictionary<string, string> SideNames { get; }

    internal ImmutableArray<(string Cue, string Side)> Publishers { get; }

    internal ImmutableArray<string> TitleList { get; }

    /// <summary><see cref="TitleList"/> as a set, case-blind (ordinal).</summary>
    internal WordSet TitlesIgnoringCase { get; }

    internal PhraseMatcher<string> TitleMatcher { get; }

    /// <summary>The short forms of titles (<see cref="LanguageLists.TitleForms"/>: "pm", "prez"), which <see cref="TitleMatcher"/>
    /// maps to their titles.</summary>
    internal WordSet TitleShortForms { get; }

    /// <summary>Titles that name a side's leader whatever the office (<see cref="LanguageLists.LeaderTitles"/>), as titles are written in <see cref="TitleMatcher"/>.</summary>
    internal WordSet LeaderTitles { get; }

    /// <summary>The <see cref="LeaderTitles"/> as phrases, to find them in a sentence.</summary>
    internal PhraseMatcher<bool> LeaderTitleMatcher { get; }

    /// <summary>The words of courtesy between the leaders (<see cref="LanguageLists.Courtesies"/>), to find them in a claim.</summary>
    internal PhraseMatcher<bool> CourtesyMatcher { get; }

    internal PhraseMatcher<string> BothMatcher { get; }

    internal PhraseMatcher<string> ConceptMatcher { get; }

    internal PhraseMatcher<Modality> Modalities { get; }

    internal WordSet RoleHeads { get; }

    internal WordSet Pronouns { get; }

    /// <summary>Lower-case particles inside a name ("von", "der", "bin").</summary>
    internal WordSet NameParticles { get; }

    /// <summary>"I", "me", "my": a text speaking so outside quotation marks is its author's own statement.</summary>
    internal WordSet FirstPersonSingular { get; }

    /// <summary>"we", "us", "our".</summary>
    internal WordSet FirstPersonPlural { get; }

    /// <summary>Nouns that name a matter only as an area (<see cref="LanguageLists.AreaNouns"/>, key noun).</summary>
    internal WordSet AreaNouns { get; }

    /// <summary>Words that end a report's subject before an area noun (<see cref="LanguageLists.AreaNouns"/>, key stop).</summary>
    internal WordSet AreaStops { get; }

    /// <summary>The words after which an opening sentence names the counterparts ("with"): the readout timeline.</summary>
    internal WordSet CounterpartStarts { get; }

    /// <summary>The words that end the stretch naming the counterparts ("to", "in"): the readout timeline.</summary>
    internal WordSet CounterpartStops { get; }

    /// <summary>The stop words that open a place ("in"), whose countries serve when the stretch names none: the readout timeline.</summary>
    internal WordSet CounterpartPlaces { get; }

    /// <summary>Possessives that open "his counterpart" after "and" in a subject ("President William Ruto and his US
    /// counterpart, Joe Biden agreed ..."; <see cref="LanguageLists.CounterpartCues"/>, key possessive).</summary>
    internal WordSet CounterpartPossessives { get; }

    /// <summary>The nouns for the other leader ("counterpart"; <see cref="LanguageLists.CounterpartCues"/>, key noun).</summary>
    internal WordSet CounterpartNouns { get; }

    /// <summary>Phrases of time that may open a sentence before its subject with no comma ("Today President Biden spoke
    /// ..."; <see cref="LanguageLists.CounterpartCues"/>, key time).</summary>
    internal PhraseMatcher<bool> TimeOpeners { get; }

    /// <summary>Words that make a first-person plural subject both participants ("together", "each other").</summary>
    internal PhraseMatcher<bool> JointWords { get; }

    /// <summary>Name stop words with months and weekdays.</summary>
    internal WordSet NameStopWords { get; }

    internal WordSet ActionVerbs { get; }

    internal WordSet Months { get; }

    /// <summary>The names of the days of the week (<c>weekdays.txt</c>).</summary>
    internal WordSet Weekdays { get; }

    internal WordSet TalkDescriptors { get; }

    internal WordSet TalkPrepositions { get; }

    internal WordSet TalkContinuations { get; }

    internal WordSet TitleWords { get; }

    /// <summary>Not-entities with weekdays.</summary>
    internal WordSet NotEntities { get; }

    internal WordSet StopWords { get; }

    /// <summary>The common words, stemmed (concept ids as written).</summary>
    internal WordSet CommonTerms { get; }

    internal WordSet SentenceOpeners { get; }

    internal ImmutableArray<string> BoilerplateCues { get; }

    internal ImmutableArray<string> MetadataCues { get; }

    /// <summary><see cref="BoilerplateCues"/>, all looked for in one pass over a text (ordinal, case-blind).</summary>
    internal SearchValues<string> BoilerplateCueSearch { get; }

    /// <summary><see cref="MetadataCues"/>, all looked for in one pass over a text (ordinal, case-blind).</summary>
    internal SearchValues<string> MetadataCueSearch { get; }

    internal PhraseMatcher<bool> BackReferences { get; }

    internal WordSet SubjectWords { get; }

    internal WordSet ExpletiveFollowers { get; }

    internal WordSet PastAuxiliaries { get; }

    internal WordSet PassiveAuxiliaries { get; }

    internal WordSet Determiners { get; }

    internal WordSet CueAdverbs { get; }

    internal WordSet EngagementVerbs { get; }

    internal WordSet EngagementNouns { get; }

    internal WordSet ClauseBreaks { get; }

    internal PhraseMatcher<bool> Coordinators { get; }

    internal WordSet PositionNouns { get; }

    internal WordSet ComplementPrepositions { get; }

    internal PhraseMatcher<bool> Enumerators { get; }

    internal WordSet FiniteVerbs { get; }

    internal WordSet Negators { get; }

    internal PhraseMatcher<bool> ContinuityPhrases { get; }

    internal PhraseMatcher<bool> TalkNouns { get; }

    internal WordSet PhraseOpeners { get; }

    internal ImmutableArray<string> NumberWords { get; }

    internal WordSet PriorCues { get; }

    internal WordSet PriorNouns { get; }

    internal WordSet NextCues { get; }

    internal PhraseMatcher<bool> SourceLeads { get; }

    internal WordSet SourceVerbs { get; }

    internal PhraseMatcher<bool> BothGovernments { get; }

    internal WordSet TitleAbbreviations { get; }

    internal WordSet MonthAbbreviations { get; }

    internal WordSet MayEndAbbreviations { get; }

    /// <summary>A tagger over the taxonomy without its contextual aliases: the topics a text names in its own words.</summary>
    internal TopicTagger DirectTopics { get; }

    /// <summary>The stem of a lower-case word, for key terms in alignment (Snowball English).</summary>
    internal static string Stem(string word) => ClaimProfile.Stem(word);

    /// <summary>The side a word or phrase names, or null.</summary>
    internal string? FindCountry(string phrase)
    {
        var tokens = WordTokenizer.Tokenize(phrase);
        return tokens.Count > 0 && CountryMatcher.TryMatchAt(tokens, 0, phrase, out var match) && match.TokenCount == tokens.Count ? match.Value : null;
    }

    /// <summary>The lists among <see cref="WordClass"/>'s that hold the lower-case word <paramref name="lower"/>, in one look-up.</summary>
    internal WordClass ClassOf(ReadOnlySpan<char> lower) => wordClasses.TryGetValue(lower, out var wordClass) ? wordClass : WordClass.None;

    /// <summary>Each word of the lists among <see cref="WordClass"/>'s (the first words of phrases), with the lists that hold it.</summary>
    private Dictionary<string, WordClass> WordClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, WordClass wordClass)
        {
            foreach (var word in words)
            {
                classes[word] = classes.GetValueOrDefault(word) | wordClass;
            }
        }

        Add(Cues.FirstWords, WordClass.CueStart);
        Add(Coordinators.FirstWords, WordClass.CoordinatorStart);
        Add(Modalities.FirstWords, WordClass.ModalityStart);
        Add(FiniteVerbs, WordClass.FiniteVerb);
        Add(Negators, WordClass.Negator);
        Add(EngagementVerbs, WordClass.EngagementVerb);
        Add(EngagementNouns, WordClass.EngagementNoun);
        return classes;
    }

    /// <summary>The side one lower-case word names, or null, without tokenizing it again.</summary>
    internal string? FindCountryWord(ReadOnlySpan<char> lower) => CountryMatcher.TryMatchWord(lower, out var side) ? side : null;

    internal static Modality ModalityOf(string key) => key switch
    {
        "condition" => Modality.Condition,
        "obligation" => Modality.Obligation,
        "intention" => Modality.Intention,
        "hope" => Modality.Hope,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "Not a modality."),
    };

    private WordSet Set(string list) => new(Words(list));

    private PhraseMatcher<bool> Phrases(string list) => PhraseMatcher<bool>.Build(Words(list).Select(p => (p, true, false)));

    private WordSet FirstPersonWords(string kind) =>
        new(Groups(LanguageLists.FirstPerson).Where(g => g.Key == kind).SelectMany(g => g.Words));

    private WordSet Abbreviations(string kind) =>
        new(Groups(LanguageLists.Abbreviations).Where(g => g.Key == kind).SelectMany(g => g.Words), ignoreCase: true);
}
