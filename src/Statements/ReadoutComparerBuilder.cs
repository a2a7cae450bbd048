using Statements.Alignment;
using Statements.Claims;
using Statements.Language;
using Statements.Sentences;
using Statements.Attribution;
using Statements.Text;
using Statements.Tone;
using Statements.Topics;

namespace Statements;

/// <summary>
/// Configures a <see cref="ReadoutComparer"/>: each stage can be replaced, the lexicon and taxonomy swapped or
/// extended, the alignment threshold set. Not thread-safe; the comparer it builds is.
/// </summary>
public sealed class ReadoutComparerBuilder
{
    private ReadoutLanguage language = ReadoutLanguage.English;
    private ITextNormalizer? normalizer;
    private TopicTaxonomy? taxonomy;
    private ToneLexicon? lexicon;
    private ISentenceSplitter? splitter;
    private IParticipantDetector? participants;
    private IClaimExtractor? claims;
    private ITopicTagger? topicTagger;
    private IToneTagger? toneTagger;
    private IClaimSimilarity? similarity;
    private IClaimAligner? aligner;
    private IRelationJudge? judge;
    private IClaimLinker? linker;
    private double? threshold;
    private int maxReadoutLength = ReadoutAnalyzer.DefaultMaxReadoutLength;

    /// <summary>
    /// Uses another language (see <see cref="ReadoutLanguage.ToBuilder"/> to extend the built-in one): every default
    /// stage reads it, from sentences to similarity, relation and facts. A lexicon, taxonomy or normaliser set with
    /// <see cref="UseLexicon"/>, <see cref="UseTopics"/> or <see cref="UseNormalizer"/> replaces that part of it.
    /// </summary>
    public ReadoutComparerBuilder UseLanguage(ReadoutLanguage value) { language = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Uses another tone lexicon (see <see cref="ToneLexicon.ToBuilder"/> to extend the built-in one); replaces the language's.</summary>
    public ReadoutComparerBuilder UseLexicon(ToneLexicon value) { lexicon = value ?? throw new ArgumentNullException(nameof(value)); toneTagger = null; return this; }

    /// <summary>Uses another topic taxonomy (see <see cref="TopicTaxonomy.With"/> to extend the built-in one); replaces the language's, for tagging and alignment both.</summary>
    public ReadoutComparerBuilder UseTopics(TopicTaxonomy value) { taxonomy = value ?? throw new ArgumentNullException(nameof(value)); topicTagger = null; return this; }

    /// <summary>Replaces the normaliser (stage 1); replaces the language's, so every stage uses it.</summary>
    public ReadoutComparerBuilder UseNormalizer(ITextNormalizer value) { normalizer = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Replaces the sentence splitter (stage 2).</summary>
    public ReadoutComparerBuilder UseSentenceSplitter(ISentenceSplitter value) { splitter = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Replaces the participant detector (stage 3).</summary>
    public ReadoutComparerBuilder UseParticipantDetector(IParticipantDetector value) { participants = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Replaces the claim extractor (stage 4).</summary>
    public ReadoutComparerBuilder UseClaimExtractor(IClaimExtractor value) { claims = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Replaces the topic tagger (stage 5); overrides <see cref="UseTopics"/>.</summary>
    public ReadoutComparerBuilder UseTopicTagger(ITopicTagger value) { topicTagger = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Replaces the tone tagger (stage 6); overrides <see cref="UseLexicon"/>.</summary>
    public ReadoutComparerBuilder UseToneTagger(IToneTagger value) { toneTagger = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>
    /// Replaces the linker (stage 7), which otherwise is the language's fitted <see cref="ModelLinker"/>; overrides
    /// <see cref="UseSimilarity"/>, <see cref="UseAligner"/>, <see cref="UseRelationJudge"/> and <see cref="WithThreshold"/>.
    /// </summary>
    public ReadoutComparerBuilder UseLinker(IClaimLinker value) { linker = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Replaces the claim similarity (stage 7); the claims are then linked by the aligner's groups
    /// (<see cref="GroupLinker"/>) unless the similarity is a <see cref="TermSimilarity"/> and no aligner, judge or threshold is set.</summary>
    public ReadoutComparerBuilder UseSimilarity(IClaimSimilarity value) { similarity = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Replaces the aligner (stage 7): the claims are then linked by its groups (<see cref="GroupLinker"/>); overrides <see cref="WithThreshold"/>.</summary>
    public ReadoutComparerBuilder UseAligner(IClaimAligner value) { aligner = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Replaces the shared/divergent judge (stage 7b): the claims are then linked by the aligner's groups (<see cref="GroupLinker"/>).</summary>
    public ReadoutComparerBuilder UseRelationJudge(IRelationJudge value) { judge = value ?? throw new ArgumentNullException(nameof(value)); return this; }

    /// <summary>Sets the lowest similarity (0..1) at which the <see cref="OptimalAligner"/> matches claims (default 0.3); the claims
    /// are then linked by its groups (<see cref="GroupLinker"/>) rather than by the fitted model.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..1.</exception>
    public ReadoutComparerBuilder WithThreshold(double value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1);
        threshold = value;
        return this;
    }

    /// <summary>
    /// Sets the longest readout text (in UTF-16 characters) the comparer analyses; a longer one throws
    /// <see cref="ReadoutTooLargeException"/>. Default <see cref="ReadoutAnalyzer.DefaultMaxReadoutLength"/> (1,048,576).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public ReadoutComparerBuilder WithMaxReadoutLength(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        maxReadoutLength = value;
        return this;
    }

    /// <summary>Builds the immutable, thread-safe comparer.</summary>
    public ReadoutComparer Build()
    {
        var effective = language;
        if (normalizer is not null || taxonomy is not null || lexicon is not null)
        {
            var builder = language.ToBuilder();
            if (normalizer is not null)
            {
                builder.UseNormalizer(normalizer);
            }

            if (taxonomy is not null)
            {
                builder.UseTopics(taxonomy);
            }

            if (lexicon is not null)
            {
                builder.UseLexicon(lexicon);
            }

            effective = builder.Build();
        }

        var defaults = ReferenceEquals(effective, ReadoutLanguage.English) ? ReadoutAnalyzer.Default : new ReadoutAnalyzer(effective);
        var analyzer = new ReadoutAnalyzer(
            defaults.Normalizer,
            splitter ?? defaults.Splitter,
            participants ?? defaults.Participants,
            claims ?? defaults.Claims,
            topicTagger ?? defaults.Topics,
            toneTagger ?? defaults.Tone)
        {
            Language = effective,
            MaxReadoutLength = maxReadoutLength,
        };
        var english = ReferenceEquals(effective, ReadoutLanguage.English);
        var chosenSimilarity = similarity ?? (english ? TermSimilarity.Instance : new TermSimilarity(effective));
        var chosenAligner = aligner ?? new OptimalAligner(effective, threshold ?? 0.3);
        var chosenJudge = judge ?? (english ? RuleRelationJudge.Instance : new RuleRelationJudge(effective));
        var chosenLinker = linker
            ?? (aligner is null && judge is null && threshold is null && chosenSimilarity is TermSimilarity terms
                ? (english && ReferenceEquals(terms, TermSimilarity.Instance) ? ModelLinker.Instance : new ModelLinker(effective, terms))
                : new GroupLinker(chosenSimilarity, chosenAligner, chosenJudge));
        var maxLength = maxReadoutLength;
        return new ReadoutComparer(analyzer, chosenSimilarity, chosenAligner, chosenJudge, chosenLinker, () => new ReadoutAnalyzer(ReadoutLanguage.Chinese)
        {
            Language = ReadoutLanguage.Chinese,
            MaxReadoutLength = maxLength,
        });
    }
}
