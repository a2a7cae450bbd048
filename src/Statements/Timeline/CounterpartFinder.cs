using Statements.Language;
using Statements.Text;

namespace Statements.Timeline;

/// <summary>
/// Finds the counterparts of a readout: the countries its title, its source address and its opening sentence name
/// after a start word ("with") and before a stop word ("to", "in"), or in the place phrase after it when the stretch
/// names none (a stop word of the kind place: "in"); the readout's own side left out. Reads the language's countries and <c>counterpart-cues</c>.
/// Stateless and thread-safe.
/// </summary>
internal sealed class CounterpartFinder(ReadoutLanguage language)
{
    /// <summary>The most tokens of a leading phrase ended by a comma ("On January 30,") skipped in an opening sentence without a start word.</summary>
    private const int LeadingPhrase = 8;

    public IReadOnlyList<string> Find(ReadoutAnalysis analysis)
    {
        var readout = analysis.Readout;
        var found = new List<string>();
        if (readout.Title is { } title)
        {
            Stretch(title, found);
        }

        if (Slug(readout.Source) is { } slug)
        {
            Stretch(slug, found);
        }

        var opening = analysis.Sentences.FirstOrDefault(s => !string.IsNullOrWhiteSpace(s.Text))?.Text;
        if (opening is not null)
        {
            Stretch(opening, found, opening: true);
        }

        found.RemoveAll(c => string.Equals(c, readout.Side, StringComparison.OrdinalIgnoreCase));
        return found;
    }

    /// <summary>The last segment of a web address, its hyphens made spaces ("...-with-president-xi-jinping-of-china"), or null.</summary>
    private static string? Slug(string? source)
    {
        if (source is null || !Uri.TryCreate(source.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var segment = uri.AbsolutePath.TrimEnd('/');
        segment = segment[(segment.LastIndexOf('/') + 1)..];
        return segment.Length == 0 ? null : Uri.UnescapeDataString(segment).Replace('-', ' ').Replace('_', ' ');
    }

    /// <summary>
    /// The countries named after the first start word up to a stop word; when that stretch names none, those of the place
    /// phrase after the stop word ("... Central Military Commission in Beijing, China"). Without a start word, the stretch
    /// runs from the start or, in an <paramref name="opening"/> sentence, after a short leading phrase ended by a comma
    /// ("On January 30, the United States and the People's Republic of China launched ...").
    /// </summary>
    private void Stretch(string text, List<string> found, bool opening = false)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var begin = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsWord && language.CounterpartStarts.Contains(tokens[i].LowerView))
            {
                begin = i + 1;
                break;
            }
        }

        if (begin < 0 && opening)
        {
            // No start word: the stretch runs from after a short leading phrase ("On January 30," "Today,").
            for (var i = 0; i < tokens.Count && i < LeadingPhrase; i++)
            {
                if (tokens[i].LowerView is ",")
                {
                    begin = i + 1;
                    break;
                }
            }

            Scan(tokens, text, Math.Max(0, begin), found);
            return;
        }

        var before = found.Count;
        var stop = Scan(tokens, text, Math.Max(0, begin), found);
        if (found.Count == before && begin >= 0 && stop >= 0 && language.CounterpartPlaces.Contains(tokens[stop].LowerView))
        {
            Scan(tokens, text, stop + 1, found);
        }
    }

    /// <summary>Adds the countries from <paramref name="from"/> to the next stop word; returns the stop word's index or -1.</summary>
    private int Scan(Text.TokenList tokens, string text, int from, List<string> found)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (language.CountryMatcher.TryMatchAt(tokens, i, text, out var country))
            {
                Add(found, country.Value);
                i += country.TokenCount - 1;
            }
            else if (tokens[i].IsWord && language.CounterpartStops.Contains(tokens[i].LowerView))
            {
                return i;
            }
        }

        return -1;
    }

    private static void Add(List<string> found, string country)
    {
        if (!found.Contains(country, StringComparer.Ordinal))
        {
            found.Add(country);
        }
    }
}
