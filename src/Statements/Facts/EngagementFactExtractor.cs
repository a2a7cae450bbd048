using System.Collections.Immutable;
using System.Globalization;
using Statements.Language;
using Statements.Text;

namespace Statements.Facts;

/// <summary>The engagement facts one readout states.</summary>
/// <param name="Format">"call", "video-call" or "meeting", or null.</param>
/// <param name="RequestedBy">Who asked for it, as a participant name or the words used, or null.</param>
/// <param name="Duration">How long it lasted, as written ("1 hour and 45 minutes", "lengthy"), or null.</param>
/// <param name="Location">Where it took place, or null.</param>
/// <param name="Date">The ISO date, or null.</param>
/// <param name="PriorMeeting">The earlier meeting the readout places the engagement after, as written, or null.</param>
/// <param name="NextSteps">The follow-up the readout announces (visits, meetings), as written, or null.</param>
public sealed record ReadoutFacts(string? Format, string? RequestedBy, string? Duration, string? Location, string? Date, string? PriorMeeting = null, string? NextSteps = null);

/// <summary>
/// Reads what a readout says about the engagement itself: format (phone, video, in person), who requested it
/// ("at the request of the latter"), its length ("1 hour and 45 minutes", "a lengthy conversation"), place
/// and date. Stateless and thread-safe.
/// </summary>
public static class EngagementFactExtractor
{
    /// <summary>Reads the facts of one analysed readout, with the words of <see cref="ReadoutLanguage.English"/>.</summary>
    public static ReadoutFacts Extract(ReadoutAnalysis analysis) => Extract(analysis, ReadoutLanguage.English);

    /// <summary>Reads the facts of one analysed readout, with the words of <paramref name="language"/>.</summary>
    public static ReadoutFacts Extract(ReadoutAnalysis analysis, ReadoutLanguage language)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(language);
        if (!language.WithoutSpaces && Text.ScriptDetector.IsChinese(analysis.Readout))
        {
            return ChineseFacts(analysis, ReadoutLanguage.Chinese);
        }

