using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Lucene.Net.Tartarus.Snowball.Ext;
using Statements.Language;
using Statements.Text;

namespace Statements.Alignment;

/// <summary>
/// What <see cref="TermSimilarity"/> compares in one claim: its key terms and the named things it mentions,
/// each with a weight. Built once per claim and cached against the claim instance; immutable once built.
/// </summary>
/// <remarks>
/// Key terms are the claim's content words after stop words are dropped, stemmed with the Snowball English
/// (Porter 2) stemmer, with the phrases of the language's concepts (<c>concepts.txt</c>) folded into one term each
/// (so "frank" and "candid", "in close touch" and "lines of communication" count as the same term). Words
/// common to nearly every readout (<c>common-words.txt</c>) weigh
/// <see cref="CommonWordWeight"/>, other terms 1. Named things are capitalised words inside the claim (not
/// its first word, a title, or the name after a title), months and numbers. Countries and their demonyms
/// ("Ukrainian" is Ukraine) are key terms of common weight, not named things: both readouts of an engagement
/// name the two countries throughout, and a third country is a topic of its own.
/// </remarks>
internal sealed class ClaimProfile
{
    /// <summary>The weight of a word that nearly every readout uses ("relations", "issues", "importance").</summary>
    public const double CommonWordWeight = 0.4;

    /// <summary>
    /// The term a claim gets when it says how the talks went ("a candid and in-depth exchange of views", "frank and
    /// constructive discussions"): nearly every readout characterises the engagement once, and the two sides'
    /// characterisations belong side by side.
    /// </summary>
    public const string CharacterTerm = "~character";

    /// <summary>The concept of the talks themselves ("exchange of views", "discussions", "conversation"): a claim that has it speaks of the talks.</summary>
    public const string TalksConcept = "~talks";

    /// <summary>The concept of every area of the relationship ("the full range of issues", "many areas of shared interest"): a claim that has it and no specific topic names its matters only as part of all of them.</summary>
    public const string AllAreasConcept = "~all-areas";

    /// <summary>The concept of an agenda left open ("... and other issues of mutual interest", "issues of common concern"):
    /// a report of discussion with it names its listed matters as part of all the talks covered.</summary>
    public const string OpenAgendaConcept = "~open-agenda";

    /// <summary>The weight of <see cref="CharacterTerm"/>.</summary>
    public const double CharacterWeight = 2;

    [ThreadStatic]
    private static EnglishStemmer? stemmer;

    /// <summary>Each language's concept stems (<see cref="ConceptStems"/>), built on first use.</summary>
    private static readonly ConditionalWeakTable<ReadoutLanguage, FrozenDictionary<string, string>> conceptStems = new();

    private ClaimProfile(Dictionary<string, double> terms, Dictionary<string, double> entities, bool namesTalkSubject = false)
    {
        NamesTalkSubject = namesTalkSubject;
        Terms = terms;
        Entities = entities;
        TermNorm = Norm(terms);
        EntityNorm = Norm(entities);
    }

    /// <summary>Key terms (stems and concept ids) with their weights.</summary>
    public IReadOnlyDictionary<string, double> Terms { get; }

    /// <summary>The prefix of a country's key term: "country:" and the side the language's country table names.</summary>
    internal const string CountryPrefix = "country:";

    /// <summary>Named things: "name:geneva", "month:november", "number:2023", with their weights.</summary>
    public IReadOnlyDictionary<string, double> Entities { get; }

    /// <summary>
    /// Whether a word for the talks (<see cref="TalksConcept"/>) has its subject right after it ("an exchange of views on
    /// bilateral relations", the language's <c>talk-prepositions</c>) and is not talks to come or going on ("further
    /// discussions", <c>talk-continuations</c>): the claim says what the talks covered, not only how they went.
    /// </summary>
    public bool NamesTalkSubject { get; }

    /// <summary>The Euclidean norm of the term weights.</summary>
    public double TermNorm { get; }

    /// <summary>The Euclidean norm of the entity weights.</summary>
    public double EntityNorm { get; }

    /// <summary>The profile of a text in English said by <paramref name="speaker"/> (whose name words are not named things).</summary>
    public static ClaimProfile Build(string text, string speaker = Speakers.Narrator) => Build(ReadoutLanguage.English, text, speaker);

