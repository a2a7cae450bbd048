namespace Statements.Attribution;

/// <summary>Words the speaker stages look for: titles, and the phrases that name both sides at once.</summary>
internal static class Vocabulary
{
    /// <summary>Titles, longest first where one contains another.</summary>
    public static readonly string[] Titles =
    [
        "vice president", "president", "prime minister", "deputy prime minister", "chancellor", "federal chancellor",
        "secretary of state", "secretary of defense", "secretary of the treasury", "treasury secretary", "secretary",
        "national security advisor", "national security adviser", "foreign minister", "minister", "premier", "vice premier",
        "king", "queen", "crown prince", "emir", "amir", "sheikh", "sultan", "pope", "taoiseach", "general secretary",
        "director general", "director", "ambassador", "senator", "governor", "chairman", "chair", "state councilor",
        "state councillor", "first lady", "mr", "mrs", "ms", "dr", "leader", "head of state", "special envoy", "envoy",
    ];

    /// <summary>Title words that, with "the" and no name, can stand for a participant ("the President").</summary>
    public static readonly HashSet<string> RoleHeads = new(StringComparer.Ordinal)
    {
        "president", "minister", "chancellor", "premier", "leader", "secretary", "advisor", "adviser", "king", "queen", "prince", "emir", "taoiseach", "side",
    };

    /// <summary>Phrases that name both participants together.</summary>
    public static readonly string[] BothPhrases =
    [
        "the two leaders", "the two presidents", "the two heads of state", "the two sides", "both sides", "both leaders",
        "both presidents", "the leaders", "the presidents", "the parties", "the two parties", "the sides", "the two",
        "they", "the two prime ministers", "the two ministers", "both men", "the two men", "the two officials", "both",
        "the two countries", "both countries", "the two governments",
    ];

    /// <summary>Pronouns that refer back to the last single participant spoken of.</summary>
    public static readonly HashSet<string> SingularPronouns = new(StringComparer.Ordinal) { "he", "she" };

    /// <summary>Words that are capitalised but are not part of a person's name.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "on", "in", "at", "of", "and", "for", "with", "to", "by", "this", "that", "these", "those", "both",
        "during", "after", "before", "while", "today", "yesterday", "earlier", "later", "also", "he", "she", "they", "it", "we",
        "his", "her", "their", "its", "our", "mr", "mrs", "ms", "dr", "jr", "sr", "president", "minister", "prime", "vice",
        "secretary", "leader", "leaders", "house", "white", "state", "states", "united", "republic", "people's", "national",
        "security", "advisor", "adviser", "foreign", "affairs", "office", "ministry", "government", "administration", "council",
        "committee", "party", "communist", "central", "political", "bureau", "member", "summit", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "first", "second", "third", "readout", "statement", "call",
        "meeting", "both", "two", "as", "however", "following", "according", "all", "over", "since", "when", "xinhua", "news",
        "agency", "photo", "leave", "reply", "avatar", "by", "your", "required", "fields", "each", "one", "north", "south",
        "east", "west", "europe", "european", "union", "nato", "g7", "g20", "un", "covid", "strait", "sea", "taiwan", "ukraine",
    };

    /// <summary>Verbs that, right after a bare name, show the name is a person acting ("Vladimir Putin had ...").</summary>
    public static readonly HashSet<string> ActionVerbs = new(StringComparer.Ordinal)
    {
        "had", "has", "held", "holds", "spoke", "speaks", "met", "meets", "talked", "talks", "said", "says", "noted", "notes",
        "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "emphasises", "pointed", "points", "underscored",
        "underlined", "reiterated", "reaffirmed", "welcomed", "expressed", "expresses", "thanked", "congratulated", "called",
        "warned", "described", "outlined", "shared", "stated", "added", "also", "briefed", "discussed", "agreed", "proposed",
        "urged", "affirmed", "highlighted", "conveyed", "told", "asked", "raised", "made", "focused", "recalled", "in", "received",
    };
}
