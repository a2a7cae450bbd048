namespace Statements.Text;

/// <summary>A phrase found by a <see cref="PhraseMatcher{TValue}"/>: the tokens it spans and the value stored for it.</summary>
internal readonly record struct PhraseMatch<TValue>(int FirstToken, int TokenCount, TValue Value);

/// <summary>
/// Finds phrases in token sequences with a trie over lower-case tokens: one pass over the text whatever the
/// number of phrases, longest phrase first at each position, matches never overlapping. Built once, then
/// immutable and thread-safe.
/// </summary>
internal sealed class PhraseMatcher<TValue>
{
    private readonly Node root;

    private PhraseMatcher(Node root) => this.root = root;

    /// <summary>Builds a matcher from phrases; a phrase met twice keeps its first value.</summary>
    /// <param name="phrases">Phrase text, its value, and whether it must match in capitals exactly as written.</param>
    public static PhraseMatcher<TValue> Build(IEnumerable<(string Phrase, TValue Value, bool ExactCase)> phrases)
    {
        var root = new Node();
        foreach (var (phrase, value, exactCase) in phrases)
        {
            var tokens = WordTokenizer.Tokenize(phrase);
            if (tokens.Count == 0)
            {
                continue;
            }

            var node = root;
            foreach (var token in tokens)
            {
                node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
                if (!node.Children.TryGetValue(token.Lower, out var child))
                {
                    child = new Node();
                    node.Children.Add(token.Lower, child);
                }

                node = child;
            }

            if (!node.HasValue)
            {
                node.HasValue = true;
                node.Value = value;
                node.ExactText = exactCase ? phrase : null;
            }
        }

        return new PhraseMatcher<TValue>(root);
    }

    /// <summary>Finds the longest match at each position, left to right, without overlaps.</summary>
    public List<PhraseMatch<TValue>> FindAll(IReadOnlyList<Token> tokens, string text)
    {
        var matches = new List<PhraseMatch<TValue>>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (TryMatchAt(tokens, i, text, out var match))
            {
                matches.Add(match);
                i += match.TokenCount;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>, if any.</summary>
    public bool TryMatchAt(IReadOnlyList<Token> tokens, int start, string text, out PhraseMatch<TValue> match)
    {
        match = default;
        var node = root;
        var found = false;
        for (var j = start; j < tokens.Count; j++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[j].Lower, out var next))
            {
                break;
            }

            node = next;
            if (node.HasValue && (node.ExactText is null || ExactCaseHolds(node.ExactText, tokens, start, j, text)))
            {
                match = new PhraseMatch<TValue>(start, j - start + 1, node.Value!);
                found = true;
            }
        }

        return found;
    }

    private static bool ExactCaseHolds(string phrase, IReadOnlyList<Token> tokens, int first, int last, string text)
    {
        var phraseTokens = WordTokenizer.Tokenize(phrase);
        for (var k = first; k <= last; k++)
        {
            var expected = phraseTokens[k - first];
            if (!text.AsSpan(tokens[k].Start, tokens[k].Length).SequenceEqual(phrase.AsSpan(expected.Start, expected.Length)))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public bool HasValue;
        public TValue? Value;
        public string? ExactText;
    }
}
