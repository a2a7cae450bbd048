using System.Collections.Immutable;
using Statements.Language;
using Statements.Text;

namespace Statements.Alignment;

/// <summary>
/// The default <see cref="IClaimLinker"/>: weighs the evidence on every pair of claims (<see cref="LinkFeatures"/>: topics,
/// key terms and set formulations, names and numbers, speakers, how the pair ranks among each claim's candidates, place,
/// how general each claim is) with the fitted <see cref="LinkModel"/> of the language. A pair is a specific link where the
/// model's probability reaches the link threshold and a share of the best of one of its claims; a general link where one
/// claim names the matter only in general terms; a claim with no specific link whose nearest counterpart reaches the weak
/// threshold is in the weak band. A specific link is divergent where the relation model, reading the signs of a different
/// framing (negation, tone keys one side lacks, a stance on one side, a stronger cue), says so.
/// </summary>
/// <remarks>
/// Symmetric: the features are symmetric in the sides, so swapping the readouts mirrors the links. Deterministic and
/// thread-safe; the similarity's claim profiles are cached against the claim instances.
/// </remarks>
public sealed class ModelLinker : IClaimLinker
{
    /// <summary>Creates a linker for <paramref name="language"/>.</summary>
    /// <param name="language">The readouts' language: the words the similarity and the judge read, and its link model.</param>
    /// <param name="similarity">The similarity whose parts are features; null for one over <paramref name="language"/>.</param>
    /// <param name="embedder">Sentence embeddings for a <see cref="LinkModel.Semantic"/> model; null for none.</param>
    /// <param name="model">The model that decides; null for the language's <see cref="ReadoutLanguage.LinkModel"/>.</param>
    /// <exception cref="ArgumentException">The model weighs sentence embeddings and no embedder is given, or the reverse.</exception>
    public ModelLinker(ReadoutLanguage language, TermSimilarity? similarity = null, ISentenceEmbedder? embedder = null, LinkModel? model = null)
        : this(language, similarity, embedder, model, routesChinese: true)
    {
    }

    /// <summary>The constructor; <paramref name="routesChinese"/> hands pairs with a Chinese readout to linkers made for them.</summary>
    private ModelLinker(ReadoutLanguage language, TermSimilarity? similarity, ISentenceEmbedder? embedder, LinkModel? model, bool routesChinese)
    {
        Language = language ?? throw new ArgumentNullException(nameof(language));
        Similarity = similarity ?? new TermSimilarity(language);
        Model = model ?? language.LinkModel;
        if (Model.Semantic != embedder is not null)
        {
            throw new ArgumentException(
                Model.Semantic
                    ? "The link model weighs sentence embeddings: give an embedder (Statements.Semantic provides one)."
                    : "An embedder needs a link model fitted with the semantic feature (Statements.Semantic ships one).",
                nameof(embedder));
        }

        Embedder = embedder;
        Judge = new RuleRelationJudge(language);
        if (routesChinese && !language.WithoutSpaces && embedder is null)
        {
            crossLanguage = new Lazy<ModelLinker>(() => CrossLanguage(language));
            chineseOnly = new Lazy<ModelLinker>(() => new ModelLinker(ReadoutLanguage.Chinese, null, null, null, routesChinese: false));
        }
    }

    private readonly Lazy<ModelLinker>? crossLanguage;
    private readonly Lazy<ModelLinker>? chineseOnly;

    /// <summary>
    /// The linker for a Chinese readout against one in <paramref name="language"/>: claims read in their own language,
    /// the glossary's English renderings added to <paramref name="language"/>'s concepts so a formulation and its
    /// translation are one term, and the Chinese language's link model, fitted on such pairs.
    /// </summary>
    private static ModelLinker CrossLanguage(ReadoutLanguage language)
    {
        var chinese = ReadoutLanguage.Chinese;
        var bridged = Bridged(language, chinese);
        return new ModelLinker(bridged, new TermSimilarity(bridged, chinese), null, chinese.LinkModel, routesChinese: false);
    }

    /// <summary><paramref name="language"/> with the English renderings of <paramref name="chinese"/>'s glossary added to its concepts, each under the entry's concept id.</summary>
    internal static ReadoutLanguage Bridged(ReadoutLanguage language, ReadoutLanguage chinese)
    {
        var bridge = language.ToBuilder();
        foreach (var entry in chinese.Glossary)
        {
            bridge.AddGroup(LanguageLists.Concepts, entry.Concept, [.. entry.English]);
        }

        return bridge.Build();
    }

