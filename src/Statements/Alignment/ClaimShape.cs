using Statements.Language;
using Statements.Text;
using Statements.Topics;

namespace Statements.Alignment;

/// <summary>How specific a claim is: the specific topics it names in its own words, a generality from 0 to 1, whether it
/// only reports that a matter was discussed, and the area its topics cover.</summary>
/// <param name="SpecificTopics">Topics the claim names itself that are not broad (the relationship, the talks, world affairs).</param>
/// <param name="Generality">1 for a claim that names no specific topic, name, number or rare term ("held a candid exchange
/// of views on bilateral relations and regional and global issues"); falling towards 0 with each specific thing it names.
/// A report of discussion ("discussed the situation in Ukraine") names its topics only as the subject of the talks, so
/// they do not make it specific; its names, numbers and further words do.</param>
/// <param name="TalkReport">Whether the claim reports discussion: its cue is a discussion verb or noun of the language's
/// reporting cues ("discussed", "exchanged views", "an exchange of views"), or it speaks of the talks themselves.</param>
/// <param name="Area">The topics the claim covers, without the broad ones: the specific topics it names itself, else those
/// of its readout's context; with them, as <c>country:</c> keys, the countries it names that are neither readout's side
/// ("the situation in Sudan"). Empty for a claim about the relationship or the talks as a whole, whose area is everything
/// (a claim that names a third country is not about the whole relationship).</param>
/// <param name="AgendaGenerality">How general the claim is as a general claim: for a report of discussion that also says how
/// the talks went ("a candid and in-depth exchange of views on strategic and overarching issues ... and on major issues
/// affecting world peace and development"), whose words only list the agenda, and for a claim about every area
/// (<see cref="AllAreas"/>), only names and numbers make it specific; otherwise <see cref="Generality"/>.</param>
internal sealed record ClaimShape(IReadOnlySet<string> SpecificTopics, double Generality, bool TalkReport, IReadOnlySet<string> Area, double AgendaGenerality)
{
    /// <summary>Whether the claim names its matter only as part of every area of the relationship ("committed to deepening
    /// cooperation in the many areas of our shared interest", "on the full range of issues"): the language's
    /// <see cref="ClaimProfile.AllAreasConcept"/> and no specific topic. Like a report of discussion of the relationship as
    /// a whole, it takes in every clearly more specific claim, and only its names and numbers make it specific.</summary>
    public bool AllAreas { get; init; }

    /// <summary>Whether the claim reports what the talks covered, so that it can take in more specific claims: a report of
    /// discussion (<see cref="TalkReport"/>) whose cue is a discussion cue or whose word for the talks has its subject after
    /// it (<see cref="ClaimProfile.NamesTalkSubject"/>), put as a plain statement. "The conversation was business-like" says
    /// how the talks went; "agreed that discussions should continue" and "looked forward to further discussions" speak of
    /// talks to come; neither names a matter of this engagement.</summary>
    public bool NamesAgenda { get; init; }

    /// <summary>Whether the claim says how the talks went ("a candid and in-depth exchange of views", "described the
    /// conversation as frank and constructive"): a word for the talks with a word of how they went
    /// (<see cref="ClaimProfile.CharacterTerm"/>).</summary>
    public bool Characterises { get; init; }

    /// <summary>Whether the claim is a courtesy between the leaders ("congratulated him on his inauguration", "thanked him
    /// for his kind words", "shared his greetings and well wishes with the Chinese people"): a word of the language's
    /// <see cref="LanguageLists.Courtesies"/> as what the claim does (its cue, or right after it), no specific topic, no
    /// number, and no word for the talks with its subject after it (greetings exchanged "during an in-depth exchange of
    /// views on bilateral relations" name that agenda). A courtesy is not a matter inside an
    /// area, so no general claim takes it in and it takes in none; it may still link specifically, most often to the other
    /// side's like courtesy.</summary>
    public bool Courtesy { get; init; }

    /// <summary>Whether the claim speaks of an engagement itself rather than of a matter inside one ("The call follows the two
    /// leaders' meeting in Woodside", "The meeting was positive, comprehensive and constructive", "tasked their teams to
    /// follow up on today's conversation"): a noun of the language's <see cref="LanguageLists.EngagementNouns"/> in what the
    /// claim says (after its cue, or anywhere where it has none), no specific topic, and no agenda of the talks
    /// (<see cref="NamesAgenda"/>). Like a courtesy it is no matter inside an area, so no general claim takes it in and it
    /// takes in none. A word for the talks before the cue only sets the scene ("During the call, the leaders agreed ...").</summary>
    public bool AboutEngagement { get; init; }

