using System.Collections.Immutable;
using Statements.Attribution;
using Statements.Sentences;
using Statements.Language;
using Statements.Text;

namespace Statements.Articles;

/// <summary>The two readouts a news article reports, each scoped to its own passages of the article.</summary>
/// <param name="Left">The counterpart's account (the side that is not the United States, where one is).</param>
/// <param name="Right">The other account.</param>
/// <param name="Attribution">For each sentence of the article: the side it reports, or null for the journalist's own narration, page furniture, and sentences about both sides.</param>
public sealed record ArticleSplit(Readout Left, Readout Right, ImmutableArray<(Span Span, string? Side)> Attribution);

/// <summary>
/// Splits a news article that reports both sides of an engagement into one readout per side. Each sentence is
/// attributed by the nearest cue: a source cue ("According to Xinhua", "On the US side, the White House
/// described", "a Kremlin statement said") switches the article to that source's side; a sentence whose
/// speaker is a participant goes to that participant's side ("Mr. Xi noted ..." to China); a sentence with
/// neither continues the side before it within the article, unless it speaks of both governments at once
/// ("both China and the US confirmed ..."). The lede
/// before any cue, titles, bylines, captions and page furniture belong to neither side. Both readouts keep the
/// article's full text, so spans point into it; <see cref="Readout.Scope"/> names each side's sentences.
/// Stateless and thread-safe.
/// </summary>
public sealed class ArticleSplitter
{
    private PhraseMatcher<bool> SourceLead => language.SourceLeads;

    private WordSet SourceVerbs => language.SourceVerbs;

    private PhraseMatcher<bool> BothCue => language.BothGovernments;

    private ReadoutLanguage language => Analyzer.Language;

