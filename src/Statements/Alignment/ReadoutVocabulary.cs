using System.Collections.Frozen;
using Lucene.Net.Analysis.Core;
using Statements.Text;

namespace Statements.Alignment;

/// <summary>
/// The words the alignment stage treats specially when it compares claims: stop words, words every readout
/// uses, titles, months, and the concepts that readouts put in different words. Immutable and thread-safe.
/// </summary>
internal static class ReadoutVocabulary
{
    /// <summary>
    /// Phrases that name one concept in readout language, each mapped to the concept's term. The two readouts
    /// of one engagement often say the same thing in different set phrases ("frank" and "candid", "stay in
    /// close touch" and "maintain open lines of communication", "sanctions" and "severe consequences").
    /// </summary>
    public static readonly (string Phrase, string Concept)[] Concepts =
    [
        ("candid", "~candid"), ("candidly", "~candid"), ("frank", "~candid"), ("frankly", "~candid"), ("candour", "~candid"), ("candor", "~candid"),
        ("exchange of views", "~talks"), ("exchanged views", "~talks"), ("exchange views", "~talks"), ("exchanges of views", "~talks"),
        ("discussion", "~talks"), ("discussions", "~talks"), ("talks", "~talks"), ("conversation", "~talks"), ("conversations", "~talks"),
        ("exchange on", "~talks"), ("exchanges on", "~talks"), ("dialogue", "~talks"), ("consultations", "~talks"),
        ("engagement", "~talks"), ("engagements", "~talks"),
        ("communication", "~contact"), ("communications", "~contact"), ("contact", "~contact"), ("contacts", "~contact"),
        ("in touch", "~contact"), ("in close touch", "~contact"), ("channel", "~contact"), ("channels", "~contact"),
        ("lines of communication", "~contact"), ("line of communication", "~contact"), ("channels of communication", "~contact"),
        ("channel of communication", "~contact"), ("communication channel", "~contact"), ("communication channels", "~contact"),
        ("teams", "~envoys"), ("team", "~envoys"), ("representatives", "~envoys"), ("officials", "~envoys"), ("envoys", "~envoys"),
        ("aides", "~envoys"), ("delegations", "~envoys"), ("senior officials", "~envoys"),
        ("sanctions", "~penalty"), ("sanction", "~penalty"), ("consequences", "~penalty"), ("costs", "~penalty"), ("penalties", "~penalty"),
        ("countermeasures", "~penalty"), ("economic measures", "~penalty"),
        ("conflict", "~conflict"), ("conflicts", "~conflict"), ("confrontation", "~conflict"), ("confrontations", "~conflict"),
        ("cold war", "~conflict"), ("new cold war", "~conflict"),
        ("cooperation", "~cooperate"), ("cooperate", "~cooperate"), ("cooperating", "~cooperate"), ("collaboration", "~cooperate"),
        ("work together", "~cooperate"), ("working together", "~cooperate"), ("joint work", "~cooperate"), ("worked together", "~cooperate"),
        ("meeting", "~summit"), ("meetings", "~summit"), ("summit", "~summit"), ("summits", "~summit"), ("met", "~summit"),
        ("escalation", "~escalation"), ("escalate", "~escalation"), ("escalating", "~escalation"), ("escalated", "~escalation"),
        ("incursion", "~escalation"), ("build-up", "~escalation"), ("buildup", "~escalation"),
        ("troops", "~forces"), ("forces", "~forces"), ("military capabilities", "~forces"),
        ("diplomacy", "~diplomacy"), ("diplomatic", "~diplomacy"),
        ("agreements", "~accords"), ("agreement", "~accords"), ("understandings", "~accords"), ("common understandings", "~accords"),
        ("consensus", "~accords"), ("commitments", "~accords"),
        ("resolution", "~settlement"), ("solution", "~settlement"), ("solutions", "~settlement"), ("settlement", "~settlement"),
        ("stability", "~stable"), ("stable", "~stable"), ("stabilize", "~stable"), ("stabilise", "~stable"), ("stabilizing", "~stable"),
        ("stabilising", "~stable"), ("steady", "~stable"),
        ("oppose", "~oppose"), ("opposes", "~oppose"), ("opposed", "~oppose"), ("opposition", "~oppose"),
        ("support", "~support"), ("supports", "~support"), ("supported", "~support"), ("backing", "~support"),
    ];

    /// <summary>Finds <see cref="Concepts"/> in tokens, longest phrase first.</summary>
    public static readonly PhraseMatcher<string> ConceptMatcher = PhraseMatcher<string>.Build(Concepts.Select(c => (c.Phrase, c.Concept, false)));

    /// <summary>
    /// Stop words: Lucene's English stop set and the words of readout narration that say nothing about the
    /// matter (reporting verbs, "the two sides", "today", "also").
    /// </summary>
    public static readonly FrozenSet<string> StopWords = BuildStopWords();

    /// <summary>Words (as stems) and concepts that nearly every readout uses: they count, but weakly.</summary>
    public static readonly FrozenSet<string> CommonWords = BuildCommonWords();