    /// <summary>The linker for English.</summary>
    public static ModelLinker Instance { get; } = new(ReadoutLanguage.English, TermSimilarity.Instance);

    /// <summary>The language whose link model decides.</summary>
    public ReadoutLanguage Language { get; }

    /// <summary>The model that decides.</summary>
    public LinkModel Model { get; }

    /// <summary>The sentence embedder of a <see cref="LinkModel.Semantic"/> model, or null.</summary>
    public ISentenceEmbedder? Embedder { get; }

    /// <summary>The similarity whose parts are features.</summary>
    public TermSimilarity Similarity { get; }

    private RuleRelationJudge Judge { get; }

    /// <inheritdoc />
    public LinkSet Link(ReadoutAnalysis left, ReadoutAnalysis right, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (For(left, right) is var routed && !ReferenceEquals(routed, this))
        {
            return routed.Link(left, right, cancellationToken);
        }

        var rows = left.Claims.Length;
        var cols = right.Claims.Length;
        if (rows == 0 || cols == 0)
        {
            return LinkSet.Empty;
        }

        var model = Model;
        var features = LinkFeatures.Compute(Similarity, left.Claims, right.Claims, Embeddings(left, right), cancellationToken);
        var (specific, general) = LinkDecision.Probabilities(features, model, rows, cols);
        var decided = LinkDecision.Decide(specific, general, model, features);
        var leftTone = ToneByClaim(left);
        var rightTone = ToneByClaim(right);
        var links = ImmutableArray.CreateBuilder<ClaimLink>(decided.Count);
        var linkedLeft = new bool[rows];
        var linkedRight = new bool[cols];
        var surface = new Dictionary<int, Dictionary<string, string>>();
        foreach (var (l, r, isGeneral, probability) in decided)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (lc, rc) = (left.Claims[l], right.Claims[r]);
            if (isGeneral)
            {
                // A general claim links to many specific ones: its evidence is the topics the two share, not their words.
                var generalSide = LinkDecision.LeftIsGeneral(features.LeftShapes[l], features.RightShapes[r]) ? "left" : "right";
                links.Add(new ClaimLink(lc, rc, LinkRelation.General, Math.Round(probability, 3), [$"the {generalSide} claim names the matter only as part of a broader area or of the talks"], SharedTopics(lc, rc)));
                continue;
            }

            if (!surface.TryGetValue(l, out var words))
            {
                surface[l] = words = SurfaceWords(lc.Text);
            }

            var evidence = Evidence(lc, rc, words);
            linkedLeft[l] = linkedRight[r] = true;
            var weighed = Judge.Weigh([lc], [rc], leftTone[l], rightTone[r], features.Scores[l, r]);
            var divergent = model.DivergentProbability(weighed, features.Scores[l, r]) >= model.Thresholds.Divergent;
            var reasons = divergent || weighed.Reasons.Length == 1 ? weighed.Reasons : [weighed.Reasons[0]];
            links.Add(new ClaimLink(lc, rc, divergent ? LinkRelation.Divergent : LinkRelation.Shared, Math.Round(probability, 3), reasons, evidence));
        }

        // A claim with no specific link is weak when its nearest counterpart comes close, unless the other readout never
        // names its matter: that is a confident omission, whatever its nearest counterpart.
        var weak = ImmutableDictionary.CreateBuilder<string, NearestCounterpart>(StringComparer.Ordinal);
        var unnamed = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        Alone(left.Claims, right.Claims, features.LeftShapes, linkedLeft, right.Topics, byRow: true);
        Alone(right.Claims, left.Claims, features.RightShapes, linkedRight, left.Topics, byRow: false);
        return new LinkSet(links.ToImmutable(), weak.ToImmutable()) { Unnamed = unnamed.ToImmutable() };

