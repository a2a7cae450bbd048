using System.Collections.Immutable;
using Statements.Alignment;
using Statements.Attribution;
using Statements.Facts;
using Statements.Language;
using Statements.Text;

namespace Statements;

/// <summary>
/// The front door: compares two readouts of one engagement, or two or more side by side
/// (<see cref="Compare(IReadOnlyList{Readout}, CancellationToken)"/>). <see cref="Default"/> is the built-in
/// configuration; <see cref="CreateBuilder"/> sets the lexicon, topics, similarity and thresholds.
/// A built comparer is immutable and thread-safe: build it once and share it.
/// </summary>
/// <example>
/// <code>
/// var comparison = ReadoutComparer.Default.Compare(Readout.Load("cn.txt"), Readout.Load("us.txt"));
/// foreach (var row in comparison.Rows) Console.WriteLine($"{row.Kind}: {string.Join(", ", row.Topics)}");
/// </code>
/// </example>
public sealed partial class ReadoutComparer
{
    private readonly Lazy<ReadoutAnalyzer>? chinese;
    private readonly Lazy<TranslationAligner> translationAligner;

    internal ReadoutComparer(ReadoutAnalyzer analyzer, IClaimSimilarity similarity, IClaimAligner aligner, IRelationJudge judge, IClaimLinker linker, Func<ReadoutAnalyzer>? chinese = null)
    {
        this.chinese = chinese is null ? null : new Lazy<ReadoutAnalyzer>(chinese);
        translationAligner = new Lazy<TranslationAligner>(() => new TranslationAligner(analyzer.Language.WithoutSpaces ? ReadoutLanguage.English : analyzer.Language, ReadoutLanguage.Chinese));
        Linker = linker;
        Analyzer = analyzer;
        Similarity = similarity;
        Aligner = aligner;
        Judge = judge;
    }

    /// <summary>The built-in configuration.</summary>
    public static ReadoutComparer Default { get; } = new ReadoutComparerBuilder().Build();

    /// <summary>The language every default stage reads (<see cref="ReadoutComparerBuilder.UseLanguage"/>).</summary>
    public ReadoutLanguage Language => Analyzer.Language;

    /// <summary>The per-readout stages.</summary>
    public ReadoutAnalyzer Analyzer { get; }

    /// <summary>How the claims of the two readouts are linked (stage 7): by default the language's fitted <see cref="ModelLinker"/>.</summary>
    public IClaimLinker Linker { get; }

    /// <summary>How claims are scored against each other (a feature of the default linker; the whole score of a <see cref="GroupLinker"/>).</summary>
    public IClaimSimilarity Similarity { get; }

    /// <summary>How claims are paired.</summary>
    public IClaimAligner Aligner { get; }

    /// <summary>How matched claims are judged shared or divergent.</summary>
    public IRelationJudge Judge { get; }

    /// <summary>The longest readout text (UTF-16 characters) this comparer analyses; see <see cref="ReadoutComparerBuilder.WithMaxReadoutLength"/>.</summary>
    public int MaxReadoutLength => Analyzer.MaxReadoutLength;

    /// <summary>Starts a builder from the built-in configuration.</summary>
    public static ReadoutComparerBuilder CreateBuilder() => new();

    /// <summary>Analyses one readout with this comparer's stages (see <see cref="ReadoutAnalyzer.Analyze"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="readout"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="ReadoutTooLargeException">The text is longer than <see cref="MaxReadoutLength"/>.</exception>
    public ReadoutAnalysis Analyze(Readout readout, string id = "L", CancellationToken cancellationToken = default) =>
        AnalyzerFor(readout ?? throw new ArgumentNullException(nameof(readout))).Analyze(readout, id, cancellationToken);

    /// <summary>
    /// The analyzer for <paramref name="readout"/>'s language: <see cref="Analyzer"/>, or, for a Chinese readout (its
    /// <see cref="Readout.Language"/> starts with "zh", or names no language and the text is mostly Chinese characters)
    /// when this comparer's language is not itself Chinese, the built-in stages of <see cref="ReadoutLanguage.Chinese"/>
    /// (created on first use).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="readout"/> is null.</exception>
    public ReadoutAnalyzer AnalyzerFor(Readout readout)
    {
        ArgumentNullException.ThrowIfNull(readout);
        var zh = chinese;
        return zh is not null && !Language.WithoutSpaces && ScriptDetector.IsChinese(readout) ? zh.Value : Analyzer;
    }

