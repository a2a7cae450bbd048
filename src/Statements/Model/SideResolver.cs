namespace Statements;

/// <summary>
/// Names the side (the government) a readout speaks for, from its publisher or source, and gives sides one
/// canonical spelling ("US", "U.S." and "USA" are all "United States").
/// </summary>
public static class SideResolver
{
    /// <summary>The side of a readout whose publisher is not known.</summary>
    public const string Unknown = "Unknown";

    private static readonly (string Cue, string Side)[] PublisherCues =
    [
        ("white house", "United States"),
        ("state department", "United States"),
        ("department of state", "United States"),
        ("state.gov", "United States"),
        ("whitehouse.gov", "United States"),
        ("ministry of foreign affairs of the prc", "China"),
        ("ministry of foreign affairs of the people's republic of china", "China"),
        ("fmprc", "China"),
        ("xinhua", "China"),
        ("people's daily", "China"),
        ("cgtn", "China"),
        ("global times", "China"),
        ("cctv", "China"),
        ("china news service", "China"),
        ("china daily", "China"),
        ("kremlin", "Russia"),
        ("president of russia", "Russia"),
        ("tass", "Russia"),
        ("ministry of foreign affairs of the russian federation", "Russia"),
        ("prime minister's office", "United Kingdom"),
        ("10 downing street", "United Kingdom"),
        ("downing street", "United Kingdom"),
        ("gov.uk", "United Kingdom"),
        ("president of ukraine", "Ukraine"),
        ("president.gov.ua", "Ukraine"),
        ("office of the president of ukraine", "Ukraine"),
        ("ministry of external affairs", "India"),
        ("prime minister of india", "India"),
        ("pmindia", "India"),
        ("mea.gov.in", "India"),
        ("élysée", "France"),
        ("elysee", "France"),
        ("bundesregierung", "Germany"),
        ("federal chancellor", "Germany"),
        ("prime minister of japan", "Japan"),
        ("kantei", "Japan"),
        ("mofa.go.jp", "Japan"),
    ];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us"] = "United States", ["u.s."] = "United States", ["usa"] = "United States", ["united states of america"] = "United States",
        ["america"] = "United States", ["american"] = "United States",
        ["cn"] = "China", ["prc"] = "China", ["chinese"] = "China", ["people's republic of china"] = "China",
        ["ru"] = "Russia", ["russian federation"] = "Russia", ["russian"] = "Russia",
        ["uk"] = "United Kingdom", ["u.k."] = "United Kingdom", ["britain"] = "United Kingdom", ["great britain"] = "United Kingdom", ["british"] = "United Kingdom",
        ["ua"] = "Ukraine", ["ukrainian"] = "Ukraine",
        ["in"] = "India", ["indian"] = "India",
    };

    /// <summary>
    /// The side a publisher speaks for, or null when the publisher is not recognised: known institutions and
    /// outlets first ("The White House", "Xinhua", "Kremlin"), then the first country named in it
    /// ("Chinese state media" gives China).
    /// </summary>
    public static string? FromPublisher(string? publisher) => Match(publisher) ?? FirstCountry(publisher);

    /// <summary>The side a source URL or description points to, or null when not recognised.</summary>
    public static string? FromSource(string? source) => Match(source);

    /// <summary>The canonical spelling of a side ("US" gives "United States"); unknown names come back trimmed.</summary>
    public static string Canonical(string side)
    {
        ArgumentNullException.ThrowIfNull(side);
        var trimmed = side.Trim();
        return Aliases.TryGetValue(trimmed, out var canonical) ? canonical : trimmed;
    }

    /// <summary>The side of a known institution or outlet named in <paramref name="text"/> ("Xinhua", "the White House"), or null.</summary>
    internal static string? FromInstitution(string? text) => Match(text);

    /// <summary>
    /// Every place in <paramref name="span"/> of <paramref name="text"/> where a publisher cue occurs (any case), for
    /// <see cref="InstitutionWithin"/>; null where none does, which is most sentences.
    /// </summary>
    internal static List<(int Start, int End, int Cue)>? InstitutionsIn(string text, Span span)
    {
        List<(int Start, int End, int Cue)>? found = null;
        var stretch = text.AsSpan(span.Start, span.Length);
        for (var cue = 0; cue < PublisherCues.Length; cue++)
        {
            var pattern = PublisherCues[cue].Cue;
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
    internal static string? InstitutionWithin(List<(int Start, int End, int Cue)>? found, int start, int end)
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

        return best == int.MaxValue ? null : PublisherCues[best].Side;
    }

    private static string? FirstCountry(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var tokens = Text.WordTokenizer.Tokenize(text);
        foreach (var match in Attribution.Countries.Matcher.FindAll(tokens, text))
        {
            return match.Value;
        }

        return null;
    }

    private static string? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (var (cue, side) in PublisherCues)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return side;
            }
        }

        return null;
    }
}