    /// <summary>Words that say how talks went: with a word for the talks they make a characterisation of the engagement.</summary>
    public static readonly FrozenSet<string> TalkDescriptors = new[]
    {
        "candid", "frank", "depth", "constructive", "substantive", "productive", "cordial", "friendly", "positive", "useful",
        "fruitful", "businesslike", "business", "sincere", "detailed", "thorough", "lengthy", "warm", "honest", "professional",
        "pragmatic", "extensive",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Title words; a capitalised name after one is a person, not a key term.</summary>
    public static readonly FrozenSet<string> TitleWords = new[]
    {
        "president", "presidents", "minister", "prime", "premier", "chancellor", "secretary", "mr", "mrs", "ms", "dr", "advisor",
        "adviser", "director", "ambassador", "envoy", "vice", "state", "councilor", "councillor", "general", "king", "queen", "emir",
        "jr", "sr", "leader", "chairman",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Month names.</summary>
    public static readonly FrozenSet<string> Months = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalised words that are not names of things ("Allies" in US readouts, "Party", "Central").</summary>
    public static readonly FrozenSet<string> NotNames = new[]
    {
        "allies", "ally", "partners", "administration", "government", "party", "central", "committee", "office", "bureau", "member",
        "political", "communist", "foreign", "affairs", "national", "security", "house", "white", "ministry", "council", "readout",
        "statement", "xinhua", "agency", "news", "according", "first", "second", "third", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> BuildStopWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in StopAnalyzer.ENGLISH_STOP_WORDS_SET)
        {
            words.Add(word.ToString()!);
        }

        words.UnionWith(
        [
            "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "into", "about",
            "over", "under", "between", "through", "during", "including", "across", "against", "among", "around", "within", "upon",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does", "did", "will", "would",
            "shall", "should", "can", "could", "may", "might", "must", "it", "its", "itself", "this", "that", "these", "those", "he",
            "she", "they", "them", "his", "her", "hers", "their", "theirs", "our", "ours", "we", "us", "i", "me", "my", "you", "your",
            "also", "both", "two", "each", "other", "another", "one", "such", "which", "who", "whom", "whose", "what", "when", "where",
            "while", "how", "why", "not", "n't", "no", "so", "than", "then", "there", "very", "more", "most", "all", "any", "some",
            "'s", "s", "only", "just", "well", "still", "even", "ever", "here", "today", "yesterday", "tonight", "evening", "morning",
            "said", "say", "says", "saying", "noted", "note", "notes", "noting", "stressed", "stress", "stressing", "emphasized",
            "emphasised", "emphasize", "emphasise", "emphasizing", "emphasising", "underscored", "underscore", "underlined",
            "underline", "reiterated", "reiterate", "reaffirmed", "reaffirm", "affirmed", "affirm", "agreed", "agree", "agreeing",
            "welcomed", "welcome", "expressed", "express", "expressing", "voiced", "raised", "raise", "pointed", "point", "out",
            "highlighted", "recalled", "stated", "stating", "told", "added", "called", "urged", "described", "outlined", "detailed",
            "conveyed", "shared", "focused", "focus", "talked", "spoke", "speak", "held", "hold", "made", "make", "had", "briefed",
            "mr", "mrs", "ms", "president", "presidents", "leader", "leaders", "side", "sides", "party", "parties", "counterpart",
            "continue", "continued", "continues", "continuing", "ongoing", "in", "turn", "particular", "overall", "first",
            "second", "third", "latter", "former", "respective", "own", "way", "ways", "view", "views", "part", "fact",
            "according", "xinhua", "news", "agency", "white", "house", "kremlin", "readout", "statement", "spokesperson", "spokesman",
            "reported", "reports", "report", "describes", "discuss", "discussed", "discussing", "reviewed", "review",
            "past", "last", "next", "ahead", "week", "weeks", "month", "months", "year", "years", "day", "days", "ago",
        ]);
        return words.ToFrozenSet(StringComparer.Ordinal);
    }

    private static FrozenSet<string> BuildCommonWords()
    {
        string[] words =
        [
            "relations", "relationship", "relationships", "ties", "countries", "country", "nations", "issues", "issue", "matters",
            "matter", "importance", "important", "world", "global", "regional", "international", "situation", "efforts", "work",
            "working", "develop", "development", "areas", "range", "key", "future", "need", "needs", "ready", "readiness", "hope",
            "interest", "interests", "mutual", "common", "bilateral", "peoples", "people", "sides", "call", "phone", "video", "time",
            "new", "major", "great", "big", "level", "high", "states", "united", "china", "chinese", "america", "american", "russia",
            "russian", "progress", "concern", "concerns", "commitment", "committed", "ensure", "maintain", "maintaining", "further",
        ];
        var set = new HashSet<string>(StringComparer.Ordinal) { "~cooperate" };
        foreach (var word in words)
        {
            set.Add(ClaimProfile.Stem(word));
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
