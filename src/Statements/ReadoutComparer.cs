using System.Collections.Immutable;
using Statements.Alignment;
using Statements.Facts;
using Statements.Language;

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
    internal ReadoutComparer(ReadoutAnalyzer analyzer, IClaimSimilarity similarity, IClaimAligner aligner, IRelationJudge judge, IClaimLinker linker)
    {
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
        Analyzer.Analyze(readout, id, cancellationToken);

    /// <summary>Compares two readouts: <paramref name="left"/> gets id "L", <paramref name="right"/> "R".</summary>
    /// <remarks>An empty or white-space readout is compared as one with no claims: every claim of the other is one-sided.</remarks>
    /// <exception cref="ArgumentNullException">A readout is null.</exception>
    /// <exception cref="ReadoutTooLargeException">A readout's text is longer than <see cref="MaxReadoutLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public Comparison Compare(Readout left, Readout right, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return Compare(Analyzer.Analyze(left, "L", cancellationToken), Analyzer.Analyze(right, "R", cancellationToken), cancellationToken);
    }

    /// <summary>Compares two analysed readouts.</summary>
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

        var links = Linker.Link(left, right, cancellationToken);
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
