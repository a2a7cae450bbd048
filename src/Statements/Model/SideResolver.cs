using Statements.Language;

namespace Statements;

/// <summary>
/// Names the side (the government) a readout speaks for, from its publisher or source, and gives sides one
/// canonical spelling ("US", "U.S." and "USA" are all "United States").
/// </summary>
public static class SideResolver
{
    /// <summary>The side of a readout whose publisher is not known.</summary>
    public const string Unknown = "Unknown";

    /// <summary>
    /// The side a publisher speaks for, or null when the publisher is not recognised: known institutions and
    /// outlets first ("The White House", "Xinhua", "Kremlin"), then the first country named in it
    /// ("Chinese state media" gives China).
    /// </summary>
    public static string? FromPublisher(string? publisher) =>
        Match(ReadoutLanguage.English, publisher)
        ?? (publisher is not null && publisher.Any(Text.WordTokenizer.IsIdeograph) ? Match(ReadoutLanguage.Chinese, publisher) : null)
        ?? FirstCountry(publisher);

    /// <summary>The side a source URL or description points to, or null when not recognised.</summary>
    public static string? FromSource(string? source) => Match(ReadoutLanguage.English, source);

    /// <summary>The canonical spelling of a side ("US" gives "United States"); unknown names come back trimmed.</summary>
    public static string Canonical(string side)
    {
        ArgumentNullException.ThrowIfNull(side);
        var trimmed = side.Trim();
        return ReadoutLanguage.English.SideNames.TryGetValue(trimmed, out var canonical) ? canonical : trimmed;
    }

    /// <summary>The side of a known institution or outlet named in <paramref name="text"/> ("Xinhua", "the White House"), or null.</summary>
    internal static string? FromInstitution(ReadoutLanguage language, string? text) => Match(language, text);

    /// <summary>
    /// Every place in <paramref name="span"/> of <paramref name="text"/> where a publisher cue occurs (any case), for
    /// <see cref="InstitutionWithin"/>; null where none does, which is most sentences.
    /// </summary>
    internal static List<(int Start, int End, int Cue)>? InstitutionsIn(ReadoutLanguage language, string text, Span span)
    {
        List<(int Start, int End, int Cue)>? found = null;
        var stretch = text.AsSpan(span.Start, span.Length);
        var publishers = language.Publishers;
        for (var cue = 0; cue < publishers.Length; cue++)
        {
            var pattern = publishers[cue].Cue;
            for (var from = 0; from < stretch.Length;)
            {
                var at = stretch[from..].IndexOf(pattern, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                var start = span.Start + from + at;
                (found ??= []).Add((start, start + pattern.Length, cue));
                from += at + 1;
            }
        }

        return found;
    }

    /// <summary>
    /// What <see cref="FromInstitution"/> says of the text from <paramref name="start"/> to <paramref name="end"/>, read
    /// from the cues <see cref="InstitutionsIn"/> found in a stretch holding it: the side of the first cue in table
    /// order that lies wholly inside.
    /// </summary>
    internal static string? InstitutionWithin(ReadoutLanguage language, List<(int Start, int End, int Cue)>? found, int start, int end)
    {
        if (found is null)
        {
            return null;
        }

        var best = int.MaxValue;
        foreach (var (s, e, cue) in found)
        {
            if (s >= start && e <= end && cue < best)
            {
                best = cue;
            }
        }

        return best == int.MaxValue ? null : language.Publishers[best].Side;
    }

    private static string? FirstCountry(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = Text.WordTokenizer.Tokenize(text);
        foreach (var match in ReadoutLanguage.English.CountryMatcher.FindAll(tokens, text))
        {
            return match.Value;
        }

        return null;
    }

    private static string? Match(ReadoutLanguage language, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var (cue, side) in language.Publishers)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return side;
            }
        }

        return null;
    }
}
