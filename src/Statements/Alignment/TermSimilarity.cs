using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Statements.Language;
using Statements.Text;
using Statements.Topics;

namespace Statements.Alignment;

/// <summary>
/// The default <see cref="IClaimSimilarity"/>: how far two claims address the same matter, as a weighted sum of four
/// parts, each from 0 to 1, whose weights sum to 1.
/// <list type="bullet">
/// <item><description><b>Topics</b> (<see cref="TopicWeight"/> 0.30): the weighted share of the smaller topic set that the
/// other claim has too, so a claim that lists several topics ("discussed Ukraine, Iran and cyber") matches each claim that
/// takes up one of them. A topic weighs 1; a broad one (<see cref="BroadTopics"/>: the relationship as a whole, the
/// engagement itself, world affairs) <see cref="BroadTopicWeight"/>; either half again (<see cref="ContextTopicFactor"/>)
/// when the claim has it only from the rest of its readout (a contextual alias such as "Russia" in a readout about
/// Ukraine). When the claims share no specific topic that both name in their own words, the part is halved
/// (<see cref="BroadOnlyFactor"/>).</description></item>
/// <item><description><b>Key terms</b> (<see cref="TermWeight"/> 0.40): the weighted cosine of the claims' key terms: content
/// words without stop words, stemmed with the Snowball English stemmer, readout set phrases folded into one concept
/// ("frank" is "candid", "in close touch" is "lines of communication", "sanctions" is "consequences"), countries and
/// words that every readout uses ("relations", "issues", "importance") weighing 0.4, and a claim that says how the talks
/// went ("a candid and in-depth exchange of views") carrying a heavy "characterisation" term, so that the two sides'
/// characterisations meet.</description></item>
/// <item><description><b>Named things</b> (<see cref="EntityWeight"/> 0.15): the cosine of the names, places, months and numbers
/// the claims mention ("Geneva", "Woodside Summit", "November", "2023"); not a claim's first word, nor a title or the name
/// after it.</description></item>
/// <item><description><b>Speakers</b> (<see cref="SpeakerWeight"/> 0.15): 1 for the same participant, <see cref="JointPair"/>
/// when both claims are joint ("the two leaders") or the publisher's own, <see cref="JointOne"/> when one of them is, and
/// <see cref="DifferentParticipants"/> for two different participants (each readout often gives a matter to its own
/// leader).</description></item>
/// </list>
/// So two claims that share nothing but a broad topic and a joint speaker score at most 0.26, below the default alignment
/// threshold of 0.3; one specific topic named on both sides, or a good part of the key terms, lifts a pair above it.
/// Symmetric (<c>Score(a, b) == Score(b, a)</c>), deterministic, and thread-safe; the profiles of claims are cached
/// against the claim instances.
/// </summary>
public sealed class TermSimilarity : IClaimSimilarity
{
    /// <summary>Weight of topic overlap.</summary>
    public const double TopicWeight = 0.30;

    /// <summary>Weight of key-term overlap.</summary>
    public const double TermWeight = 0.40;

    /// <summary>Weight of named things (names, places, months, numbers) in common.</summary>
    public const double EntityWeight = 0.15;

    /// <summary>Weight of speaker agreement.</summary>
    public const double SpeakerWeight = 0.15;

    /// <summary>The weight of a broad topic against 1 for a specific one.</summary>
    public const double BroadTopicWeight = 0.5;

    /// <summary>The factor on a topic's weight when the claim has it only from the rest of its readout.</summary>
    public const double ContextTopicFactor = 0.5;

    /// <summary>The factor on the topic part when the claims share no specific topic that both name themselves.</summary>
    public const double BroadOnlyFactor = 0.5;

    /// <summary>Speaker agreement of two joint or publisher's claims.</summary>
    public const double JointPair = 0.75;

    /// <summary>Speaker agreement when one claim is joint or the publisher's and the other a participant's.</summary>
    public const double JointOne = 0.5;

    /// <summary>Speaker agreement of claims given to two different participants.</summary>
    public const double DifferentParticipants = 0.25;

    private readonly FrozenSet<string> broadTopics;
    private readonly ReadoutLanguage language;
    private readonly ReadoutLanguage? chinese;
    private readonly ConditionalWeakTable<Claim, FrozenSet<string>> directTopics = new();
    private readonly ConditionalWeakTable<Claim, ClaimProfile> profiles = new();

