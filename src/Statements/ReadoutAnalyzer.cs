using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Statements.Claims;
using Statements.Language;
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

    /// <summary>
    /// Creates an analyzer with the built-in stages, each reading <paramref name="language"/>; a language written without
    /// spaces (<see cref="ReadoutLanguage.WithoutSpaces"/>, Chinese) gets the stages written for it
    /// (<see cref="ChineseSentenceSplitter"/>, <see cref="ChineseParticipantDetector"/>, <see cref="ChineseClaimExtractor"/>).
    /// </summary>
    public ReadoutAnalyzer(ReadoutLanguage language)
        : this(
            (language ?? throw new ArgumentNullException(nameof(language))).Normalizer,
            language.WithoutSpaces ? ChineseSentenceSplitter.Instance : new RuleSentenceSplitter(language),
            language.WithoutSpaces ? new ChineseParticipantDetector(language) : new ParticipantDetector(language),
            language.WithoutSpaces ? new ChineseClaimExtractor(language) : new RuleClaimExtractor(language),
            new TopicTagger(language.Topics),
            new ToneTagger(language.Lexicon, language))
    {
        Language = language;
    }

    /// <summary>The analyzer with the built-in stages for <see cref="ReadoutLanguage.English"/>.</summary>
    public static ReadoutAnalyzer Default { get; } = new(ReadoutLanguage.English);

    /// <summary>
    /// The language the analyzer's own steps read (sentence classes, the tone headline) and that a replaced stage may
    /// consult; the built-in stages hold the language they were made with. Default <see cref="ReadoutLanguage.English"/>.
    /// </summary>
    public ReadoutLanguage Language { get; init; } = ReadoutLanguage.English;

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
        return Assemble(readout, id, text, normalized, null, cancellationToken);
    }

    /// <summary>
    /// Stages 2 to 6 and the records, after normalisation. The built-in stages share one tokenization of the
    /// normalised text; a replaced stage is called through its interface. <paramref name="clock"/>, where given,
    /// is told when each stage ends (the benchmarks' stage table).
    /// </summary>
    internal ReadoutAnalysis Assemble(Readout readout, string id, string text, string normalized, StageClock? clock, CancellationToken cancellationToken)
    {
        var spans = Splitter.Split(normalized);
        clock?.Lap(StageClock.Sentences);

        // Sentence texts are stretches of the original text, cut out when read; the classifier reads the normalised text in place.
        var count = spans.Count;
        var sentenceTexts = new TextSlice[count];
        var kinds = new SentenceKind?[count];
        var inScope = new bool[count];
        var eligible = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var span = spans[i].Span;
            sentenceTexts[i] = TextSlice.Of(text, span);
            kinds[i] = SentenceClassifier.Classify(Language, normalized.AsSpan(span.Start, span.Length), readout.Title, standsAlone: i == 0 && (count == 1 || spans[1].Paragraph != spans[i].Paragraph));
            inScope[i] = readout.InScope(span);
            eligible[i] = kinds[i] is null && inScope[i];
        }

        clock?.Lap(StageClock.Classify);
        using var shared = TokenizedText.Of(normalized);
        clock?.Lap(StageClock.Tokenize);
        // A leader's own first-person statement is its author's, whom the built-in detector finds in the header.
        Participant? author = null;
        IReadOnlyList<Participant> participants;
        if (Participants is ParticipantDetector detector)
        {
            participants = detector.Detect(shared, readout.Side, readout.Title, readout.Publisher, out author);
        }
        else
        {
            participants = Participants.Detect(normalized, readout.Side);
        }

        clock?.Lap(StageClock.Participants);
        cancellationToken.ThrowIfCancellationRequested();

        var extracted = Claims is RuleClaimExtractor extractor
            ? extractor.Extract(normalized, spans, eligible, participants, readout.Side, shared, author)
            : Claims.Extract(normalized, spans, eligible, participants, readout.Side);
        clock?.Lap(StageClock.Claims);
        var defaultTopics = Topics as TopicTagger;
        var contexts = defaultTopics?.NewContextMemo(shared);
        var claims = ImmutableArray.CreateBuilder<Claim>(extracted.Count);
        for (var e = 0; e < extracted.Count; e++)
        {
            var c = extracted[e];
            var topics = defaultTopics is not null
                ? defaultTopics.Tag(shared.Within(c.Span), contexts!)
                : [.. Topics.Tag(normalized, c.Span)];
            claims.Add(new Claim(
                string.Create(CultureInfo.InvariantCulture, $"{id}{claims.Count + 1}"),
                c.Speaker,
                c.Cue,
                c.CueStrength,
                (uint)c.SentenceIndex < (uint)count && spans[c.SentenceIndex].Span == c.Span ? sentenceTexts[c.SentenceIndex] : TextSlice.Of(text, c.Span),
                c.Span,
                topics,
                c.Negated,
                c.Modality,
                c.Quoted,
                c.SentenceIndex)
            {
                ReportingSide = readout.Side,
                Continuity = c.Continuity,
                SpeakerInferred = c.SpeakerInferred,
            });
        }

        clock?.Lap(StageClock.Topics);
        cancellationToken.ThrowIfCancellationRequested();

        // The claims of each sentence, in claim order: claimOrder[claimStart[i]..claimStart[i + 1]] for sentence i.
        var claimStart = new int[count + 1];
        for (var k = 0; k < claims.Count; k++)
        {
            if ((uint)claims[k].SentenceIndex < (uint)count)
            {
                claimStart[claims[k].SentenceIndex + 1]++;
            }
        }

        for (var i = 0; i < count; i++)
        {
            claimStart[i + 1] += claimStart[i];
        }

        var claimOrder = new int[claimStart[count]];
        var fill = claimStart[..count];
        for (var k = 0; k < claims.Count; k++)
        {
            var sentence = claims[k].SentenceIndex;
            if ((uint)sentence < (uint)count)
            {
                claimOrder[fill[sentence]++] = k;
            }
        }

        var sentences = ImmutableArray.CreateBuilder<Sentence>(count);
        for (var i = 0; i < count; i++)
        {
            var ids = ImmutableArray<string>.Empty;
            if (claimStart[i + 1] > claimStart[i])
            {
                var held = new string[claimStart[i + 1] - claimStart[i]];
                for (var k = claimStart[i]; k < claimStart[i + 1]; k++)
                {
                    held[k - claimStart[i]] = claims[claimOrder[k]].Id;
                }

                ids = ImmutableCollectionsMarshal.AsImmutableArray(held);
            }

            var kind = kinds[i] ?? (ids.IsEmpty ? SentenceKind.Narration : SentenceKind.Claim);
            sentences.Add(new Sentence(i, spans[i].Span, sentenceTexts[i], kind, spans[i].Paragraph, ids));
        }

        clock?.Lap(StageClock.Records);
        var defaultTone = Tone as ToneTagger;
        var matches = new List<ToneMatch>();
        var scratch = new List<Text.PhraseMatch<ToneEntry?>>();
        var toneHits = ImmutableArray.CreateBuilder<ToneHit>();
        for (var i = 0; i < count; i++)
        {
            if (kinds[i] is SentenceKind.Boilerplate or SentenceKind.Metadata || !inScope[i])
            {
                continue;
            }

            IReadOnlyList<ToneMatch> found;
            if (defaultTone is not null)
            {
                matches.Clear();
                defaultTone.Tag(shared.Within(spans[i].Span), normalized, matches, scratch);
                found = matches;
            }
            else
            {
                found = Tone.Tag(normalized, spans[i].Span);
            }

            for (var m = 0; m < found.Count; m++)
            {
                var match = found[m];
                string? claimId = null;
                for (var k = claimStart[i]; k < claimStart[i + 1]; k++)
                {
                    if (claims[claimOrder[k]].Span.Contains(match.Span))
                    {
                        claimId = claims[claimOrder[k]].Id;
                        break;
                    }
                }

                toneHits.Add(new ToneHit(match.Key, text.Substring(match.Span.Start, match.Span.Length), match.Span, match.Category, match.Valence, match.Negated, claimId));
            }
        }

        clock?.Lap(StageClock.Tone);
        var topicIds = ImmutableArray.CreateBuilder<string>();
        for (var k = 0; k < claims.Count; k++)
        {
            foreach (var topic in claims[k].Topics)
            {
                if (!topicIds.Contains(topic))
                {
                    topicIds.Add(topic);
                }
            }
        }

        var hits = toneHits.ToImmutable();
        var profile = ToneProfile.From(hits);
        var headline = ToneHeadline.Find(Language, text, hits, shared, spans);
        clock?.Lap(StageClock.Profile);
        var analysis = new ReadoutAnalysis(id, readout, sentences.MoveToImmutable(), [.. participants], claims.MoveToImmutable(), hits, topicIds.DrainToImmutable(), profile)
        {
            Headline = headline,
        };
        clock?.Lap(StageClock.Records);
        return analysis;
    }
}