        var text = analysis.Readout.Text;
        var normalized = language.Normalizer.Normalize(text);
        var lower = normalized.ToLowerInvariant();
        // The engagement is described in the opening sentences; later ones mention earlier meetings and visits.
        var opening = analysis.Sentences.Length > 0 ? lower[..analysis.Sentences[Math.Min(2, analysis.Sentences.Length - 1)].Span.End] : lower;
        return new ReadoutFacts(
            Format(opening) ?? Format(lower),
            RequestedBy(lower, normalized, analysis, language),
            Duration(lower, normalized, language),
            Location(analysis, analysis.Sentences.Length > 0 ? normalized[..analysis.Sentences[0].Span.End] : normalized),
            Date(analysis.Readout.Date),
            Phrase(analysis, normalized, language.PriorCues, language.PriorNouns, before: 4, after: 8),
            Phrase(analysis, normalized, language.NextCues, null, before: 0, after: 10));
    }

    /// <summary>Combines the facts of both sides into a comparison's engagement record (<see cref="ReadoutLanguage.English"/>).</summary>
    public static Engagement Combine(ReadoutAnalysis left, ReadoutAnalysis right) => Combine(left, right, ReadoutLanguage.English);

    /// <summary>Combines the facts of both sides into a comparison's engagement record, with the words of <paramref name="language"/>.</summary>
    public static Engagement Combine(ReadoutAnalysis left, ReadoutAnalysis right, ReadoutLanguage language)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var l = Extract(left, language);
        var r = Extract(right, language);
        var facts = ImmutableArray.Create(
            new EngagementFact("format", l.Format, r.Format),
            new EngagementFact("requestedBy", l.RequestedBy, r.RequestedBy),
            new EngagementFact("duration", l.Duration, r.Duration),
            new EngagementFact("location", l.Location, r.Location),
            new EngagementFact("date", l.Date, r.Date),
            new EngagementFact("priorMeeting", l.PriorMeeting, r.PriorMeeting) { Comparable = false },
            new EngagementFact("nextSteps", l.NextSteps, r.NextSteps) { Comparable = false });
        var format = (l.Format ?? r.Format) switch
        {
            "video-call" => EngagementFormat.VideoCall,
            "call" => EngagementFormat.Call,
            "meeting" => EngagementFormat.Meeting,
            _ => EngagementFormat.Unknown,
        };
        var participants = left.Participants.Concat(right.Participants).Select(p => p.Name)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
        return new Engagement(l.Date ?? r.Date, format, participants, l.RequestedBy ?? r.RequestedBy, facts);
    }

    /// <summary>
    /// A short phrase from the first in-scope sentence (after the opening one) that holds a cue: with
    /// <paramref name="nouns"/>, the words around an event noun ("the two leaders' meeting in Woodside, California");
    /// without, the words from the cue on ("upcoming visits by Secretary Yellen and Secretary Blinken").
    /// </summary>
    private static string? Phrase(ReadoutAnalysis analysis, string text, WordSet cues, WordSet? nouns, int before, int after)
    {
        foreach (var sentence in analysis.Sentences.Skip(1))
        {
            if (!analysis.Readout.InScope(sentence.Span) || sentence.Kind is SentenceKind.Metadata or SentenceKind.Boilerplate)
            {
                continue;
            }

            var tokens = WordTokenizer.Tokenize(text, sentence.Span.Start, sentence.Span.End);
            var cue = tokens.FindIndex(t => cues.Contains(t.LowerView));
            if (cue < 0)
            {
                continue;
            }

            var anchor = nouns is null ? cue : tokens.FindIndex(Math.Max(0, cue - 6), Math.Min(tokens.Count, cue + 7) - Math.Max(0, cue - 6), t => nouns.Contains(t.LowerView));
            if (anchor < 0)
            {
                continue;
            }

            var first = Math.Max(0, anchor - before);
            while (first < anchor && !tokens[first].IsWord)
            {
                first++;
            }

            var last = anchor;
            while (last + 1 < tokens.Count && last - anchor < after && tokens[last + 1].LowerView is not ("." or ";" or ":"))
            {
                last++;
            }

            while (last > anchor && !tokens[last].IsWord)
            {
                last--;
            }

            return text[tokens[first].Start..tokens[last].End];
        }

        return null;
    }

    /// <summary>
    /// The facts of a Chinese readout: the format and the requester from its opening sentences, by the language's
    /// <c>engagement-formats</c> (the first format named, "视频通话" before "通话"; after 应约, the participant named next
    /// asked for it), and the date from the header. Duration, place and the prior and next meetings are not read in
    /// Chinese.
    /// </summary>
    private static ReadoutFacts ChineseFacts(ReadoutAnalysis analysis, ReadoutLanguage language)
    {
        var normalized = language.Normalizer.Normalize(analysis.Readout.Text);
        var opening = analysis.Sentences.Length > 0 ? normalized[..analysis.Sentences[Math.Min(1, analysis.Sentences.Length - 1)].Span.End] : normalized;
        var groups = language.Groups(LanguageLists.EngagementFormats);
        string? format = null;
        foreach (var key in (string[])["video-call", "call", "meeting"])
        {
            if (groups.Where(g => g.Key == key).SelectMany(g => g.Words).Any(w => opening.Contains(w, StringComparison.Ordinal)))
            {
                format = key;
                break;
            }
        }

        string? requester = null;
        foreach (var cue in groups.Where(g => g.Key == "requested").SelectMany(g => g.Words))
        {
            var at = opening.IndexOf(cue, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            requester = analysis.Participants
                .Select(p => (p.Name, At: p.Mentions.Select(m => opening.IndexOf(m, at + cue.Length, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min()))
                .Where(x => x.At != int.MaxValue)
                .OrderBy(x => x.At)
                .Select(x => x.Name)
                .FirstOrDefault();
            break;
        }

        // A meeting named after the opening ("去年11月,我和总统先生在旧金山会晤"): the clause that names it.
        string? prior = null;
        var meetings = groups.Where(g => g.Key == "meeting").SelectMany(g => g.Words).ToList();
        foreach (var sentence in analysis.Sentences.Skip(2))
        {
            var stretch = normalized.Substring(sentence.Span.Start, sentence.Span.Length);
            var at = meetings.Select(m => stretch.IndexOf(m, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (at < 0)
            {
                continue;
            }

            var start = stretch.AsSpan(0, at).LastIndexOfAny("，,：:") + 1;
            var end = stretch.AsSpan(at).IndexOfAny("，,。；;") is var e and >= 0 ? at + e : stretch.Length;
            prior = analysis.Readout.Text.Substring(sentence.Span.Start + start, end - start).Trim();
            break;
        }

        return new ReadoutFacts(format, requester, null, null, Date(analysis.Readout.Date), prior);
    }

    private static string? Format(string lower)
    {
        if (lower.Contains("video call", StringComparison.Ordinal) || lower.Contains("video conference", StringComparison.Ordinal) || lower.Contains("virtual meeting", StringComparison.Ordinal) || lower.Contains("videoconference", StringComparison.Ordinal) || lower.Contains("secure video", StringComparison.Ordinal))
        {
            return "video-call";
        }

        if (lower.Contains("phone", StringComparison.Ordinal) || lower.Contains(" call", StringComparison.Ordinal) || lower.Contains("spoke with", StringComparison.Ordinal) || lower.Contains("spoke today with", StringComparison.Ordinal) || lower.Contains("spoke to", StringComparison.Ordinal) || lower.Contains("conversation", StringComparison.Ordinal))
        {
            return "call";
        }

        return lower.Contains("met ", StringComparison.Ordinal) || lower.Contains("meeting", StringComparison.Ordinal) || lower.Contains("in person", StringComparison.Ordinal) || lower.Contains("talks in", StringComparison.Ordinal) ? "meeting" : null;
    }

    private static string? RequestedBy(string lower, string text, ReadoutAnalysis analysis, ReadoutLanguage language)
    {
        var at = lower.IndexOf("at the request of ", StringComparison.Ordinal);
        var cueLength = "at the request of ".Length;
        if (at < 0)
        {
            at = lower.IndexOf("at the invitation of ", StringComparison.Ordinal);
            cueLength = "at the invitation of ".Length;
            if (at < 0)
            {
                return null;
            }
        }

        // The words after the cue, up to the next punctuation token: "the latter", "the U.S. side", "President Biden".
        var start = at + cueLength;
        var tokens = WordTokenizer.Tokenize(text, start, Math.Min(text.Length, start + 80));
        var count = tokens.FindIndex(t => t.Kind == TokenKind.Punctuation);
        tokens = count < 0 ? tokens : tokens[..count];
        if (tokens.Count == 0)
        {
            return null;
        }

        var who = text[tokens[0].Start..tokens[^1].End];
        if (tokens.Count >= 2 && tokens[0].Is("the") && tokens[1].LowerView is "latter" or "former")
        {
            // The latter or former of the two participants named before the phrase.
            var before = text[..at];
            var named = analysis.Participants
                .Select(p => (p, Last: p.Mentions.Concat([p.Name]).Max(m => before.LastIndexOf(m.Split(' ')[^1], StringComparison.Ordinal))))
                .Where(x => x.Last >= 0)
                .OrderBy(x => x.Last)
                .ToList();
            return named.Count >= 2 ? (tokens[1].Is("latter") ? named[^1].p.Name : named[^2].p.Name) : who;
        }

        var byName = analysis.Participants.FirstOrDefault(p => p.Mentions.Any(m => who.Contains(m.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)));
        if (byName is not null)
        {
            return byName.Name;
        }

        // "the U.S. side", "the Chinese side": the participant who speaks for that country.
        for (var i = 0; i < tokens.Count; i++)
        {
            if (language.CountryMatcher.TryMatchAt(tokens, i, text, out var country))
            {
                return analysis.Participants.FirstOrDefault(p => p.Country == country.Value)?.Name ?? who;
            }
        }

        return who;
    }

    private static string? Duration(string lower, string text, ReadoutLanguage language)
    {
        var hour = lower.IndexOf(" hour", StringComparison.Ordinal);
        while (hour > 0)
        {
            var start = hour - 1;
            while (start > 0 && lower[start - 1] != ' ')
            {
                start--;
            }

            var number = lower[start..hour];
            if (number.All(char.IsDigit) || language.NumberWords.Contains(number))
            {
                var end = hour + " hour".Length;
                var minutes = lower.IndexOf("minute", end, StringComparison.Ordinal);
                if (minutes > 0 && minutes - end < 20)
                {
                    end = minutes + "minute".Length;
                    if (end < lower.Length && lower[end] == 's')
                    {
                        end++;
                    }
                }
                else if (end < lower.Length && lower[end] == 's')
                {
                    end++;
                }

                return text[start..end];
            }

            hour = lower.IndexOf(" hour", hour + 1, StringComparison.Ordinal);
        }

        foreach (var word in (string[])["lengthy", "hour-long", "brief", "long conversation"])
        {
            if (lower.Contains(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    private static string? Location(ReadoutAnalysis analysis, string text)
    {
        if (analysis.Readout.Headers.TryGetValue("location", out var header))
        {
            return header;
        }

        // A dateline: "VIENNA, May 11 (Xinhua) --".
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma is > 2 and < 30 && text[..comma].Trim().All(c => char.IsUpper(c) || c == ' '))
        {
            return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text[..comma].Trim().ToLowerInvariant());
        }

        foreach (var cue in (string[])[" met in ", " talks in ", " met from "])
        {
            var at = text.IndexOf(cue, StringComparison.Ordinal);
            if (at >= 0)
            {
                var inAt = text.IndexOf(" in ", at, StringComparison.Ordinal);
                if (inAt >= 0 && inAt - at < 80)
                {
                    var start = inAt + 4;
                    var end = start;
                    while (end < text.Length && (char.IsLetter(text[end]) || text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1])))
                    {
                        end++;
                    }

                    if (end > start && char.IsUpper(text[start]))
                    {
                        return text[start..end];
                    }
                }
            }
        }

        return null;
    }

    private static string? Date(string? header)
    {
        if (header is null)
        {
            return null;
        }

        var candidate = header.Length >= 10 ? header[..10] : header;
        return DateOnly.TryParseExact(candidate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }
}