    /// <summary>Creates a similarity for English readouts.</summary>
    /// <param name="broadTopics">Topic ids that cover the relationship or the engagement as a whole rather than a
    /// matter; null for <see cref="DefaultBroadTopics"/>.</param>
    /// <param name="taxonomy">The taxonomy the claims were tagged with, to tell a topic the claim names itself from one
    /// it has only from the rest of the readout (a contextual alias); null for <see cref="TopicTaxonomy.Default"/>.</param>
    public TermSimilarity(IEnumerable<string>? broadTopics = null, TopicTaxonomy? taxonomy = null)
        : this(taxonomy is null ? ReadoutLanguage.English : ReadoutLanguage.English.ToBuilder().UseTopics(taxonomy).Build(), broadTopics)
    {
    }

    /// <summary>Creates a similarity that reads <paramref name="language"/>: its topics, concepts, stop and common words, countries and normaliser.</summary>
    /// <param name="language">The readouts' language; its taxonomy is the one the claims were tagged with.</param>
    /// <param name="broadTopics">Topic ids that cover the relationship or the engagement as a whole rather than a
    /// matter; null for <see cref="DefaultBroadTopics"/>.</param>
    public TermSimilarity(ReadoutLanguage language, IEnumerable<string>? broadTopics = null)
        : this(language, null, broadTopics)
    {
    }

