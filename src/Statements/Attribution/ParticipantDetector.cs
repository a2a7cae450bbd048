using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Statements.Language;
using Statements.Text;

namespace Statements.Attribution;

/// <summary>
/// The default <see cref="IParticipantDetector"/>. A participant is named after a title ("President Xi Jinping",
/// "U.S. President Joe Biden", "President of the United States of America Joseph Biden"), before an appositive
/// title ("Wang Yi, director of ..."), or bare before a verb of speaking or meeting ("Vladimir Putin had ...").
/// A title with no name after it ("The Prime Minister spoke ...") stands for an unnamed participant. Names that
/// share a word are one person ("Joe Biden", "Joseph R. Biden, Jr.", "Biden"). A country comes from an adjective
/// or "of ..." next to the title; the one participant left without one speaks for the readout's own side.
/// Stateless and thread-safe.
/// </summary>
public sealed class ParticipantDetector : IParticipantDetector
{
    private readonly ReadoutLanguage language;

    /// <summary>Creates a detector that reads <paramref name="language"/>'s titles, countries and name words.</summary>
    public ParticipantDetector(ReadoutLanguage language) => this.language = language ?? throw new ArgumentNullException(nameof(language));

    /// <summary>The detector for <see cref="ReadoutLanguage.English"/>.</summary>
    public static ParticipantDetector Instance { get; } = new(ReadoutLanguage.English);

    /// <summary>The language the detector reads.</summary>
    public ReadoutLanguage Language => language;

    private PhraseMatcher<string> TitleMatcher => language.TitleMatcher;

