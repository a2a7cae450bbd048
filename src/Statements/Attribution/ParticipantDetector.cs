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
/// share a word are one person ("Joe Biden", "Joseph R. Biden, Jr.", "Biden"); a name runs on over lower-case particles
/// ("Ursula von der Leyen"). A country comes from an adjective or "of ..." next to the title, or from an office set after
/// the name between commas ("the Honorable Joseph R. Biden, Jr., President of the United States of America"); the one participant left
/// without one speaks for the readout's own side. A role with no country ("the President") is a participant of its own
/// only when nobody named holds the title. A readout that speaks as "I" is its author's own statement: the author is
/// the person its title or publisher line names (see <see cref="FindAuthor"/>).
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
    internal List<Participant> Detect(TokenizedText readout, string side) => Detect(readout, side, null, null, out _);

    /// <summary>
    /// As <see cref="Detect(string, string)"/>, over the readout's shared tokens, with the author of a first-person statement
    /// named in the title <paramref name="header"/> or <paramref name="publisher"/> (see <see cref="FindAuthor"/>) first in the list; the
    /// author then speaks for <paramref name="side"/>, not a participant named without a country.
    /// </summary>
    internal List<Participant> Detect(TokenizedText readout, string side, string? header, string? publisher, out Participant? author)
    {
        var normalized = readout.Text;
        var tokens = readout.Tokens;
        var found = new List<Draft>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsCapitalized(normalized, tokens[i]) && !AfterNumber(tokens, i) && TitleMatcher.TryMatchAt(tokens, i, normalized, out var title))
            {
                ReadTitled(normalized, tokens, i, title, found);
                i += title.TokenCount - 1;
            }
            else if (TryReadBareName(normalized, tokens, i, out var nameEnd))
            {
                found.Add(new Draft(NameOf(normalized, tokens, i, nameEnd), null, null) { At = tokens[i].Start });
                i = nameEnd - 1;
            }
        }

        var participants = Merge(normalized, tokens, found, side, sideTaken: false);
        author = header is null && publisher is null ? null : FindAuthor(readout, header, publisher, side, participants);
        if (author is not null)
        {
            participants = Merge(normalized, tokens, found, side, sideTaken: true);
            participants.Insert(0, author);
        }

        return participants;
    }

    /// <summary>
    /// The author of a readout that is a participant's own first-person statement ("I spoke with President Zelenskyy ...",
    /// "Delighted to speak with my dear friend ...", a press conference's opening remarks), or null. The body must speak as
    /// "I", "me" or "my" outside quotation marks; the author is then the first person the publisher line or the title
    /// names ("Statement by President Joe Biden on ...", "Press Conference by Prime Minister ISHIBA Shigeru ...", "Narendra
    /// Modi, Prime Minister of India (post on X)") who is not named in the body (a briefing that names its speaker, "Yury
    /// Ushakov briefed ...", is no leader's own statement) and is not given another side. The author speaks for
    /// <paramref name="side"/>.
    /// </summary>
    private Participant? FindAuthor(TokenizedText body, string? title, string? publisher, string side, IReadOnlyList<Participant> participants)
    {
        // The headers first: they are short, the body is not. A text that says only "we" is its author's where the publisher
        // line names the person ("Volodymyr Zelenskyy, President of Ukraine (post on X)"), not where only the title does
        // ("Readout of President Biden's Meeting with ...": a readout of his, not by him, may speak of "our nation").
        if (HeaderAuthor(title, publisher, side, participants) is not { } author)
        {
            return null;
        }

        var plural = HeaderAuthor(null, publisher, side, participants)?.Name == author.Name;
        return SpeaksInFirstPerson(body.Tokens, body.Text, plural) ? author : null;
    }

    /// <summary>The first person the publisher line or the title names who is not named in the body and not given another side, as <see cref="FindAuthor"/>; or null.</summary>
    private Participant? HeaderAuthor(string? title, string? publisher, string side, IReadOnlyList<Participant> participants)
    {
        foreach (var header in (ReadOnlySpan<string?>)[publisher, title])
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                continue;
            }

            using var words = TokenizedText.Of(header);
            var tokens = words.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                var named = -1;
                string? country = null;
                string? office = null;
                if (IsCapitalized(header, tokens[i]) && TitleMatcher.TryMatchAt(tokens, i, header, out var titled))
                {
                    country = CountryBefore(header, tokens, i);
                    office = titled.Value;
                    named = i + titled.TokenCount;
                }
                else if (i == 0 && header == publisher)
                {
                    named = 0; // "Donald J. Trump, Truth Social post": a publisher line that opens with a name
                }

                if (named < 0 || HeaderName(header, tokens, named, requireComma: office is null) is not { } name)
                {
                    continue;
                }

                if ((country is null || country == side) && !IsNamedIn(participants, name))
                {
                    var forms = office is null ? ImmutableArray.Create(name) : [string.Concat(CultureCase(office), " ", name), name];
                    return new Participant(name, side, office is null ? [] : [office], forms);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text speaks in the first person outside quotation marks: "I" before a lower-case word and not after a
    /// capitalised one (not "World War I"), "my", "me", or, where <paramref name="plural"/> (the publisher line names the
    /// person), a plural word ("we", "our") in lower case or before one ("We discussed ...": a leader's post that never
    /// says "I").
    /// </summary>
    private bool SpeaksInFirstPerson(TokenList tokens, string text, bool plural)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Lower case, or written "We"/"Our" (not "US", the country) before a lower-case word; the quotation marks are
            // counted last, since that scans the paragraph.
            if (plural && token.IsWord && language.FirstPersonPlural.Contains(token.LowerView)
                && (char.IsLower(text[token.Start]) || char.IsLower(text[token.Start + 1]) && i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsLower(text[tokens[i + 1].Start]))
                && !InsideQuotation(text, token.Start))
            {
                // "We discussed Ukraine's further steps ...": a post that speaks as "we", by the person its header names.
                return true;
            }

            if (!token.IsWord || !language.FirstPersonSingular.Contains(token.LowerView))
            {
                continue;
            }

            var pronoun = token.Length == 1
                ? text[token.Start] == 'I' && i + 1 < tokens.Count && tokens[i + 1].IsWord && char.IsLower(text[tokens[i + 1].Start]) && (i == 0 || !IsCapitalized(text, tokens[i - 1]) || tokens[i - 1].Start == 0)
                : char.IsLower(text[token.Start]);
            if (pronoun && !InsideQuotation(text, token.Start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an odd number of quotation marks stands between the start of the paragraph and <paramref name="at"/>.</summary>
    private static bool InsideQuotation(string text, int at)
    {
        var from = at == 0 ? -1 : text.LastIndexOf("\n\n", at - 1, StringComparison.Ordinal);
        var marks = 0;
        for (var k = Math.Max(from, 0); k < at; k++)
        {
            marks += text[k] is '"' or '\u201c' or '\u201d' ? 1 : 0;
        }

        return marks % 2 == 1;
    }

    /// <summary>
    /// A person's name at <paramref name="at"/> in a header line, whose words are capitalised anyway: at most two name words,
    /// initials skipped ("Joseph R. Biden" gives "Joseph Biden", "ISHIBA Shigeru Regarding" gives "ISHIBA Shigeru"); with
    /// <paramref name="requireComma"/>, two to four words closed by a comma ("Narendra Modi, Prime Minister ..."). Null when
    /// there is none.
    /// </summary>
    private string? HeaderName(string header, TokenList tokens, int at, bool requireComma)
    {
        // The words' places first, and one string only for a name found: most headers name no author.
        Span<Range> words = stackalloc Range[4];
        var count = 0;
        var length = -1;
        var k = at;
        while (k < tokens.Count && IsNameWord(header, tokens[k]) && count < (requireComma ? 4 : 2))
        {
            if (tokens[k].Length > 1)
            {
                words[count++] = new Range(tokens[k].Start, tokens[k].End);
                length += tokens[k].Length + 1;
            }

            k++;
            if (k < tokens.Count && tokens[k].Is(".") && tokens[k - 1].Length == 1)
            {
                k++;
            }
        }

        if (count < (requireComma ? 2 : 1) || requireComma && (k >= tokens.Count || !tokens[k].Is(",")))
        {
            return null;
        }

        Span<char> name = length <= 256 ? stackalloc char[length] : new char[length];
        var written = 0;
        foreach (var word in words[..count])
        {
            if (written > 0)
            {
                name[written++] = ' ';
            }

            header.AsSpan(word).CopyTo(name[written..]);
            written += header.AsSpan(word).Length;
        }

        return name.ToString();
    }

    /// <summary>Whether a word of <paramref name="name"/> is a word of a participant's name (case-blind).</summary>
    private static bool IsNamedIn(IReadOnlyList<Participant> participants, string name)
    {
        foreach (var p in participants)
        {
            foreach (var mention in p.Mentions)
            {
                foreach (var range in name.AsSpan().Split(' '))
                {
                    var word = name.AsSpan(range);
                    foreach (var other in mention.AsSpan().Split(' '))
                    {
                        if (word.Length > 1 && mention.AsSpan(other).TrimEnd(".,").Equals(word, StringComparison.OrdinalIgnoreCase))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private void ReadTitled(string text, TokenList tokens, int i, PhraseMatch<string> title, List<Draft> found)
    {
        var country = CountryBefore(text, tokens, i);
        var j = i + title.TokenCount;
        if (j + 1 < tokens.Count && tokens[j].Is(".") && language.TitleAbbreviations.Contains(tokens[j - 1].LowerView))
        {
            j++; // an abbreviated title (abbreviations.txt): "Mr. Jake Sullivan", "Dr. Jill Biden"; not "... met the President. Xi said"
        }
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
                    found.Add(new Draft(NameOf(text, tokens, nameStart, run), country, title.Value) { At = tokens[i].Start });
                }

                return;
            }
        }

        var end = ReadName(text, tokens, j);
        if (end == j && country is not null && j + 2 < tokens.Count && tokens[j].Is(",") && ReadName(text, tokens, j + 1) is var appositive && appositive > j + 2
            && (appositive == tokens.Count || !tokens[appositive].IsWord || !IsCapitalized(text, tokens[appositive])))
        {
            // "the President of the United States of America, Joe Biden": the name after the comma.
            (j, end) = (j + 1, appositive);
        }

        if (end > j)
        {
            if (end + 1 < tokens.Count && tokens[end].Is("of") && language.CountryMatcher.TryMatchAt(tokens, tokens[end + 1].Is("the") ? end + 2 : end + 1, text, out var after))
            {
                country ??= after.Value;
            }

            country ??= OfficeAfter(text, tokens, end);

            found.Add(new Draft(NameOf(text, tokens, j, end), country, title.Value) { At = tokens[i].Start });
        }
        else if ((i > 0 && tokens[i - 1].Is("the") || i > 1 && country is not null && tokens[i - 2].Is("the"))
            && !(j < tokens.Count && tokens[j].IsWord && IsCapitalized(text, tokens[j])))
        {
            // "the President", "the U.S. President"; not a title word that names a place or a work ("the Ambassador Bridge").
            found.Add(new Draft(null, country, title.Value) { Role = Span.FromBounds(tokens[i].Start, tokens[j - 1].End), At = tokens[i].Start });
        }
    }

    /// <summary>
    /// The country of an office set after a name between commas, past a generational suffix: "the Honorable Joseph R. Biden,
    /// Jr., President of the United States of America" (as the Japanese Ministry of Foreign Affairs writes), "Mr. KISHIDA
    /// Fumio, Prime Minister of Japan"; or null.
    /// </summary>
    private string? OfficeAfter(string text, TokenList tokens, int end)
    {
        var k = end;
        if (k + 1 < tokens.Count && tokens[k].Is(",") && IsSuffix(tokens[k + 1]))
        {
            k += 2;
        }
        else if (k < tokens.Count && IsSuffix(tokens[k]))
        {
            k++;
        }

        k += k < tokens.Count && tokens[k].Is(".") ? 1 : 0;
        if (k + 1 >= tokens.Count || !tokens[k].Is(",") || !IsCapitalized(text, tokens[k + 1]) || !TitleMatcher.TryMatchAt(tokens, k + 1, text, out var office))
        {
            return null;
        }

        var of = k + 1 + office.TokenCount;
        return of + 1 < tokens.Count && tokens[of].Is("of") && language.CountryMatcher.TryMatchAt(tokens, tokens[of + 1].Is("the") ? of + 2 : of + 1, text, out var country)
            ? country.Value
            : null;
    }

    /// <summary>"Jr" or "Sr" (any case, trailing dots and commas cut first), a generational suffix after a name.</summary>
    private static bool IsSuffix(ReadOnlySpan<char> word) => word.Equals("Jr", StringComparison.OrdinalIgnoreCase) || word.Equals("Sr", StringComparison.OrdinalIgnoreCase);

    private static bool IsSuffix(Token token) => IsSuffix(token.LowerView);

    /// <summary>The most words a country's name before a title may hold ("Saint Vincent and the Grenadines").</summary>
    private const int CountryBeforeReach = 5;

    /// <summary>The country whose name ends right before the title at <paramref name="i"/>, the longest name first ("Papua New
    /// Guinea Prime Minister", not "Guinea"); or null.</summary>
    private string? CountryBefore(string text, TokenList tokens, int i)
    {
        for (var back = Math.Min(CountryBeforeReach, i); back >= 1; back--)
        {
            if (language.CountryMatcher.TryMatchAt(tokens, i - back, text, out var match) && i - back + match.TokenCount == i)
            {
                // Only a space between: in a list ("... of Belize - Prime Minister Roosevelt Skerrit of Dominica - ...") the
                // country before a dash or a line break is the last item's.
                return text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim(' ').IsEmpty ? match.Value : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads a name of one to four capitalised words (initials allowed) from token <paramref name="j"/>, with the particles
    /// and hyphenated parts between them, which do not count towards the four ("Tamim bin Hamad al-Thani", "Luiz Inácio Lula
    /// da Silva"); returns its end.
    /// </summary>
    private int ReadName(string text, TokenList tokens, int j)
    {
        var end = j;
        var words = 0;
        while (end < tokens.Count && words < 4)
        {
            var token = tokens[end];
            if (IsNameWord(text, token))
            {
                words += language.NameParticles.Contains(token.LowerView) ? 0 : 1; // "Bin", "Al" written with capitals
                end++;
                if (token.Length == 1 && end < tokens.Count && tokens[end].Is("."))
                {
                    end++; // an initial: "R."
                }
            }
            else if (end > j && IsParticleRun(text, tokens, end) is var run && run > end)
            {
                end = run; // "von der Leyen"
            }
            else if (end > j && token.IsWord && IsHyphenated(text, token) && tokens[end - 1].End == token.Start - 1 && tokens[end - 1].IsWord)
            {
                end++; // the lower-case part of a hyphenated given name: "Moon Jae-in"
            }
            else
            {
                break;
            }
        }

        if (end > j && end < tokens.Count && IsSuffix(tokens[end]))
        {
            // A generational suffix right after the name is part of it: "President Ferdinand R. Marcos Jr. of the
            // Philippines" (his father was president before him). After a comma ("Joseph R. Biden, Jr.") it is not read.
            end += end + 1 < tokens.Count && tokens[end + 1].Is(".") ? 2 : 1;
        }

        return end;
    }

    /// <summary>The end of a run of name particles at <paramref name="at"/> that a name word follows ("von der" before "Leyen"), or <paramref name="at"/>.</summary>
    private int IsParticleRun(string text, TokenList tokens, int at)
    {
        var k = at;
        while (k < tokens.Count && k < at + 3 && tokens[k].IsWord && !IsCapitalized(text, tokens[k]) && language.NameParticles.Contains(tokens[k].LowerView))
        {
            k++;
        }

        return k > at && k < tokens.Count && IsNameWord(text, tokens[k]) ? k : at;
    }

    private bool TryReadBareName(string text, TokenList tokens, int i, out int end)
    {
        end = i;
        if (i + 2 >= tokens.Count || tokens[i].Length < 2 || i > 0 && tokens[i - 1].IsWord && IsCapitalized(text, tokens[i - 1]) && !IsDateWord(tokens[i - 1]))
        {
            return false; // checked before the name words' look-ups: a capitalised word before starts no bare name, but a day or a month may ("On Friday Vladimir Putin had ...")
        }

        if (!IsNameWord(text, tokens[i]) || !IsNameWord(text, tokens[i + 1]) || IsCountryCode(text, tokens[i]) || language.CountryMatcher.TryMatchAt(tokens, i, text, out _))
        {
            return false; // a country code is no name ("the 5th US Fleet in the Kingdom"), nor a country of two words ("New Zealand has ...")
        }

        var next = tokens[i + 2];
        var isActor = next.IsWord && language.ActionVerbs.Contains(next.LowerView) && !IsCapitalized(text, next);
        var isAppositive = next.Is(",") && i + 3 < tokens.Count && (tokens[i + 3].Is("in") || TitleWithin(text, tokens, i + 3));
        if (!isActor && !isAppositive && !IsCounterpartOfEngagement(text, tokens, i))
        {
            return false;
        }

        end = i + 2;
        return true;
    }

    /// <summary>How many words may stand between a verb of the engagement and the word that names its counterpart ("spoke by
    /// phone with").</summary>
    private const int CounterpartVerbReach = 3;

    /// <summary>
    /// Whether the two name words at <paramref name="at"/> name the counterpart of an engagement: right after a word that names
    /// a counterpart (<c>counterpart-cues.txt</c>: "with") that a verb of the engagement (<c>engagement-verbs.txt</c>) stands
    /// shortly before, neither of them a title word nor joined by a hyphen, and after them punctuation or a stop word of that
    /// file: "Prime Minister Justin Trudeau spoke with Joe Biden to discuss ...", not "met with Jordanian Deputy Prime Minister
    /// ...", "met with Biden-Harris Administration officials" or "met with Harvard University students".
    /// </summary>
    private bool IsCounterpartOfEngagement(string text, TokenList tokens, int at)
    {
        if (at < 2 || !language.CounterpartStarts.Contains(tokens[at - 1].LowerView) || tokens[at + 2].IsWord && !language.CounterpartStops.Contains(tokens[at + 2].LowerView)
            || IsHyphenated(text, tokens[at + 1]) || TitleMatcher.TryMatchAt(tokens, at, text, out _) || TitleMatcher.TryMatchAt(tokens, at + 1, text, out _))
        {
            return false;
        }

        for (var k = at - 2; k >= Math.Max(0, at - 2 - CounterpartVerbReach); k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (language.EngagementVerbs.Contains(tokens[k].LowerView))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="token"/> names a day of the week or a month.</summary>
    private bool IsDateWord(Token token) => language.Weekdays.Contains(token.LowerView) || language.Months.Contains(token.LowerView);

    /// <summary>A capitalised title within six words from <paramref name="at"/>, before any comma: "Wang Yi, China's top diplomat and Foreign Minister, ...".</summary>
    private bool TitleWithin(string text, TokenList tokens, int at)
    {
        for (var k = at; k < Math.Min(tokens.Count, at + 6) && !tokens[k].Is(","); k++)
        {
            if ((k == at || IsCapitalized(text, tokens[k])) && TitleMatcher.TryMatchAt(tokens, k, text, out _))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNameWord(string text, Token token) =>
        token.IsWord && IsCapitalized(text, token) && !language.NameStopWords.Contains(token.LowerView) && language.FindCountryWord(token.LowerView) is null && !token.LowerView.Contains('.');

    /// <summary>
    /// Whether a short word in capitals is a country as written ("US" in "the 5th US Fleet in the Kingdom"), which the
    /// lower-case look-up of <see cref="IsNameWord(string, Token)"/> misses because "us" is also a pronoun: it starts no bare name.
    /// </summary>
    private bool IsCountryCode(string text, Token token)
    {
        if (token.Length is < 2 or > 4 || !char.IsUpper(text[token.Start + 1]))
        {
            return false; // most capitalised words end here: "The", "Biden"
        }

        var written = text.AsSpan(token.Start, token.Length);
        return !written.ContainsAnyExceptInRange('A', 'Z') && language.CountryMatcher.TryMatchWord(token.LowerView, written, out _);
    }

    private static bool IsCapitalized(string text, Token token) => token.IsWord && char.IsUpper(text[token.Start]);

    /// <summary>Whether a hyphen joins <paramref name="token"/> to the word before it ("Jae-in").</summary>
    private static bool IsHyphenated(string text, Token token) => token.Start > 1 && text[token.Start - 1] == '-' && char.IsLetter(text[token.Start - 2]);

    /// <summary>The words of tokens [<paramref name="start"/>, <paramref name="end"/>) joined by single spaces, or by a hyphen where the text joins them so ("Moon Jae-in").</summary>
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
                    destination[at++] = IsHyphenated(state.text, token) ? '-' : ' ';
                }

                state.text.AsSpan(token.Start, token.Length).CopyTo(destination[at..]);
                at += token.Length;
            }
        });
    }

    private List<Participant> Merge(string text, TokenList tokens, List<Draft> drafts, string side, bool sideTaken)
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

        if (unknown is not null && side != SideResolver.Unknown && !sideNamed && !sideTaken)
        {
            unknown.Country = side;
        }

        var result = new List<Participant>(people.Count);
        foreach (var person in people)
        {
            result.Add(new Participant(CanonicalName(person), person.Country, [.. person.Titles], person.FormsLongestFirst()));
        }

        // Roles with no name ("The Prime Minister spoke ..."): a participant of their own when nobody named holds the role. A
        // title that names a side's leader whatever the office ("the Head of State") stands for that leader instead, where
        // the side has one among the participants (or the title names no side: the readout's own).
        foreach (var role in drafts)
        {
            if (role.Name is null && !IsLeaderOfNamedSide(result, role) && (!IsHeld(result, role.Title!, role.Country) || IsOtherHolderAfter(text, tokens, drafts, role, side, result))
                && !IsRoleNamed(result, text.AsSpan(role.Role.Start, role.Role.Length)) && !IsOnlyUntitledOf(result, role))
            {
                var name = string.Concat("the ", text.AsSpan(role.Role.Start, role.Role.Length));
                result.Add(new Participant(name, role.Country ?? side, [role.Title!], [name]));
            }
        }

        return result;
    }

    /// <summary>Whether <paramref name="role"/> is a title for a side's leader whatever the office (<c>leader-titles</c>) that
    /// names no country, or a country for which a participant speaks: it stands for that participant, not for a new one.</summary>
    private bool IsLeaderOfNamedSide(List<Participant> participants, Draft role) =>
        language.LeaderTitles.Contains(role.Title!) && (role.Country is null || participants.Exists(p => p.Country == role.Country));

    /// <summary>Whether a participant of <paramref name="country"/> (or of no country; any, when the role names none) holds <paramref name="title"/>.</summary>
    private static bool IsHeld(List<Participant> participants, string title, string? country)
    {
        foreach (var p in participants)
        {
            if (p.Titles.Contains(title) && (p.Country is null || country is null || p.Country == country))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the same sentence, after <paramref name="role"/> (which names no country) and a verb of the engagement
    /// (<c>engagement-verbs.txt</c>), names a holder of its title of a country other than <paramref name="side"/>, and no
    /// participant of <paramref name="side"/> holds the title: "The Prime Minister spoke to the Prime Minister of Australia,
    /// Anthony Albanese, this morning" (Downing Street, which never names its own Prime Minister). The role is then the own
    /// side's; "The Prime Minister thanked Japanese Prime Minister Fumio Kishida" (no engagement between them) is the
    /// counterpart's.
    /// </summary>
    private bool IsOtherHolderAfter(string text, TokenList tokens, List<Draft> drafts, Draft role, string side, List<Participant> participants)
    {
        if (role.Country is not null || side == SideResolver.Unknown || participants.Exists(p => p.Country == side && p.Titles.Contains(role.Title!)))
        {
            return false;
        }

        foreach (var other in drafts)
        {
            if (other.Name is not null && other.Title == role.Title && other.At > role.At && other.Country is { } country && country != side
                && !CrossesSentence(text, role.At, other.At) && EngagementBetween(tokens, role.At, other.At))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of the engagement stands between the characters <paramref name="from"/> and <paramref name="to"/>.</summary>
    private bool EngagementBetween(TokenList tokens, int from, int to)
    {
        for (var k = 0; k < tokens.Count && tokens[k].Start < to; k++)
        {
            if (tokens[k].Start > from && language.EngagementVerbs.Contains(tokens[k].LowerView))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a sentence ends between <paramref name="from"/> and <paramref name="to"/>: a full stop after a lower-case
    /// letter, a question or exclamation mark, before white space, or a line break ("U.S. " ends none).</summary>
    private static bool CrossesSentence(string text, int from, int to)
    {
        for (var k = from; k < to && k < text.Length; k++)
        {
            var end = text[k] is '?' or '!' || text[k] == '.' && k > 0 && char.IsLower(text[k - 1]);
            if (text[k] == '\n' || end && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the only participant of <paramref name="role"/>'s country was named with no title, and a participant of
    /// another country holds the role's title ("Vladimir Putin had a telephone conversation with President of the United States
    /// Barack Obama ... The President of Russia stressed ..."): the role is that person, the counterpart of the other's office.
    /// "The Russian Foreign Minister" in the same readout is someone else.</summary>
    private static bool IsOnlyUntitledOf(List<Participant> participants, Draft role)
    {
        if (role.Country is not { } country || !participants.Exists(p => p.Country is not null && p.Country != country && p.Titles.Contains(role.Title!)))
        {
            return false;
        }

        var of = participants.Where(p => p.Country == country).Take(2).ToList();
        return of.Count == 1 && of[0].Titles.Length == 0;
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

    /// <summary>The form with the most name words, initials left out, and a suffix only where it follows the name without a
    /// comma ("Joseph Biden" from "Joseph R. Biden, Jr.", "Ferdinand Marcos Jr." from "Ferdinand R. Marcos Jr.").</summary>
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
        word.Length > 1 && !IsSuffix(word);

    /// <summary>The words of <paramref name="form"/> (trailing commas cut) that are neither initials nor abbreviations, joined
    /// by single spaces; "Jr"/"Sr" only right after the name (not after a comma), written "Jr.".</summary>
    private string PlainName(string form)
    {
        Span<char> plain = form.Length <= 256 ? stackalloc char[form.Length + 1] : new char[form.Length + 1];
        var length = 0;
        foreach (var range in form.AsSpan().Split(' '))
        {
            var word = form.AsSpan(range).TrimEnd(',');
            if (IsSuffix(word.TrimEnd('.')) && length > 0 && !form.AsSpan(0, range.Start.Value).TrimEnd().EndsWith(','))
            {
                // A suffix written right after the name stays, with its dot: "Ferdinand Marcos Jr.".
                plain[length++] = ' ';
                word.TrimEnd('.').CopyTo(plain[length..]);
                length += word.TrimEnd('.').Length;
                plain[length++] = '.';
            }
            else if (word.Length > 1 && !word.EndsWith('.') && !IsSuffix(word))
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

    /// <summary>Whether the token at <paramref name="at"/> is a short form of a title right after a number: "at 9 PM" names a
    /// time, not a Prime Minister.</summary>
    private bool AfterNumber(TokenList tokens, int at) =>
        at > 0 && tokens[at - 1].Kind == TokenKind.Number && language.TitleShortForms.Contains(tokens[at].LowerView);

    /// <summary>Whether <paramref name="form"/> opens with a title and a space ("President Biden").</summary>
    private bool StartsWithTitle(string form)
    {
        // Each stretch before a space, looked up among the titles (case-blind), rather than each title tried against the form.
        for (var space = form.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = form.IndexOf(' ', space + 1))
        {
            if (language.TitlesIgnoringCase.Contains(form.AsSpan(0, space)))
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

        /// <summary>Where the mention starts in the text (its title, where it has one).</summary>
        public int At { get; init; }
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
