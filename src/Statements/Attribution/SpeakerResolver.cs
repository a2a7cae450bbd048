using Statements.Language;
using Statements.Text;

namespace Statements.Attribution;

/// <summary>
/// Stage 3b of the pipeline: says who a stretch of words names, for one readout. A participant by any word
/// of their name; a role ("the President", "the Chinese leader", "the President of Russia") by title and
/// country, the readout's own side first when the title alone is ambiguous; a country acting as subject
/// ("Russia proposed ...") by the participant who speaks for it; "he" or "she" by the last single participant
/// spoken of; "the two leaders", "both sides", "they" as both. Immutable and thread-safe.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly IReadOnlyList<Participant> participants;
    private readonly Dictionary<string, Participant> byWord;
    private readonly string side;
    private readonly ReadoutLanguage language;

    public SpeakerResolver(IReadOnlyList<Participant> participants, string side, ReadoutLanguage language)
    {
        this.language = language;
        this.participants = participants;
        this.side = side;
        byWord = new Dictionary<string, Participant>(StringComparer.Ordinal);

        // Every mention, one per line, tokenized at once; a line break reads as the end of a text to the tokenizer.
        var ends = new int[participants.Count];
        var length = 0;
        for (var p = 0; p < participants.Count; p++)
        {
            foreach (var mention in participants[p].Mentions)
            {
                length += mention.Length + 1;
            }

            ends[p] = length;
        }

        using var mentions = TokenizedText.Of(string.Create(length, participants, static (destination, participants) =>
        {
            var at = 0;
            foreach (var participant in participants)
            {
                foreach (var mention in participant.Mentions)
                {
                    mention.CopyTo(destination[at..]);
                    at += mention.Length;
                    destination[at++] = '\n';
                }
            }
        }));
        var known = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var owner = 0;
        foreach (var word in mentions.Tokens)
        {
            while (word.Start >= ends[owner])
            {
                owner++;
            }

            if (word.IsWord && word.Length > 1 && !language.NameStopWords.Contains(word.LowerView) && language.FindCountryWord(word.LowerView) is null && !known.ContainsKey(word.LowerView))
            {
                byWord.Add(word.LowerString(), participants[owner]);
            }
        }
    }

    /// <summary>The participant whose name opens the sentence ("Wang, also a member of ..."), or null.</summary>
    public string? NameAtStart(TokenList tokens, string text)
    {
        for (var i = 0; i < Math.Min(tokens.Count, 3) && tokens[i].IsWord; i++)
        {
            if (byWord.TryGetValue(tokens[i].LowerView, out var named) && char.IsUpper(text[tokens[i].Start]))
            {
                return named.Name;
            }
        }

        return null;
    }

    /// <summary>
    /// The participant whose name opens the sentence as its subject, after nothing but titles and countries ("President
    /// Putin set forth ...", "U.S. President Biden ..."), followed by a lower-case word; or null. Not a possessive
    /// ("Putin's visit"), not a name that runs on into a list or a comma, not after another word ("If President Biden ...").
    /// </summary>
    public string? SubjectAtStart(TokenList tokens, string text)
    {
        var i = 0;
        while (i < tokens.Count && i < 4 && tokens[i].IsWord && !byWord.TryGetValue(tokens[i].LowerView, out _))
        {
            if (language.TitleMatcher.TryMatchAt(tokens, i, text, out var title))
            {
                i += title.TokenCount;
            }
            else if (language.CountryMatcher.TryMatchAt(tokens, i, text, out var country))
            {
                i += country.TokenCount;
            }
            else
            {
                return null;
            }
        }

        if (i < tokens.Count && tokens[i].IsWord)
        {
            if (!byWord.TryGetValue(tokens[i].LowerView, out var named) || !char.IsUpper(text[tokens[i].Start]))
            {
                return null;
            }

            var next = i + 1;
            while (next < tokens.Count && tokens[next].IsWord && char.IsUpper(text[tokens[next].Start]) && byWord.TryGetValue(tokens[next].LowerView, out _))
            {
                next++;
            }

            return next < tokens.Count && tokens[next].IsWord && char.IsLower(text[tokens[next].Start]) && !tokens[next].Is("and") ? named.Name : null;
        }

        return null;
    }

    /// <summary>
    /// The speaker named last in tokens [<paramref name="from"/>, <paramref name="to"/>), or null when none is.
    /// </summary>
    public string? Resolve(TokenList tokens, int from, int to, string text, string? lastSingle)
    {
        for (var i = to - 1; i >= from; i--)
        {
            var token = tokens[i];
            if (!token.IsWord)
            {
                continue;
            }

            if (byWord.TryGetValue(token.LowerView, out var named) && char.IsUpper(text[token.Start]))
            {
                return IsCoordinated(tokens, from, i, text) ? Speakers.Both : named.Name;
            }

            if (language.Pronouns.Contains(token.LowerView))
            {
                return lastSingle ?? OwnLeader()?.Name;
            }

            if (language.RoleHeads.Contains(token.LowerView))
            {
                var role = ResolveRole(tokens, from, i, text);
                if (role is not null)
                {
                    return role;
                }
            }

            var bothStart = Math.Max(from, i - 4);
            for (var s = bothStart; s <= i; s++)
            {
                if (language.BothMatcher.TryMatchAt(tokens, s, text, out var both) && s + both.TokenCount - 1 == i)
                {
                    return Speakers.Both;
                }
            }

            if (language.CountryMatcher.TryMatchAt(tokens, i, text, out var country) && char.IsUpper(text[token.Start]) && IsSubjectPosition(tokens, i + country.TokenCount, to))
            {
                var holder = SpeakingFor(country.Value);
                if (holder is not null)
                {
                    return holder.Name;
                }
            }
        }

        return null;
    }

    /// <summary>"The Prime Minister and President Biden ...", "Wang Yi, director of ..., and Jake Sullivan": two participants joined by "and".</summary>
    private bool IsCoordinated(TokenList tokens, int from, int i, string text)
    {
        var and = -1;
        for (var k = i - 1; k >= from && and < 0; k--)
        {
            if (tokens[k].Is("and"))
            {
                and = k;
            }
        }

        if (and < 0)
        {
            return false;
        }

        byWord.TryGetValue(tokens[i].LowerView, out var named);
        for (var m = from; m < and; m++)
        {
            var isOther = byWord.TryGetValue(tokens[m].LowerView, out var other) && other != named && char.IsUpper(text[tokens[m].Start]);
            var isRole = language.RoleHeads.Contains(tokens[m].LowerView) && !tokens[m].Is("side");
            if (isOther || isRole)
            {
                return true;
            }
        }

        return false;
    }

    private string? ResolveRole(TokenList tokens, int from, int head, string text)
    {
        // Country before the head: "the Chinese leader", "the U.S. side"; or after it: "the President of Russia".
        string? country = null;
        for (var k = head - 1; k >= Math.Max(from, head - 3) && country is null; k--)
        {
            if (language.CountryMatcher.TryMatchAt(tokens, k, text, out var c) && k + c.TokenCount <= head)
            {
                country = c.Value;
            }
        }

        if (country is null && head + 2 < tokens.Count && tokens[head + 1].Is("of"))
        {
            var k = tokens[head + 2].Is("the") ? head + 3 : head + 2;
            if (k < tokens.Count && language.CountryMatcher.TryMatchAt(tokens, k, text, out var c))
            {
                country = c.Value;
            }
        }

        if (country is not null)
        {
            return SpeakingFor(country)?.Name;
        }

        var head0 = tokens[head].LowerView;
        var hasArticle = head > 0 && tokens[Math.Max(from, head - 1)].Is("the") || head > 1 && tokens[head - 2].Is("the");
        if (!hasArticle || head0 is "side" or "leader")
        {
            return null;
        }

        // The holders of a title ending in the head word: the only one, or the own side's, or the first.
        Participant? first = null;
        var holders = 0;
        foreach (var p in participants)
        {
            if (HoldsTitleEndingIn(p, head0))
            {
                first ??= p;
                holders++;
                if (holders > 1 && p.Country == side && first.Country != side)
                {
                    return p.Name;
                }
            }
        }

        return first?.Name;
    }

    private static bool HoldsTitleEndingIn(Participant participant, ReadOnlySpan<char> head)
    {
        foreach (var title in participant.Titles)
        {
            if (title.AsSpan().EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first participant who speaks for <paramref name="country"/>, or null.</summary>
    private Participant? SpeakingFor(string? country)
    {
        foreach (var p in participants)
        {
            if (p.Country == country)
            {
                return p;
            }
        }

        return null;
    }

    private Participant? OwnLeader() => participants.Count == 1 ? participants[0] : SpeakingFor(side);

    private static bool IsSubjectPosition(TokenList tokens, int after, int to) => after >= to || after < tokens.Count && tokens[after].IsWord && !tokens[after].Is("'s");
}