        void Alone(ImmutableArray<Claim> claims, ImmutableArray<Claim> others, IReadOnlyList<ClaimShape> shapes, bool[] linked, ImmutableArray<string> otherTopics, bool byRow)
        {
            var named = otherTopics.ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < claims.Length; i++)
            {
                if (linked[i])
                {
                    continue;
                }

                if (LinkDecision.NamedOnlyHere(shapes[i], named))
                {
                    // The claim's specific topics in the order it names them; the other readout names none of them.
                    unnamed[claims[i].Id] = [.. claims[i].Topics.Where(shapes[i].SpecificTopics.Contains)
                        .Concat(shapes[i].SpecificTopics.Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal)];
                }
                else if (LinkDecision.Nearest(specific, i, byRow) is var (other, p) && p >= model.Thresholds.Weak)
                {
                    weak[claims[i].Id] = new NearestCounterpart(others[other], Math.Round(p, 3));
                }
            }
        }
    }

    /// <summary>The similarity whose parts are the features of <paramref name="left"/> against <paramref name="right"/> (the cross-language one where one of them is Chinese).</summary>
    internal TermSimilarity SimilarityFor(ReadoutAnalysis left, ReadoutAnalysis right) => For(left, right).Similarity;

    /// <summary>The linker for a pair: this one, or, where a readout is Chinese and this linker is not, the one made for such pairs.</summary>
    private ModelLinker For(ReadoutAnalysis left, ReadoutAnalysis right)
    {
        if (crossLanguage is null || chineseOnly is null)
        {
            return this;
        }

        var (leftChinese, rightChinese) = (ScriptDetector.IsChinese(left.Readout), ScriptDetector.IsChinese(right.Readout));
        return !leftChinese && !rightChinese ? this : (leftChinese && rightChinese ? chineseOnly : crossLanguage).Value;
    }

    /// <summary>The claims' sentence embeddings in one call to the embedder, or null without one.</summary>
    private (IReadOnlyList<float[]> Left, IReadOnlyList<float[]> Right)? Embeddings(ReadoutAnalysis left, ReadoutAnalysis right)
    {
        if (Embedder is null)
        {
            return null;
        }

        var texts = left.Claims.Select(c => c.Text).Concat(right.Claims.Select(c => c.Text)).ToList();
        var vectors = Embedder.Embed(texts);
        if (vectors.Count != texts.Count)
        {
            throw new InvalidOperationException($"The embedder returned {vectors.Count} vectors for {texts.Count} texts.");
        }

        return ([.. vectors.Take(left.Claims.Length)], [.. vectors.Skip(left.Claims.Length)]);
    }

    /// <summary>What two claims have in common: topics both name themselves, rare key terms (in the left claim's words), set formulations, names and numbers.</summary>
    internal ImmutableArray<string> Evidence(Claim left, Claim right, Dictionary<string, string> words)
    {
        var evidence = ImmutableArray.CreateBuilder<string>();
        evidence.AddRange(SharedTopics(left, right));

        var lp = Similarity.Profile(left);
        var rp = Similarity.Profile(right);
        foreach (var (term, weight) in lp.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!rp.Terms.ContainsKey(term) || term == ClaimProfile.CharacterTerm)
            {
                continue;
            }

            if (term.StartsWith('~'))
            {
                evidence.Add("formulation: " + term[1..]);
            }
            else if (weight >= 1 && words.TryGetValue(term, out var word))
            {
                evidence.Add("term: " + word);
            }
        }

        foreach (var entity in lp.Entities.Keys.Where(rp.Entities.ContainsKey).Order(StringComparer.Ordinal))
        {
            var colon = entity.IndexOf(':', StringComparison.Ordinal);
            evidence.Add((entity[..colon] == "name" ? "name" : entity[..colon]) + ": " + entity[(colon + 1)..]);
        }

        return evidence.ToImmutable();
    }

    /// <summary>The topics both claims name in their own words, as evidence ("topic: taiwan"), in ordinal order.</summary>
    private ImmutableArray<string> SharedTopics(Claim left, Claim right)
    {
        var rightTopics = Similarity.DirectTopicsOf(right);
        return [.. Similarity.DirectTopicsOf(left).Where(t => rightTopics.Contains(t) && t != Topics.TopicTaxonomy.Other).Order(StringComparer.Ordinal).Select(t => "topic: " + t)];
    }

    /// <summary>Each stem of a text's words to the first word with that stem, as written.</summary>
    private Dictionary<string, string> SurfaceWords(string text)
    {
        var normalized = Language.Normalizer.Normalize(text);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in WordTokenizer.Tokenize(normalized))
        {
            if (token.Kind == TokenKind.Word)
            {
                words.TryAdd(ClaimProfile.Stem(token.LowerString()), normalized.Substring(token.Start, token.Length));
            }
        }

        return words;
    }

    private static List<ToneHit>[] ToneByClaim(ReadoutAnalysis analysis)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < analysis.Claims.Length; i++)
        {
            index[analysis.Claims[i].Id] = i;
        }

        var hits = new List<ToneHit>[analysis.Claims.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = [];
        }

        foreach (var hit in analysis.ToneHits)
        {
            if (hit.ClaimId is not null && index.TryGetValue(hit.ClaimId, out var i))
            {
                hits[i].Add(hit);
            }
        }

        return hits;
    }
}