    /// <summary>The profile of a text said by <paramref name="speaker"/> (whose name words are not named things), read with <paramref name="language"/>'s words.</summary>
    public static ClaimProfile Build(ReadoutLanguage language, string text, string speaker = Speakers.Narrator)
    {
        var normalized = language.Normalizer.Normalize(text);
        var tokens = WordTokenizer.Tokenize(normalized);
        var stems = ConceptStems(language);
        var speakerWords = new HashSet<string>(speaker.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        var entities = new Dictionary<string, double>(StringComparer.Ordinal);
        var opening = true;   // at the start of the claim or of a quoted or new sentence: a capital says nothing
        var inName = false;   // inside the name that follows a title ("President Xi Jinping")
        var talks = false;    // the claim speaks of the talks ("exchange of views", "discussion") ...
        var described = false; // ... and of how they went ("candid", "constructive", "in-depth")
        var subject = false;   // ... and of what they covered ("an exchange of views on ...")
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                opening = token.LowerView is "." or "!" or "?" or ":" or ";" or "\"" or "'";
                inName = false;
                i++;
                continue;
            }

            var isConcept = language.ConceptMatcher.TryMatchAt(tokens, i, normalized, out var concept);
            if (language.CountryMatcher.TryMatchAt(tokens, i, normalized, out var country) && (!isConcept || country.TokenCount >= concept.TokenCount))
            {
                Add(terms, CountryPrefix + country.Value, CommonWordWeight);
                i += country.TokenCount;
                opening = inName = false;
                continue;
            }

            if (isConcept)
            {
                Add(terms, concept.Value, language.CommonTerms.Contains(concept.Value) ? CommonWordWeight : 1);
                talks |= concept.Value == TalksConcept;
                subject |= concept.Value == TalksConcept && HasSubject(language, tokens, i, concept.TokenCount);
                described |= concept.Value == "~candid";
                i += concept.TokenCount;
                opening = inName = false;
                continue;
            }

            var word = token.LowerString();
            described |= language.TalkDescriptors.Contains(word);
            var capital = char.IsUpper(normalized[token.Start]);
            if (token.Kind == TokenKind.Number)
            {
                Add(entities, "number:" + word.Replace(",", "", StringComparison.Ordinal), 1);
            }
            else if (language.Months.Contains(word) && (capital || word != "may"))
            {
                Add(entities, "month:" + word, 1);
            }
            else if (language.TitleWords.Contains(word))
            {
                inName = capital || inName;
            }
            else if (capital && inName)
            {
                // the name after a title: the speaker dimension compares people, not the key terms
            }
            else if (!language.StopWords.Contains(word) && word.Length > 1 && !speakerWords.Contains(word))
            {
                var stem = Stem(word);
                if (stems.TryGetValue(stem, out var folded))
                {
                    // Another form of a one-word concept phrase ("communicate" of "communication", "supporting" of "support").
                    Add(terms, folded, language.CommonTerms.Contains(folded) ? CommonWordWeight : 1);
                    talks |= folded == TalksConcept;
                    subject |= folded == TalksConcept && HasSubject(language, tokens, i, 1);
                }
                else
                {
                    var common = language.CommonTerms.Contains(stem);
                    Add(terms, stem, common ? CommonWordWeight : 1);
                    if (capital && !opening && !common && !language.NotEntities.Contains(word))
                    {
                        Add(entities, "name:" + word, 1);
                    }
                }
            }

            if (!(capital && inName) && !language.TitleWords.Contains(word))
            {
                inName = false;
            }

            opening = false;
            i++;
        }

        if (talks && described)
        {
            Add(terms, CharacterTerm, CharacterWeight);
        }

        return new ClaimProfile(terms, entities, subject);
    }

    /// <summary>How many words after a word for the talks may stand before the word that names their subject ("the
    /// conversation focused on", "the talks were mainly about"), with no punctuation between.</summary>
    private const int TalkSubjectReach = 3;

    /// <summary>Whether the word for the talks at <paramref name="start"/> (<paramref name="count"/> tokens) ends in or is
    /// followed, within <see cref="TalkSubjectReach"/> words, by a word that names their subject, with no word of talks to
    /// come or going on in the three tokens before it.</summary>
    private static bool HasSubject(ReadoutLanguage language, TokenList tokens, int start, int count)
    {
        var end = start + count;
        var named = language.TalkPrepositions.Contains(tokens[end - 1].LowerView);
        for (var j = end; j < Math.Min(tokens.Count, end + TalkSubjectReach) && !named && tokens[j].Kind != TokenKind.Punctuation; j++)
        {
            named = language.TalkPrepositions.Contains(tokens[j].LowerView);
        }

        if (!named)
        {
            return false;
        }

        for (var j = Math.Max(0, start - 3); j < start; j++)
        {
            if (language.TalkContinuations.Contains(tokens[j].LowerView))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// This profile with only the terms every language names alike: concepts (set phrases, glossary formulations) and
    /// countries; entities (numbers, months, names) stay.
    /// </summary>
    public ClaimProfile Neutral() => new(
        Terms.Where(t => t.Key.StartsWith('~') || t.Key.StartsWith("country:", StringComparison.Ordinal)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
        Entities.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
        NamesTalkSubject);

    /// <summary>
    /// The stems of the language's one-word concept phrases, each with its concept, so that every form of such a word
    /// folds into the concept as the listed form does ("communicate" and "communication", "diplomat" and "diplomatic"). A
    /// stem that two concepts share belongs to neither.
    /// </summary>
    internal static FrozenDictionary<string, string> ConceptStems(ReadoutLanguage language) => conceptStems.GetValue(language, l =>
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var group in l.Groups(LanguageLists.Concepts))
        {
            foreach (var phrase in group.Words.Where(w => w.All(char.IsLetter)))
            {
                var stem = Stem(phrase);
                map[stem] = map.TryGetValue(stem, out var other) && other != group.Key ? null : group.Key;
            }
        }

        return map.Where(p => p.Value is not null).ToFrozenDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    });

    /// <summary>The Snowball English stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        var s = stemmer ??= new EnglishStemmer();
        s.SetCurrent(word);
        s.Stem();
        return s.Current;
    }

    /// <summary>Weighted cosine of two weight maps: 0 when either is empty.</summary>
    public static double Cosine(IReadOnlyDictionary<string, double> a, double normA, IReadOnlyDictionary<string, double> b, double normB)
    {
        if (normA <= 0 || normB <= 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = 0.0;
        foreach (var (key, weight) in small)
        {
            if (large.TryGetValue(key, out var other))
            {
                dot += weight * other;
            }
        }

        return Math.Min(1, dot / (normA * normB));
    }

    private static void Add(Dictionary<string, double> map, string key, double weight)
    {
        if (!map.TryGetValue(key, out var existing) || existing < weight)
        {
            map[key] = weight;
        }
    }

    private static double Norm(Dictionary<string, double> map)
    {
        var sum = 0.0;
        foreach (var weight in map.Values)
        {
            sum += weight * weight;
        }

        return Math.Sqrt(sum);
    }
}