    /// <summary>Creates a splitter that uses <paramref name="analyzer"/>'s normaliser, sentence splitter and participant detector.</summary>
    public ArticleSplitter(ReadoutAnalyzer analyzer) => Analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));

    /// <summary>The splitter with the default stages.</summary>
    public static ArticleSplitter Default { get; } = new(ReadoutAnalyzer.Default);

    /// <summary>The analyzer whose stages find sentences and participants.</summary>
    public ReadoutAnalyzer Analyzer { get; }

    /// <summary>Splits an article's text into its two sides' readouts.</summary>
    /// <param name="text">The article text (a header block, if any, has already been removed).</param>
    /// <param name="name">A short name for messages, e.g. the file name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ReadoutTooLargeException">The text is longer than the analyzer's <see cref="ReadoutAnalyzer.MaxReadoutLength"/>.</exception>
    public ArticleSplit Split(string text, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Analyzer.MaxReadoutLength)
        {
            throw new ReadoutTooLargeException(name, text.Length, Analyzer.MaxReadoutLength);
        }

        var normalized = Analyzer.Normalizer.Normalize(text);
        var sentences = Analyzer.Splitter.Split(normalized);
        using var shared = TokenizedText.Of(normalized);
        var participants = Analyzer.Participants is ParticipantDetector detector
            ? detector.Detect(shared, SideResolver.Unknown)
            : Analyzer.Participants.Detect(normalized, SideResolver.Unknown);
        var byWord = ParticipantWords(participants);
        var attribution = ImmutableArray.CreateBuilder<(Span, string?)>(sentences.Count);
        string? current = null;
        for (var index = 0; index < sentences.Count; index++)
        {
            var span = sentences[index].Span;
            var standsAlone = index == 0 && (sentences.Count == 1 || sentences[1].Paragraph != sentences[0].Paragraph);
            var kind = SentenceClassifier.Classify(language, normalized.AsSpan(span.Start, span.Length), null, standsAlone);
            if (kind is not null)
            {
                attribution.Add((span, null));
                continue;
            }

            var tokens = shared.Within(span);
            var source = SourceSide(tokens, normalized, SideResolver.InstitutionsIn(language, normalized, span));
            var speaker = source is null ? SpeakerSide(tokens, normalized, byWord) : null;
            var both = (BothCue.Occurs(tokens, normalized) || NamesBothCountries(tokens, normalized)) && source is null && speaker is null;
            if (source is not null)
            {
                current = source;
            }
            else if (speaker is not null)
            {
                current = speaker;
            }

            attribution.Add((span, both ? null : source ?? speaker ?? current));
        }

        var sides = attribution.Where(a => a.Item2 is not null).Select(a => a.Item2!).Distinct().ToList();
        var right = sides.Contains("United States") ? "United States" : sides.Count > 1 ? sides[1] : "Unknown";
        var left = sides.FirstOrDefault(s => s != right) ?? "Unknown";
        var result = attribution.ToImmutable();
        return new ArticleSplit(Scoped(text, left, result, name), Scoped(text, right, result, name), result);
    }

    private static Readout Scoped(string text, string side, ImmutableArray<(Span Span, string? Side)> attribution, string? name)
    {
        var scope = attribution.Where(a => a.Side == side).Select(a => a.Span).ToImmutableArray();
        return new Readout(text, side)
        {
            Name = name is null ? side : $"{name} ({side})",
            Publisher = "as reported in an article",
            Scope = scope.IsEmpty ? [new Span(0, 0)] : scope,
        };
    }

    /// <summary>A source named in the sentence: "According to Xinhua", "On the US side", "the White House described".</summary>
    private string? SourceSide(TokenList tokens, string text, List<(int Start, int End, int Cue)>? institutions)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var isLead = SourceLead.TryMatchAt(tokens, i, text, out var lead);
            var from = isLead ? i + lead.TokenCount : i;
            for (var j = from; j < Math.Min(tokens.Count, from + 5); j++)
            {
                var side = SideResolver.InstitutionWithin(language, institutions, tokens[j].Start, tokens[Math.Min(tokens.Count - 1, j + 3)].End);
                if (side is null && isLead && lead.TokenCount == 2 && tokens[i].Is("on") && language.CountryMatcher.TryMatchAt(tokens, j, text, out var country) && j + country.TokenCount < tokens.Count && tokens[j + country.TokenCount].Is("side"))
                {
                    side = country.Value; // "On the US side"
                }

                if (side is null && isLead && tokens[i].Is("according") && language.CountryMatcher.TryMatchAt(tokens, j, text, out var named))
                {
                    side = named.Value; // "According to the Chilean presidency", "according to Chinese state media"
                }

                if (side is not null && (isLead || NextIsSourceVerb(tokens, j)))
                {
                    return side;
                }
            }

            if (isLead)
            {
                i += lead.TokenCount - 1;
            }
        }

        return null;
    }

    /// <summary>"both Chile and the US", "both the United States and China": two governments at once.</summary>
    private bool NamesBothCountries(TokenList tokens, string text)
    {
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (!tokens[i].Is("both"))
            {
                continue;
            }

            var k = tokens[i + 1].Is("the") ? i + 2 : i + 1;
            if (language.CountryMatcher.TryMatchAt(tokens, k, text, out var first))
            {
                k += first.TokenCount;
                if (k < tokens.Count && tokens[k].Is("and"))
                {
                    k = k + 1 < tokens.Count && tokens[k + 1].Is("the") ? k + 2 : k + 1;
                    if (k < tokens.Count && language.CountryMatcher.TryMatchAt(tokens, k, text, out _))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private bool NextIsSourceVerb(TokenList tokens, int j)
    {
        for (var k = j + 1; k < Math.Min(tokens.Count, j + 6); k++)
        {
            if (SourceVerbs.Contains(tokens[k].LowerView))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The side of the participant who is the subject of the sentence ("Mr. Xi noted ...", "The Chinese leader ...").</summary>
    private string? SpeakerSide(TokenList tokens, string text, Dictionary<string, Participant> byWord)
    {
        var limit = Math.Min(tokens.Count, 12);
        for (var i = 0; i < limit; i++)
        {
            var token = tokens[i];
            if (token.IsWord && char.IsUpper(text[token.Start]) && byWord.TryGetValue(token.LowerView, out var participant) && participant.Country is not null)
            {
                return HasOtherParticipant(tokens, text, byWord, i, participant) ? null : participant.Country;
            }

            if (token.Is("leader") || token.Is("president") || token.Is("side"))
            {
                for (var k = Math.Max(0, i - 3); k < i; k++)
                {
                    if (language.CountryMatcher.TryMatchAt(tokens, k, text, out var country) && k + country.TokenCount <= i && tokens[Math.Max(0, k - 1)].Is("the"))
                    {
                        return country.Value;
                    }
                }
            }
        }

        return null;
    }

    private static bool HasOtherParticipant(TokenList tokens, string text, Dictionary<string, Participant> byWord, int at, Participant first)
    {
        for (var k = at + 1; k < Math.Min(tokens.Count, at + 8); k++)
        {
            if (tokens[k].IsWord && char.IsUpper(text[tokens[k].Start]) && byWord.TryGetValue(tokens[k].LowerView, out var other) && other != first)
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, Participant> ParticipantWords(IReadOnlyList<Participant> participants)
    {
        var words = new Dictionary<string, Participant>(StringComparer.Ordinal);
        foreach (var participant in participants)
        {
            foreach (var word in participant.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > 1)
                {
                    words.TryAdd(word.ToLowerInvariant(), participant);
                }
            }
        }

        return words;
    }
}