    /// <summary>Compares two readouts: <paramref name="left"/> gets id "L", <paramref name="right"/> "R".</summary>
    /// <remarks>An empty or white-space readout is compared as one with no claims: every claim of the other is one-sided.</remarks>
    /// <exception cref="ArgumentNullException">A readout is null.</exception>
    /// <exception cref="ReadoutTooLargeException">A readout's text is longer than <see cref="MaxReadoutLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Comparison Compare(Readout left, Readout right, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Compare(AnalyzerFor(left).Analyze(left, "L", cancellationToken), AnalyzerFor(right).Analyze(right, "R", cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Holds a readout against its own translation: the Chinese original of a readout against the English version the
    /// same side published (either order). Sentences are aligned monotonically by length and anchors (names, numbers,
    /// countries, the glossary's formulations); the result lists what the translation leaves out or adds and the
    /// formulations it renders otherwise than the glossary's standard translation. Where one text is partial (its header
    /// has a <c>partial</c> line) the comparison stops at its end and says so.
    /// </summary>
    /// <param name="original">One text; whichever of the two is Chinese is taken as the original.</param>
    /// <param name="translation">The other.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="ArgumentNullException">A readout is null.</exception>
    /// <exception cref="ArgumentException">Neither or both readouts are Chinese.</exception>
    /// <exception cref="ReadoutTooLargeException">A readout's text is longer than <see cref="MaxReadoutLength"/>.</exception>
    public TranslationComparison CompareTranslation(Readout original, Readout translation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(translation);
        var (originalChinese, translationChinese) = (ScriptDetector.IsChinese(original), ScriptDetector.IsChinese(translation));
        if (originalChinese == translationChinese)
        {
            throw new ArgumentException(
                $"A translation comparison needs one Chinese text and one in another language; {(originalChinese ? "both are" : "neither is")} Chinese.",
                nameof(translation));
        }

        if (!originalChinese)
        {
            (original, translation) = (translation, original);
        }

        var aligner = translationAligner.Value;
        return aligner.Align(AnalyzerFor(original).Analyze(original, "L", cancellationToken), AnalyzerFor(translation).Analyze(translation, "R", cancellationToken), cancellationToken);
    }

    /// <summary>Compares two analysed readouts. The comparison's analyses name each person alike: where one readout gives a
    /// shorter form of a name the other gives in full ("King Abdullah", "King Abdullah II"), its participant and claims take
    /// the fuller name, so <see cref="Comparison.Left"/> and <see cref="Comparison.Right"/> (and the claims of the links and
    /// rows) may differ from the analyses passed in by those names alone. The claims are linked as analysed.</summary>
    /// <exception cref="ArgumentNullException">An analysis is null.</exception>
    /// <exception cref="ArgumentException">Both analyses have the same id.</exception>
    public Comparison Compare(ReadoutAnalysis left, ReadoutAnalysis right, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Id == right.Id)
        {
            throw new ArgumentException($"Both readouts have the id '{left.Id}'; claim ids would clash.", nameof(right));
        }

        // Linked as analysed (the link model is fitted so), then shown with one name per person across the two readouts
        // ("King Abdullah" in one, "King Abdullah II" in the other).
        var links = Linker.Link(left, right, cancellationToken);
        var named = ParticipantNames.Harmonise([left, right], Language);
        if (!ReferenceEquals(named[0], left) || !ReferenceEquals(named[1], right))
        {
            (left, right) = (named[0], named[1]);
            links = ParticipantNames.Rebind(links, left, right);
        }

        var rows = LinkRows.Build(left, right, links).Select(row => Annotate(row, left, right)).ToImmutableArray();
        return new Comparison(left, right, rows, CompareTone(left, right), EngagementFactExtractor.Combine(left, right, Language))
        {
            Coverage = CoverageOf(left, right),
            Links = links.Links,
        };
    }

    private static ToneComparison CompareTone(ReadoutAnalysis left, ReadoutAnalysis right)
    {
        var l = left.ToneKeys;
        var r = right.ToneKeys;
        return new ToneComparison([.. l.Where(r.Contains)], [.. l.Where(k => !r.Contains(k))], [.. r.Where(k => !l.Contains(k))])
        {
            LeftHeadline = left.Headline,
            RightHeadline = right.Headline,
        };
    }

    private static ComparisonRow Annotate(ComparisonRow row, ReadoutAnalysis left, ReadoutAnalysis right)
    {
        var attributed = row.Kind switch
        {
            RowKind.LeftOnly => SpeaksForSide(left, row.Left[0], right.Readout.Side),
            RowKind.RightOnly => SpeaksForSide(right, row.Right[0], left.Readout.Side),
            _ => false,
        };
        return row with
        {
            LeftTone = ToneKeysOf(left, row.Left),
            RightTone = ToneKeysOf(right, row.Right),
            AttributedToOtherSide = attributed,
            Reasons = attributed
                ? row.Reasons.Add($"the {(row.Kind == RowKind.LeftOnly ? left : right).Readout.Side} readout attributes this to {(row.Kind == RowKind.LeftOnly ? row.Left : row.Right)[0].Speaker}; the {(row.Kind == RowKind.LeftOnly ? right : left).Readout.Side} readout does not say it")
                : row.Reasons,
        };
    }

    /// <summary>Whether the claim's speaker is a participant who speaks for <paramref name="side"/>.</summary>
    private static bool SpeaksForSide(ReadoutAnalysis analysis, Claim claim, string side) =>
        side != SideResolver.Unknown && analysis.Participants.Any(p => p.Name == claim.Speaker && p.Country == side);

    private static ImmutableArray<TopicCoverage> CoverageOf(ReadoutAnalysis left, ReadoutAnalysis right)
    {
        var topics = left.Topics.Concat(right.Topics).Distinct(StringComparer.Ordinal);
        return [.. topics.Select(t => new TopicCoverage(
            t,
            [.. left.Claims.Where(c => c.Topics.Contains(t))],
            [.. right.Claims.Where(c => c.Topics.Contains(t))]))];
    }

    private static ImmutableArray<string> ToneKeysOf(ReadoutAnalysis analysis, ImmutableArray<Claim> claims)
    {
        var ids = claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return [.. analysis.ToneHits.Where(h => !h.Negated && h.ClaimId is not null && ids.Contains(h.ClaimId)).Select(h => h.Key).Distinct(StringComparer.Ordinal)];
    }
}