    /// <inheritdoc />
    public IReadOnlyList<Participant> Detect(string normalized, string side)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(side);
        using var tokens = TokenizedText.Of(normalized);
        return Detect(tokens, side);
    }

    /// <summary>As <see cref="Detect(string, string)"/>, over the readout's shared tokens.</summary>
    internal List<Participant> Detect(TokenizedText readout, string side)
    {
        var normalized = readout.Text;
        var tokens = readout.Tokens;
        var found = new List<Draft>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsCapitalized(normalized, tokens[i]) && TitleMatcher.TryMatchAt(tokens, i, normalized, out var title))
            {
                ReadTitled(normalized, tokens, i, title, found);
                i += title.TokenCount - 1;
            }
            else if (TryReadBareName(normalized, tokens, i, out var nameEnd))
            {
                found.Add(new Draft(NameOf(normalized, tokens, i, nameEnd), null, null));
                i = nameEnd - 1;
            }
        }

        return Merge(normalized, found, side);
    }

    private void ReadTitled(string text, TokenList tokens, int i, PhraseMatch<string> title, List<Draft> found)
    {
        var country = CountryBefore(text, tokens, i);
        var j = i + title.TokenCount;
        if (j < tokens.Count && tokens[j].Is("of"))
        {
            var k = j + 1 < tokens.Count && tokens[j + 1].Is("the") ? j + 2 : j + 1;
            if (k < tokens.Count && language.CountryMatcher.TryMatchAt(tokens, k, text, out var of))
            {
                country ??= of.Value;
                j = k + of.TokenCount;
            }
            else
            {
                // "Director of the Office of the Foreign Affairs Commission Wang Yi": skip the institution.
                var run = k;
                while (run < tokens.Count && (IsCapitalized(text, tokens[run]) || tokens[run].Is("of") || tokens[run].Is("the") || tokens[run].Is("'s")))
                {
                    run++;
                }

                var nameStart = run;
                while (nameStart > k && run - nameStart < 2 && IsNameWord(text, tokens[nameStart - 1]))
                {
                    nameStart--;
                }

                if (run - nameStart == 2 && run < tokens.Count && !IsCapitalized(text, tokens[run]))
                {
                    found.Add(new Draft(NameOf(text, tokens, nameStart, run), country, title.Value));
                }

                return;
            }
        }

        var end = ReadName(text, tokens, j);
        if (end > j)
        {
            if (end + 1 < tokens.Count && tokens[end].Is("of") && language.CountryMatcher.TryMatchAt(tokens, tokens[end + 1].Is("the") ? end + 2 : end + 1, text, out var after))
            {
                country ??= after.Value;
            }

            found.Add(new Draft(NameOf(text, tokens, j, end), country, title.Value));
        }
        else if (i > 0 && tokens[i - 1].Is("the") || i > 1 && country is not null && tokens[i - 2].Is("the"))
        {
            found.Add(new Draft(null, country, title.Value) { Role = Span.FromBounds(tokens[i].Start, tokens[j - 1].End) });
        }
    }

    private string? CountryBefore(string text, TokenList tokens, int i)
    {
        for (var back = 1; back <= 4 && i - back >= 0; back++)
        {
            if (language.CountryMatcher.TryMatchAt(tokens, i - back, text, out var match) && i - back + match.TokenCount == i)
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>Reads a name of one to four capitalised words (initials allowed) from token <paramref name="j"/>; returns its end.</summary>
    private int ReadName(string text, TokenList tokens, int j)
    {
        var end = j;
        while (end < tokens.Count && end - j < 4)
        {
            var token = tokens[end];
            if (IsNameWord(text, token))
            {
                end++;
                if (token.Length == 1 && end < tokens.Count && tokens[end].Is("."))
                {
                    end++; // an initial: "R."
                }
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private bool TryReadBareName(string text, TokenList tokens, int i, out int end)
    {
        end = i;
        if (i + 2 >= tokens.Count || !IsNameWord(text, tokens[i]) || !IsNameWord(text, tokens[i + 1]) || tokens[i].Length < 2)
        {
            return false;
        }

        if (i > 0 && tokens[i - 1].IsWord && IsCapitalized(text, tokens[i - 1]))
        {
            return false;
        }

        var next = tokens[i + 2];
        var isActor = next.IsWord && language.ActionVerbs.Contains(next.LowerView) && !IsCapitalized(text, next);
        var isAppositive = next.Is(",") && i + 3 < tokens.Count && (TitleMatcher.TryMatchAt(tokens, i + 3, text, out _) || tokens[i + 3].Is("in"));
        if (!isActor && !isAppositive)
        {
            return false;
        }

        end = i + 2;
        return true;
    }

    private bool IsNameWord(string text, Token token) =>
        token.IsWord && IsCapitalized(text, token) && !language.NameStopWords.Contains(token.LowerView) && language.FindCountryWord(token.LowerView) is null && !token.LowerView.Contains('.');

    private static bool IsCapitalized(string text, Token token) => token.IsWord && char.IsUpper(text[token.Start]);

    /// <summary>The words of tokens [<paramref name="start"/>, <paramref name="end"/>) joined by single spaces.</summary>
    private static string NameOf(string text, TokenList tokens, int start, int end)
    {
        var length = -1;
        for (var k = start; k < end; k++)
        {
            length += tokens[k].IsWord ? tokens[k].Length + 1 : 0;
        }

        if (length <= 0)
        {
            return "";
        }

        return string.Create(length, (text, tokens, start, end), static (destination, state) =>
        {
            var at = 0;
            for (var k = state.start; k < state.end; k++)
            {
                var token = state.tokens[k];
                if (!token.IsWord)
                {
                    continue;
                }

                if (at > 0)
                {
                    destination[at++] = ' ';
                }

                state.text.AsSpan(token.Start, token.Length).CopyTo(destination[at..]);
                at += token.Length;
            }
        });
    }

    private List<Participant> Merge(string text, List<Draft> drafts, string side)
    {
        var people = new List<Person>();
        var firstHolder = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // a name word -> the first person whose names hold it
        var holders = firstHolder.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var draft in drafts)
        {
            if (draft.Name is not { } name || !HasNameWord(name))
            {
                continue;
            }

            // The first person, in the order met, a word of whose names is a word of this name; else a new person.
            var index = int.MaxValue;
            foreach (var range in name.AsSpan().Split(' '))
            {
                var word = name.AsSpan(range).TrimEnd(".,");
                if (IsNameWord(word) && holders.TryGetValue(word, out var holder))
                {
                    index = Math.Min(index, holder);
                }
            }

            if (index == int.MaxValue)
            {
                index = people.Count;
                people.Add(new Person());
            }

            var person = people[index];
            foreach (var range in name.AsSpan().Split(' '))
            {
                var word = name.AsSpan(range).TrimEnd(".,");
                if (IsNameWord(word) && (!holders.TryGetValue(word, out var holder) || index < holder))
                {
                    holders[word] = index;
                }
            }

            person.AddForm(name);
            person.Country ??= draft.Country;
            if (draft.Title is { } title)
            {
                person.AddTitle(title);
                person.AddTitledForm(title, name);
            }
        }

        // The first participant named without a country speaks for the readout's own side, unless another does.
        Person? unknown = null;
        var sideNamed = false;
        foreach (var person in people)
        {
            unknown ??= person.Country is null ? person : null;
            sideNamed |= person.Country == side;
        }

        if (unknown is not null && side != SideResolver.Unknown && !sideNamed)
        {
            unknown.Country = side;
        }

        var result = new List<Participant>(people.Count);
        foreach (var person in people)
        {
            result.Add(new Participant(CanonicalName(person), person.Country, [.. person.Titles], person.FormsLongestFirst()));
        }

        // Roles with no name ("The Prime Minister spoke ..."): a participant of their own when nobody named holds the role.
        foreach (var role in drafts)
        {
            if (role.Name is null && role.Title != "leader" && !IsHeld(result, role.Title!, role.Country ?? side) && !IsRoleNamed(result, text.AsSpan(role.Role.Start, role.Role.Length)))
            {
                var name = string.Concat("the ", text.AsSpan(role.Role.Start, role.Role.Length));
                result.Add(new Participant(name, role.Country ?? side, [role.Title!], [name]));
            }
        }

        return result;
    }

    /// <summary>Whether a participant of <paramref name="country"/> (or of no country) holds <paramref name="title"/>.</summary>
    private static bool IsHeld(List<Participant> participants, string title, string country)
    {
        foreach (var p in participants)
        {
            if (p.Titles.Contains(title) && (p.Country is null || p.Country == country))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a participant is named "the " and <paramref name="role"/>, in any case.</summary>
    private static bool IsRoleNamed(List<Participant> participants, ReadOnlySpan<char> role)
    {
        foreach (var p in participants)
        {
            if (p.Name.Length == role.Length + 4 && p.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && p.Name.AsSpan(4).Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The form with the most name words, initials and suffixes left out ("Joseph Biden" from "Joseph R. Biden, Jr.").</summary>
    private string CanonicalName(Person person)
    {
        // The plain form of each distinct mention not led by a title; the most words wins, then the longest, then the first.
        string? best = null;
        var bestWords = 0;
        foreach (var form in person.Forms)
        {
            if (StartsWithTitle(form))
            {
                continue;
            }

            var plain = HasNameWord(form) ? PlainName(form) : "";
            if (plain.Length == 0)
            {
                continue;
            }

            var words = plain.AsSpan().Count(' ') + 1;
            if (best is null || words > bestWords || words == bestWords && plain.Length > best.Length)
            {
                best = plain;
                bestWords = words;
            }
        }

        return best ?? person.Forms[0];
    }

    /// <summary>Whether <paramref name="name"/> has a word that identifies a person (see <see cref="IsNameWord(ReadOnlySpan{char})"/>).</summary>
    private static bool HasNameWord(string name)
    {
        foreach (var range in name.AsSpan().Split(' '))
        {
            if (IsNameWord(name.AsSpan(range).TrimEnd(".,")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of a name that identifies the person, once trailing dots and commas are cut: not an initial, "Jr" or "Sr".</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word) =>
        word.Length > 1 && !word.Equals("Jr", StringComparison.OrdinalIgnoreCase) && !word.Equals("Sr", StringComparison.OrdinalIgnoreCase);

    /// <summary>The words of <paramref name="form"/> (trailing commas cut) that are neither initials, abbreviations nor "Jr"/"Sr", joined by single spaces.</summary>
    private string PlainName(string form)
    {
        Span<char> plain = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        var length = 0;
        foreach (var range in form.AsSpan().Split(' '))
        {
            var word = form.AsSpan(range).TrimEnd(',');
            if (word.Length > 1 && !word.EndsWith('.') && !word.SequenceEqual("Jr") && !word.SequenceEqual("Sr"))
            {
                if (length > 0)
                {
                    plain[length++] = ' ';
                }

                word.CopyTo(plain[length..]);
                length += word.Length;
            }
        }

        return length == form.Length ? form : plain[..length].ToString();
    }

    /// <summary>Whether <paramref name="form"/> opens with a title and a space ("President Biden").</summary>
    private bool StartsWithTitle(string form)
    {
        foreach (var title in language.TitleList)
        {
            if (form.Length > title.Length && form[title.Length] == ' ' && form.AsSpan(0, title.Length).Equals(title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string CultureCase(string title) => title.Length == 0 || char.IsUpper(title[0]) ? title : string.Create(title.Length, title, static (destination, source) =>
    {
        source.CopyTo(destination);
        destination[0] = char.ToUpperInvariant(source[0]);
    });

    private readonly record struct Draft(string? Name, string? Country, string? Title)
    {
        /// <summary>For a role with no name, where its title words stand ("Prime Minister" of "The Prime Minister").</summary>
        public Span Role { get; init; }
    }

    /// <summary>One person while mentions are merged: each form and title once, in the order met.</summary>
    private sealed class Person
    {
        private readonly List<string> titles = [];

        public List<string> Forms { get; } = [];

        public IReadOnlyList<string> Titles => titles;

        public string? Country { get; set; }

        public void AddForm(string form)
        {
            if (!Forms.Contains(form))
            {
                Forms.Add(form);
            }
        }

        public void AddTitle(string title)
        {
            if (!titles.Contains(title))
            {
                titles.Add(title);
            }
        }

        /// <summary>Adds "President Biden" from "president" and "Biden" (the title's first letter in capitals), unless it is there.</summary>
        public void AddTitledForm(string title, string name)
        {
            foreach (var form in Forms)
            {
                if (form.Length == title.Length + 1 + name.Length && form[title.Length] == ' ' && form[0] == char.ToUpperInvariant(title[0])
                    && form.AsSpan(1, title.Length - 1).SequenceEqual(title.AsSpan(1)) && form.AsSpan(title.Length + 1).SequenceEqual(name))
                {
                    return;
                }
            }

            Forms.Add(string.Concat(CultureCase(title), " ", name));
        }

        /// <summary>The forms, longest first; forms of one length keep the order they were met in.</summary>
        public ImmutableArray<string> FormsLongestFirst()
        {
            var forms = Forms.ToArray();
            for (var i = 1; i < forms.Length; i++)
            {
                var form = forms[i];
                var j = i - 1;
                for (; j >= 0 && forms[j].Length < form.Length; j--)
                {
                    forms[j + 1] = forms[j];
                }

                forms[j + 1] = form;
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(forms);
        }
    }
}
