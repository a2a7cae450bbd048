namespace Statements.Timeline;

/// <summary>Where a phrase first stands in one readout, and how often it occurs there.</summary>
internal sealed class PhraseUse(int firstToken, int words, Span span, bool setPhrase)
{
    public int FirstToken { get; } = firstToken;

    public int Words { get; } = words;

    public Span Span { get; } = span;

    public bool SetPhrase { get; set; } = setPhrase;

    public int Count { get; set; } = 1;
}

/// <summary>
/// The candidate phrases of one readout: every run of <see cref="TimelineOptions.MinWords"/> to
/// <see cref="TimelineOptions.MaxWords"/> words that starts and ends with a content word (not a stop word), crosses no
/// punctuation and is not all capitalised words (a name or title), and every set phrase of the lexicon, keyed by <see cref="PhraseKeys"/>. Built once per readout.
/// </summary>
internal sealed class ReadoutPhrases
{
    private ReadoutPhrases(StemToken[] tokens, Dictionary<ulong, PhraseUse> uses)
    {
        Tokens = tokens;
        Uses = uses;
    }

    /// <summary>The readout's words as stems, with run breaks (default tokens).</summary>
    public StemToken[] Tokens { get; }

    /// <summary>Each phrase key with its first use.</summary>
    public Dictionary<ulong, PhraseUse> Uses { get; }

    public static ReadoutPhrases Of(Readout readout, PhraseKeys keys, TimelineOptions options)
    {
        var tokens = keys.Words(readout.Text, readout.Scope);
        var uses = new Dictionary<ulong, PhraseUse>();
        var longest = Math.Max(options.MaxWords, keys.LongestSetPhrase);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Stem is null)
            {
                continue;
            }

            var startsWithContent = tokens[i].Content;
            var key = PhraseKeys.Start;
            var allCapital = true;
            for (var n = 1; n <= longest && i + n <= tokens.Length; n++)
            {
                var last = tokens[i + n - 1];
                if (last.Stem is null)
                {
                    break;
                }

                key = PhraseKeys.Extend(key, last.Hash);
                allCapital &= !last.Content || last.Capital;
                if (n < 2)
                {
                    continue;
                }

                var set = keys.SetPhrases.Contains(key);
                // A run of capitalised words is a name or a title ("Xi Jinping", "Foreign Affairs Commission"), not a formulation.
                var phrase = startsWithContent && last.Content && !allCapital && n >= options.MinWords && n <= options.MaxWords;
                if (!set && !phrase)
                {
                    continue;
                }

                if (uses.TryGetValue(key, out var use))
                {
                    use.Count++;
                }
                else
                {
                    uses.Add(key, new PhraseUse(i, n, Span.FromBounds(tokens[i].Start, last.End), set));
                }
            }
        }

        return new ReadoutPhrases(tokens, uses);
    }

    /// <summary>The key of the run of <paramref name="words"/> words from token <paramref name="first"/>.</summary>
    public ulong KeyAt(int first, int words)
    {
        var key = PhraseKeys.Start;
        for (var k = first; k < first + words; k++)
        {
            key = PhraseKeys.Extend(key, Tokens[k].Hash);
        }

        return key;
    }

    /// <summary>The stems of the run, joined by spaces.</summary>
    public string StemsAt(int first, int words) => string.Join(' ', Tokens.Skip(first).Take(words).Select(t => t.Stem));
}
