using Statements.Language;
using Statements.Text;

namespace Statements.Attribution;

/// <summary>
/// Finds the participants of a Chinese readout: the people of the language's <c>people.txt</c> by any of their forms
/// ("习近平", "习主席"), each under their canonical English name and side, so a speaker reads the same as in an English
/// readout; and a person the list lacks where a title stands before a name ("俄罗斯总统普京" when 普京 is unknown),
/// named as written, with the side of a country named just before the title or else the readout's. Immutable and
/// thread-safe.
/// </summary>
public sealed class ChineseParticipantDetector : IParticipantDetector
{
    private readonly ReadoutLanguage language;
    private readonly PhraseMatcher<string> titles;
    private readonly PhraseMatcher<bool> afterName;

    /// <summary>Creates a detector reading <paramref name="language"/>'s people, titles and countries.</summary>
    public ChineseParticipantDetector(ReadoutLanguage language)
    {
        this.language = language ?? throw new ArgumentNullException(nameof(language));
        titles = language.TitleMatcher;
        afterName = PhraseMatcher<bool>.Build(language.Words(LanguageLists.ActionVerbs).Select(w => (w, true, false)));
    }

    /// <inheritdoc/>
    public IReadOnlyList<Participant> Detect(string normalized, string side)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(side);
        var found = new List<(string Name, string? Country, List<string> Titles, List<string> Mentions)>();
        var tokens = WordTokenizer.Tokenize(normalized);
        var i = 0;
        while (i < tokens.Count)
        {
            if (language.PeopleMatcher.TryMatchAt(tokens, i, normalized, out var person))
            {
                var mention = normalized[tokens[i].Start..tokens[i + person.TokenCount - 1].End];
                Add(found, person.Value.Name, person.Value.Side, TitleBefore(tokens, i, normalized), mention);
                i += person.TokenCount;
                continue;
            }

            if (titles.TryMatchAt(tokens, i, normalized, out var title) && UnknownNameAfter(normalized, tokens, i + title.TokenCount) is { } name)
            {
                var country = CountryBefore(tokens, i, normalized) ?? side;
                Add(found, name, country == SideResolver.Unknown ? null : country, title.Value, name);
                i += title.TokenCount;
                continue;
            }

            i++;
        }

        return [.. found.Select(f => new Participant(f.Name, f.Country, [.. f.Titles], [.. f.Mentions]))];
    }

    private static void Add(List<(string Name, string? Country, List<string> Titles, List<string> Mentions)> found, string name, string? country, string? title, string mention)
    {
        var index = found.FindIndex(f => f.Name == name);
        if (index < 0)
        {
            found.Add((name, country, [], []));
            index = found.Count - 1;
        }

        if (title is not null && !found[index].Titles.Contains(title))
        {
            found[index].Titles.Add(title);
        }

        if (!found[index].Mentions.Contains(mention))
        {
            found[index].Mentions.Add(mention);
        }
    }

    /// <summary>The title that ends right before token <paramref name="at"/> ("国家主席" in "国家主席习近平").</summary>
    private string? TitleBefore(TokenList tokens, int at, string text)
    {
        for (var back = Math.Max(0, at - 8); back < at; back++)
        {
            if (titles.TryMatchAt(tokens, back, text, out var title) && back + title.TokenCount == at)
            {
                return title.Value;
            }
        }

        return null;
    }

    /// <summary>The country named right before a title at <paramref name="at"/> ("俄罗斯" in "俄罗斯总统").</summary>
    private string? CountryBefore(TokenList tokens, int at, string text)
    {
        for (var back = Math.Max(0, at - 8); back < at; back++)
        {
            if (language.CountryMatcher.TryMatchAt(tokens, back, text, out var country) && back + country.TokenCount == at)
            {
                return country.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// A name of two or three ideographs right after a title, when it is followed by a verb-like boundary: the end of
    /// the text, punctuation, or one of the language's cue forms or words such as 同, 与, 在, 应约 (how Chinese readouts
    /// continue after a leader's name: the language's <c>action-verbs</c>). A known person, a title, a country and a
    /// word of <c>name-stop-words</c> ("先生": "总统先生" addresses the president) are never names.
    /// </summary>
    private string? UnknownNameAfter(string text, TokenList tokens, int at)
    {
        for (var length = 3; length >= 2; length--)
        {
            if (at + length > tokens.Count)
            {
                continue;
            }

            var ok = true;
            for (var k = at; k < at + length; k++)
            {
                ok &= tokens[k].Length == 1 && WordTokenizer.IsIdeograph(text[tokens[k].Start]);
            }

            if (!ok || language.PeopleMatcher.TryMatchAt(tokens, at, text, out _) || titles.TryMatchAt(tokens, at, text, out _)
                || language.CountryMatcher.TryMatchAt(tokens, at, text, out _))
            {
                continue;
            }

            var next = at + length;
            if (next >= tokens.Count || tokens[next].Kind == TokenKind.Punctuation || language.Cues.TryMatchAt(tokens, next, text, out _)
                || afterName.TryMatchAt(tokens, next, text, out _))
            {
                var name = text.Substring(tokens[at].Start, tokens[at + length - 1].End - tokens[at].Start);
                if (!Enumerable.Range(2, name.Length - 1).Any(n => language.NameStopWords.Contains(name[..n])))
                {
                    return name;
                }
            }
        }

        return null;
    }
}