    /// <summary>Whether the claim reports discussion of an area rather than of one matter inside it: it names an agenda
    /// (<see cref="NamesAgenda"/>) whose subject is a noun of the language's <see cref="LanguageLists.AreaNouns"/> ("discussed
    /// the situation in Gaza", "the latest developments in Gaza", "Russia's brutal and ongoing war against Ukraine", "regional
    /// issues"). Like a report of the relationship as a whole, it names each matter inside its area only as part of that
    /// area, so it links general to a claim it takes in, however many words they share; a report of one matter ("discussed a
    /// dialogue on ransomware", "the Taiwan issue") may still link specifically.</summary>
    public bool NamesArea { get; init; }

    /// <summary>The weight of each rare term after the first in a claim's specific content.</summary>
    private const double RareTermWeight = 0.34;

    /// <summary>The shape of one claim as <paramref name="similarity"/> reads it.</summary>
    public static ClaimShape Of(TermSimilarity similarity, Claim claim) => Of(similarity, claim, null);

    /// <summary>The shape of one claim of a comparison between the readouts of <paramref name="sides"/>: a country it names
    /// that is neither side's ("discussed the situation in Sudan") is part of its area, as a topic is.</summary>
    public static ClaimShape Of(TermSimilarity similarity, Claim claim, IReadOnlySet<string>? sides)
    {
        var direct = similarity.DirectTopicsOf(claim);
        var specific = direct.Where(t => t != TopicTaxonomy.Other && !similarity.BroadTopics.Contains(t)).ToHashSet(StringComparer.Ordinal);
        var profile = similarity.Profile(claim);
        var rare = profile.Terms.Count(t => t.Value >= 1 && t.Key != ClaimProfile.CharacterTerm && !t.Key.StartsWith('~'));
        var generality = 1 / (1 + (2.0 * specific.Count) + profile.Entities.Count + (RareTermWeight * Math.Max(0, rare - 1)));
        var talkCue = claim.Cue is { } cue && similarity.LanguageOf(claim).TalkCueForms.Contains(cue);
        var talk = talkCue || profile.Terms.ContainsKey(ClaimProfile.TalksConcept);
        if (talk)
        {
            // The topic words of a report of discussion are its subject, not specific content.
            generality = Math.Max(generality, 1 / (1 + profile.Entities.Count + (RareTermWeight * Math.Max(0, rare - 1 - specific.Count))));
        }

        // A claim that names a specific topic itself covers that topic; one that names none, the topics of its context.
        var area = specific.Count > 0 ? specific : claim.Topics.Where(t => t != TopicTaxonomy.Other && !similarity.BroadTopics.Contains(t)).ToHashSet(StringComparer.Ordinal);
        if (sides is { Count: 2 })
        {
            var countries = profile.Terms.Keys.Where(k => k.StartsWith(ClaimProfile.CountryPrefix, StringComparison.Ordinal) && !sides.Contains(k[ClaimProfile.CountryPrefix.Length..])).ToList();
            if (countries.Count > 0)
            {
                area = [.. area, .. countries];
            }
        }

        if (talk && profile.Terms.ContainsKey(ClaimProfile.OpenAgendaConcept))
        {
            // "An exchange of views on China-US relations, the situation in Ukraine, and other issues of mutual interest":
            // an agenda left open names its listed matters as part of all the talks covered, so its area is everything.
            area = [];
        }

        var allAreas = area.Count == 0 && profile.Terms.ContainsKey(ClaimProfile.AllAreasConcept);
        var agenda = (talk && profile.Terms.ContainsKey(ClaimProfile.CharacterTerm)) || allAreas ? Math.Max(generality, 1.0 / (1 + profile.Entities.Count)) : generality;
        var namesAgenda = (talkCue || (talk && profile.NamesTalkSubject)) && claim.Modality == Modality.Assertion;
        ClaimWords? words = null; // read once, and only for a claim that names no specific topic
        ClaimWords Words() => words ??= ClaimWords.Of(similarity.LanguageOf(claim), claim);
        return new ClaimShape(specific, generality, talk, area, agenda)
        {
            AllAreas = allAreas,
            Characterises = profile.Terms.ContainsKey(ClaimProfile.CharacterTerm),
            NamesAgenda = namesAgenda,
            Courtesy = specific.Count == 0 && !profile.NamesTalkSubject && !profile.Entities.Keys.Any(k => k.StartsWith("number:", StringComparison.Ordinal))
                && NamesCourtesy(similarity.LanguageOf(claim), Words()),
            AboutEngagement = specific.Count == 0 && !namesAgenda && NamesEngagement(similarity.LanguageOf(claim), Words()),
            NamesArea = namesAgenda && SubjectIsArea(similarity.LanguageOf(claim), Words()),
        };
    }

