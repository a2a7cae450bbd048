using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Statements.Text;

namespace Statements.Topics;

/// <summary>
/// The default <see cref="ITopicTagger"/>: a gazetteer of the taxonomy's aliases matched over tokens with a trie.
/// A contextual alias counts only when one of its required words occurs somewhere in the readout. An alias that several
/// topics list ("hostages" for the Middle East and for detained citizens, "ceasefire" for Ukraine and for the Middle East,
/// each with its own context) counts for each of them. Immutable and thread-safe.
/// </summary>
public sealed class TopicTagger : ITopicTagger
{
    private readonly PhraseMatcher<AliasTarget[]> aliases;
    private readonly PhraseMatcher<bool>[] contextMatchers;
    private readonly Dictionary<string, int> order;
    private readonly ImmutableArray<string>[] alone; // per topic index: the answer when it is the only topic

    /// <summary>Creates a tagger over <paramref name="taxonomy"/>.</summary>
    public TopicTagger(TopicTaxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        Taxonomy = taxonomy;
        var contexts = new List<PhraseMatcher<bool>>();
        var phrases = new List<(string, AliasTarget, bool)>();
        foreach (var topic in taxonomy.Topics)
        {
            phrases.AddRange(topic.Aliases.Select(a => (a, new AliasTarget(topic.Id, -1), IsExactCase(a))));
            foreach (var contextual in topic.Contextual)
            {
                phrases.Add((contextual.Alias, new AliasTarget(topic.Id, contexts.Count), false));
                contexts.Add(PhraseMatcher<bool>.Build(contextual.RequiresNearby.Select(r => (r, true, false))));
            }
        }

        order = taxonomy.Topics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        alone = [.. taxonomy.Topics.Select(t => ImmutableArray.Create(t.Id))];
        // The matcher keeps one value per phrase, so the topics that list the same alias share one entry.
        aliases = PhraseMatcher<AliasTarget[]>.Build(phrases
            .GroupBy(p => (Key: PhraseKey(p.Item1), ExactCase: p.Item3))
            .Select(g => (g.First().Item1, g.Select(p => p.Item2 with { TopicIndex = order[p.Item2.TopicId] }).ToArray(), g.Key.ExactCase)));
        contextMatchers = [.. contexts];
    }

    /// <summary>The taxonomy it tags with.</summary>
    public TopicTaxonomy Taxonomy { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Tag(string normalized, Span span)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        TokenizedText? whole = null;
        try
        {
            return Tag(WordTokenizer.Tokenize(normalized, span.Start, span.End), normalized, k => (whole ??= TokenizedText.Of(normalized)).Tokens).ToList();
        }
        finally
        {
            whole?.Dispose();
        }
    }

    /// <summary>
    /// The topics of one stretch of a readout whose tokens are shared (see <see cref="TokenizedText"/>):
    /// the same answer as <see cref="Tag(string, Span)"/>, with each contextual alias's readout-wide test
    /// made once per readout and kept in <paramref name="contexts"/>.
    /// </summary>
    internal ImmutableArray<string> Tag(TokenList tokens, ContextMemo contexts) =>
        Tag(tokens, contexts.Readout.Text, null, contexts);

    /// <summary>A per-readout memo of which contextual aliases have their context in <paramref name="readout"/>.</summary>
    internal ContextMemo NewContextMemo(TokenizedText readout) => new(contextMatchers.Length, readout);

    /// <summary>Tags a stretch; a contextual alias's readout-wide test reads the readout's tokens from the memo's readout, else from <paramref name="whole"/>.</summary>
    private ImmutableArray<string> Tag(TokenList tokens, string normalized, Func<int, TokenList>? whole, ContextMemo? contexts = null)
    {
        var matches = contexts?.Matches ?? [];
        matches.Clear();
        aliases.FindAll(tokens, normalized, matches);
        if (matches.Count == 0)
        {
            return [];
        }

        var topicCount = Taxonomy.Topics.Length;
        Span<bool> found = topicCount <= 256 ? stackalloc bool[topicCount] : new bool[topicCount];
        var count = 0;
        foreach (var match in matches)
        {
            foreach (var target in match.Value)
            {
                if (target.Context >= 0 && !HasContext(target.Context, normalized, whole, contexts))
                {
                    continue;
                }

                if (!found[target.TopicIndex])
                {
                    found[target.TopicIndex] = true;
                    count++;
                }
            }
        }

        var result = count == 1 ? null : new string[count];
        var filled = 0;
        for (var i = 0; i < topicCount && filled < count; i++)
        {
            if (found[i])
            {
                if (result is null)
                {
                    return alone[i];
                }

                result[filled++] = Taxonomy.Topics[i].Id;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    private bool HasContext(int context, string normalized, Func<int, TokenList>? whole, ContextMemo? memo)
    {
        if (memo is not null && memo.TryGet(context, out var known))
        {
            return known;
        }

        var present = contextMatchers[context].Occurs(memo is not null ? memo.Readout.Tokens : whole!(context), normalized);
        memo?.Set(context, present);
        return present;
    }

    /// <summary>An alias as the matcher keys it: its tokens in lower case.</summary>
    private static string PhraseKey(string alias) =>
        string.Join(' ', WordTokenizer.Tokenize(alias).AsSpan().ToArray().Select(t => t.LowerString()));

    private static bool IsExactCase(string alias) =>
        alias.Length is >= 2 and <= 5 && alias.All(char.IsUpper);

    internal readonly record struct AliasTarget(string TopicId, int Context)
    {
        public int TopicIndex { get; init; }
    }

    /// <summary>Whether each contextual alias's context occurs in one readout, found on first need.</summary>
    internal sealed class ContextMemo(int count, TokenizedText readout)
    {
        private readonly sbyte[] known = new sbyte[count];

        /// <summary>The readout whose shared tokens the contexts are looked for in.</summary>
        public TokenizedText Readout { get; } = readout;

        /// <summary>Working space for the alias matches of one stretch.</summary>
        public List<PhraseMatch<AliasTarget[]>> Matches { get; } = [];

        public bool TryGet(int context, out bool present)
        {
            present = known[context] > 0;
            return known[context] != 0;
        }

        public void Set(int context, bool present) => known[context] = present ? (sbyte)1 : (sbyte)-1;
    }
}
