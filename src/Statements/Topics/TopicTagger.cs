using Statements.Text;

namespace Statements.Topics;

/// <summary>
/// The default <see cref="ITopicTagger"/>: a gazetteer of the taxonomy's aliases matched over tokens with a trie.
/// A contextual alias counts only when one of its required words occurs somewhere in the readout.
/// Immutable and thread-safe.
/// </summary>
public sealed class TopicTagger : ITopicTagger
{
    private readonly PhraseMatcher<AliasTarget> aliases;
    private readonly PhraseMatcher<bool>[] contextMatchers;
    private readonly Dictionary<string, int> order;

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

        aliases = PhraseMatcher<AliasTarget>.Build(phrases);
        contextMatchers = [.. contexts];
        order = taxonomy.Topics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The taxonomy it tags with.</summary>
    public TopicTaxonomy Taxonomy { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> Tag(string normalized, Span span)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var tokens = WordTokenizer.Tokenize(normalized, span.Start, span.End);
        List<Token>? whole = null;
        var found = new SortedSet<int>();
        foreach (var match in aliases.FindAll(tokens, normalized))
        {
            var target = match.Value;
            if (target.Context >= 0)
            {
                whole ??= WordTokenizer.Tokenize(normalized);
                if (contextMatchers[target.Context].FindAll(whole, normalized).Count == 0)
                {
                    continue;
                }
            }

            found.Add(order[target.TopicId]);
        }

        return found.Select(i => Taxonomy.Topics[i].Id).ToList();
    }

    private static bool IsExactCase(string alias) =>
        alias.Length is >= 2 and <= 5 && alias.All(char.IsUpper);

    private readonly record struct AliasTarget(string TopicId, int Context);
}