    /// <summary>A claim's normalised text, its tokens, and where its cue's words stand among them (-1 where they are not found).</summary>
    private sealed record ClaimWords(string Normalized, TokenList Tokens, int CueStart, int CueLength)
    {
        public static ClaimWords Of(ReadoutLanguage language, Claim claim)
        {
            var normalized = language.Normalizer.Normalize(claim.Text);
            var tokens = WordTokenizer.Tokenize(normalized);
            var (at, count) = claim.Cue is { } cue ? CueAt(tokens, WordTokenizer.Tokenize(cue)) : (-1, 0);
            return new ClaimWords(normalized, tokens, at, count);
        }
    }

    /// <summary>How many tokens after its cue a word of courtesy may start ("expressed his condolences", "extended warm
    /// congratulations") and still be what the claim does.</summary>
    private const int CourtesyReach = 4;

    /// <summary>How many tokens from its start a claim with no cue may hold its word of courtesy ("President Trump opened by
    /// sending his condolences").</summary>
    private const int UncuedCourtesyReach = 8;

    /// <summary>Whether the claim's act is a courtesy: a word of the language's courtesies that is its cue or stands within
    /// <see cref="CourtesyReach"/> tokens after it, or, with no cue found, within the claim's first
    /// <see cref="UncuedCourtesyReach"/> tokens. A word further on belongs to another act ("welcomed the release of the
    /// hostages and sent his best wishes to her family").</summary>
    private static bool NamesCourtesy(ReadoutLanguage language, ClaimWords words)
    {
        var (from, to) = words.CueStart >= 0 ? (words.CueStart, words.CueStart + words.CueLength + CourtesyReach) : (0, UncuedCourtesyReach);
        for (var i = from; i < Math.Min(to, words.Tokens.Count); i++)
        {
            if (language.CourtesyMatcher.TryMatchAt(words.Tokens, i, words.Normalized, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many words of a report's subject are read for an area noun ("the extremely troubling situation", "Russia's
    /// brutal and ongoing war").</summary>
    private const int AreaSubjectReach = 6;

    /// <summary>Whether the subject of a report of discussion is an area: within <see cref="AreaSubjectReach"/> words after
    /// the cue (past a preposition of the talks: "exchanged views on"), or after the first such preposition where the claim
    /// has no cue in its words, a noun of the language's area nouns stands before any punctuation or stop word.</summary>
    private static bool SubjectIsArea(ReadoutLanguage language, ClaimWords words)
    {
        var tokens = words.Tokens;
        var from = words.CueStart >= 0 ? words.CueStart + words.CueLength : -1;
        for (var i = 0; from < 0 && i < tokens.Count; i++)
        {
            from = tokens[i].IsWord && language.TalkPrepositions.Contains(tokens[i].LowerView) ? i + 1 : -1;
        }

        if (from < 0)
        {
            return false;
        }

        if (from < tokens.Count && tokens[from].IsWord && language.TalkPrepositions.Contains(tokens[from].LowerView))
        {
            from++;
        }

        var read = 0;
        for (var i = from; i < tokens.Count && read < AreaSubjectReach; i++)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                if (token.Is(",") || token.Is(";") || token.Is(":") || token.Is("."))
                {
                    return false; // the subject ends here: "discussed trade, the war in Gaza ..." is a list, read by its first matter
                }

                continue;
            }

            read++;
            if (language.AreaNouns.Contains(token.LowerView))
            {
                return true;
            }

            if (read > 1 && language.AreaStops.Contains(token.LowerView))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a noun of the language's engagement nouns stands after the claim's cue, or anywhere in a claim whose
    /// cue is not found in it.</summary>
    private static bool NamesEngagement(ReadoutLanguage language, ClaimWords words)
    {
        for (var i = Math.Max(0, words.CueStart + words.CueLength); i < words.Tokens.Count; i++)
        {
            if (words.Tokens[i].IsWord && language.EngagementNouns.Contains(words.Tokens[i].LowerView))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the cue's words first stand in the claim's tokens (case-blind), and how many they are; -1 where they do not.</summary>
    private static (int At, int Count) CueAt(TokenList tokens, TokenList cue)
    {
        for (var i = 0; cue.Count > 0 && i + cue.Count <= tokens.Count; i++)
        {
            var all = true;
            for (var k = 0; k < cue.Count && all; k++)
            {
                all = tokens[i + k].LowerString() == cue[k].LowerString();
            }

            if (all)
            {
                return (i, cue.Count);
            }
        }

        return (-1, 0);
    }
}
