using System.Collections.Immutable;
using Statements.Claims;
using Statements.Sentences;
using Statements.Attribution;
using Statements.Text;
using Statements.Tone;
using Statements.Topics;

namespace Statements;

/// <summary>
/// Runs the per-readout stages of the pipeline: normalise, split sentences, find participants, extract claims
/// with their speakers, tag topics and tone. Every span it reports indexes into the original
/// <see cref="Readout.Text"/>. Immutable and thread-safe: build one (through <see cref="ReadoutComparerBuilder"/>
/// or its constructor) and share it.
/// </summary>
public sealed class ReadoutAnalyzer
{
    /// <summary>Creates an analyzer from its stages.</summary>
    public ReadoutAnalyzer(
        ITextNormalizer normalizer,
        ISentenceSplitter splitter,
        IParticipantDetector participants,
        IClaimExtractor claims,
        ITopicTagger topics,
        IToneTagger tone)
    {
        Normalizer = normalizer ?? throw new ArgumentNullException(nameof(normalizer));
        Splitter = splitter ?? throw new ArgumentNullException(nameof(splitter));
        Participants = participants ?? throw new ArgumentNullException(nameof(participants));
        Claims = claims ?? throw new ArgumentNullException(nameof(claims));
        Topics = topics ?? throw new ArgumentNullException(nameof(topics));
        Tone = tone ?? throw new ArgumentNullException(nameof(tone));
    }

    /// <summary>The analyzer with the built-in stages, lexicon and taxonomy.</summary>
    public static ReadoutAnalyzer Default { get; } = new(
        TextNormalizer.Instance,
        RuleSentenceSplitter.Instance,
        ParticipantDetector.Instance,
        RuleClaimExtractor.Instance,
        new TopicTagger(TopicTaxonomy.Default),
        new ToneTagger(ToneLexicon.Default));

    /// <summary>The default for <see cref="MaxReadoutLength"/>: 1,048,576 characters (about 150,000 words).</summary>
    public const int DefaultMaxReadoutLength = 1_048_576;

    /// <summary>
    /// The longest <see cref="Readout.Text"/> (in UTF-16 characters) this analyser accepts; a longer one throws
    /// <see cref="ReadoutTooLargeException"/> before any work is done. Default <see cref="DefaultMaxReadoutLength"/>;
    /// set it with <see cref="ReadoutComparerBuilder.WithMaxReadoutLength"/> or an object initialiser.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxReadoutLength
    {
        get => maxReadoutLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxReadoutLength = value;
        }
    }

    private readonly int maxReadoutLength = DefaultMaxReadoutLength;

    /// <summary>Stage 1: normalisation.</summary>
    public ITextNormalizer Normalizer { get; }

    /// <summary>Stage 2: sentences.</summary>
    public ISentenceSplitter Splitter { get; }

    /// <summary>Stage 3: participants.</summary>
    public IParticipantDetector Participants { get; }

    /// <summary>Stage 4: claims and speakers.</summary>
    public IClaimExtractor Claims { get; }

    /// <summary>Stage 5: topics.</summary>
    public ITopicTagger Topics { get; }

    /// <summary>Stage 6: tone.</summary>
    public IToneTagger Tone { get; }

    /// <summary>Analyses one readout.</summary>
    /// <remarks>
    /// Any string is accepted up to <see cref="MaxReadoutLength"/>: control characters, lone surrogates, U+FFFD,
    /// bidirectional marks, emoji, combining marks and non-Latin scripts are analysed as they are, and every span
    /// in the result lies inside <see cref="Readout.Text"/>.
    /// </remarks>
    /// <param name="readout">The readout. An empty or white-space body gives an analysis with no sentences or claims.</param>
    /// <param name="id">The readout's short id, used as the prefix of its claim ids.</param>
    /// <param name="cancellationToken">Cancels the analysis between stages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="readout"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="ReadoutTooLargeException">The text is longer than <see cref="MaxReadoutLength"/>.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    /// <exception cref="InvalidOperationException">A replaced stage broke its contract (e.g. a normaliser changed the length).</exception>
    public ReadoutAnalysis Analyze(Readout readout, string id = "L", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(readout);
        ArgumentNullException.ThrowIfNull(id);
        var text = readout.Text;
        if (text.Length > MaxReadoutLength)
        {
            throw new ReadoutTooLargeException(readout.Name, text.Length, MaxReadoutLength);
        }

        var normalized = Normalizer.Normalize(text);
        if (normalized.Length != text.Length)
        {
            throw new InvalidOperationException($"{Normalizer.GetType().Name} changed the text's length; normalisers must map characters one for one.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var spans = Splitter.Split(normalized);
        var kinds = spans.Select((s, i) => SentenceClassifier.Classify(normalized.Substring(s.Span.Start, s.Span.Length), readout.Title, standsAlone: i == 0 && (spans.Count == 1 || spans[1].Paragraph != s.Paragraph))).ToArray();
        var participants = Participants.Detect(normalized, readout.Side);
        cancellationToken.ThrowIfCancellationRequested();

        var inScope = spans.Select(s => readout.InScope(s.Span)).ToArray();
        var extracted = Claims.Extract(normalized, spans, kinds.Select((k, i) => k is null && inScope[i]).ToArray(), participants, readout.Side);
        var claims = ImmutableArray.CreateBuilder<Claim>(extracted.Count);
        foreach (var c in extracted)
        {
            claims.Add(new Claim(
                id + (claims.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                c.Speaker,
                c.Cue,
                c.CueStrength,
                text.Substring(c.Span.Start, c.Span.Length),
                c.Span,
                [.. Topics.Tag(normalized, c.Span)],
                c.Negated,
                c.Modality,
                c.Quoted,
                c.SentenceIndex)
            {
                ReportingSide = readout.Side,
                Continuity = c.Continuity,
            });
        }

        cancellationToken.ThrowIfCancellationRequested();
        var sentences = ImmutableArray.CreateBuilder<Sentence>(spans.Count);
        var claimsBySentence = claims.ToLookup(c => c.SentenceIndex); // one pass: a scan per sentence was quadratic
        for (var i = 0; i < spans.Count; i++)
        {
            var ids = claimsBySentence[i].Select(c => c.Id).ToImmutableArray();
            var kind = kinds[i] ?? (ids.IsEmpty ? SentenceKind.Narration : SentenceKind.Claim);
            sentences.Add(new Sentence(i, spans[i].Span, text.Substring(spans[i].Span.Start, spans[i].Span.Length), kind, spans[i].Paragraph, ids));
        }

        var toneHits = ImmutableArray.CreateBuilder<ToneHit>();
        for (var i = 0; i < spans.Count; i++)
        {
            if (kinds[i] is SentenceKind.Boilerplate or SentenceKind.Metadata || !inScope[i])
            {
                continue;
            }

            foreach (var match in Tone.Tag(normalized, spans[i].Span))
            {
                var claim = claimsBySentence[i].FirstOrDefault(c => c.Span.Contains(match.Span));
                toneHits.Add(new ToneHit(match.Key, text.Substring(match.Span.Start, match.Span.Length), match.Span, match.Category, match.Valence, match.Negated, claim?.Id));
            }
        }

        var topics = claims.SelectMany(c => c.Topics).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var hits = toneHits.ToImmutable();
        return new ReadoutAnalysis(id, readout, sentences.ToImmutable(), [.. participants], claims.ToImmutable(), hits, topics, ToneProfile.From(hits))
        {
            Headline = ToneHeadline.Find(text, hits),
        };
    }
}