    /// <summary>
    /// A similarity across two languages: a claim written mostly in Chinese characters is read with
    /// <paramref name="chinese"/>, any other with <paramref name="language"/>, so topics, countries, numbers and the
    /// glossary's formulations (concepts both languages name by one key) meet across the two.
    /// </summary>
    internal TermSimilarity(ReadoutLanguage language, ReadoutLanguage? chinese, IEnumerable<string>? broadTopics = null)
    {
        this.language = language ?? throw new ArgumentNullException(nameof(language));
        this.chinese = chinese;
        this.broadTopics = (broadTopics ?? DefaultBroadTopics).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The language the similarity reads.</summary>
    public ReadoutLanguage Language => language;

    /// <summary>The broad topics of the built-in taxonomy: bilateral-relations, leader-diplomacy, global-governance.</summary>
    public static IReadOnlyList<string> DefaultBroadTopics { get; } = ["bilateral-relations", "leader-diplomacy", "global-governance"];

    /// <summary>The shared instance, with <see cref="DefaultBroadTopics"/>.</summary>
    public static TermSimilarity Instance { get; } = new();

    /// <summary>The topic ids this similarity treats as broad.</summary>
    public IReadOnlyCollection<string> BroadTopics => broadTopics;

    /// <inheritdoc />
    public double Score(Claim left, Claim right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Combine(Parts(left, Profile(left), DirectTopicsOf(left), right, Profile(right), DirectTopicsOf(right)));
    }

    /// <summary>The four parts of the score, each 0..1, for two claims whose profiles and direct topics the caller looked up once.</summary>
    internal (double Topic, double Terms, double Names, double Speaker) Parts(Claim left, ClaimProfile l, FrozenSet<string> leftDirect, Claim right, ClaimProfile r, FrozenSet<string> rightDirect) =>
        (TopicOverlap(left, leftDirect, right, rightDirect),
         ClaimProfile.Cosine(l.Terms, l.TermNorm, r.Terms, r.TermNorm),
         ClaimProfile.Cosine(l.Entities, l.EntityNorm, r.Entities, r.EntityNorm),
         SpeakerAgreement(left.Speaker, right.Speaker));

    /// <summary>The weighted sum of the four parts.</summary>
    internal static double Combine((double Topic, double Terms, double Names, double Speaker) parts) =>
        (TopicWeight * parts.Topic) + (TermWeight * parts.Terms) + (EntityWeight * parts.Names) + (SpeakerWeight * parts.Speaker);

    /// <summary>
    /// The topic part: the weighted share of the smaller topic set found in the other, halved when the claims share
    /// no specific topic that both name themselves. A topic weighs 1, a broad one <see cref="BroadTopicWeight"/>, and
    /// either half again when the claim has it only from the rest of its readout ("Russia" in a readout about Ukraine).
    /// </summary>
    internal double TopicOverlap(Claim left, Claim right) => TopicOverlap(left, DirectTopicsOf(left), right, DirectTopicsOf(right));

    /// <summary>The topic part, with the claims' direct topics given.</summary>
    internal double TopicOverlap(Claim left, FrozenSet<string> leftDirect, Claim right, FrozenSet<string> rightDirect)
    {
        double leftSum = 0, rightSum = 0, common = 0;
        var specific = false;
        foreach (var topic in left.Topics)
        {
            if (topic == TopicTaxonomy.Other)
            {
                continue;
            }

            var weight = TopicWeightOf(topic, leftDirect);
            leftSum += weight;
            var index = right.Topics.IndexOf(topic);
            if (index >= 0)
            {
                common += Math.Min(weight, TopicWeightOf(topic, rightDirect));
                specific |= !broadTopics.Contains(topic) && leftDirect.Contains(topic) && rightDirect.Contains(topic);
            }
        }

        foreach (var topic in right.Topics)
        {
            if (topic != TopicTaxonomy.Other)
            {
                rightSum += TopicWeightOf(topic, rightDirect);
            }
        }

        if (common <= 0)
        {
            return 0;
        }

        var share = Math.Min(1, common / Math.Min(leftSum, rightSum));
        return specific ? share : share * BroadOnlyFactor;
    }

    private double TopicWeightOf(string topic, FrozenSet<string> direct) =>
        (broadTopics.Contains(topic) ? BroadTopicWeight : 1) * (direct.Contains(topic) ? 1 : ContextTopicFactor);

    /// <summary>The profile of a claim (key terms and named things), built on first use and kept with the claim.</summary>
    internal ClaimProfile Profile(Claim claim) => profiles.GetValue(claim, c =>
    {
        var profile = ClaimProfile.Build(LanguageOf(c), c.Text, c.Speaker);

        // Across languages only what both languages can name counts: a word of one never meets the other's.
        return chinese is null ? profile : profile.Neutral();
    });

    /// <summary>The topics a claim names in its own words.</summary>
    internal FrozenSet<string> DirectTopicsOf(Claim claim) => directTopics.GetValue(claim, c =>
    {
        var read = LanguageOf(c);
        var normalized = read.Normalizer.Normalize(c.Text);
        return read.DirectTopics.Tag(normalized, new Span(0, normalized.Length)).ToFrozenSet(StringComparer.Ordinal);
    });

    /// <summary>The language a claim is read with: the Chinese one of a cross-language similarity for a claim written in Chinese.</summary>
    internal ReadoutLanguage LanguageOf(Claim claim) =>
        chinese is not null && Text.ScriptDetector.IsChinese(claim.Text) ? chinese : language;

    /// <summary>1 for the same participant (by last name), <see cref="JointPair"/>, <see cref="JointOne"/> or <see cref="DifferentParticipants"/>.</summary>
    internal static double SpeakerAgreement(string left, string right)
    {
        static bool Joint(string s) => s is Speakers.Both or Speakers.Narrator;
        var jl = Joint(left);
        var jr = Joint(right);
        if (jl && jr)
        {
            return JointPair;
        }

        if (jl || jr)
        {
            return JointOne;
        }

        return LastWord(left).Equals(LastWord(right), StringComparison.OrdinalIgnoreCase) ? 1 : DifferentParticipants;
    }

    /// <summary>The last word of a name that identifies the person: a generational suffix or a regnal number after it is
    /// passed over ("Marcos" of "Ferdinand Marcos Jr.", "Abdullah" of "Abdullah II").</summary>
    private static ReadOnlySpan<char> LastWord(string name)
    {
        var span = name.AsSpan().Trim();
        while (true)
        {
            var space = span.LastIndexOf(' ');
            var last = space < 0 ? span : span[(space + 1)..];
            if (space < 0 || !IsSuffixOrNumber(last.TrimEnd('.')))
            {
                return last;
            }

            span = span[..space].TrimEnd().TrimEnd(',');
        }
    }

    private static bool IsSuffixOrNumber(ReadOnlySpan<char> word) =>
        word.Equals("Jr", StringComparison.OrdinalIgnoreCase) || word.Equals("Sr", StringComparison.OrdinalIgnoreCase)
        || word.Length is > 0 and <= 4 && !word.ContainsAnyExcept("IVX");
}
