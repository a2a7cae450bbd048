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
    private readonly HashSet<string> lastWords;

    private PhraseMatcher(Node root, HashSet<string> lastWords) => (this.root, this.lastWords) = (root, lastWords);

    /// <summary>Builds a matcher from phrases; a phrase met twice keeps its first value.</summary>
    /// <param name="phrases">Phrase text, its value, and whether it must match in capitals exactly as written.</param>
    public static PhraseMatcher<TValue> Build(IEnumerable<(string Phrase, TValue Value, bool ExactCase)> phrases)
    {
        var root = new Node();
        var lastWords = new HashSet<string>(StringComparer.Ordinal);
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
                var key = token.LowerString();
                if (!node.Children.TryGetValue(key, out var child))
                {
                    child = new Node();
                    node.Children.Add(key, child);
                }

                node = child;
            }

            lastWords.Add(tokens[^1].LowerString());
            if (!node.HasValue)
            {
                node.HasValue = true;
                node.Value = value;
                node.ExactText = exactCase ? phrase : null;
                node.ExactTokens = exactCase ? [.. tokens.AsSpan().ToArray().Select(t => (t.Start, t.Length))] : null;
            }
        }

        root.Seal();
        return new PhraseMatcher<TValue>(root, lastWords);
    }

    /// <summary>The lower-case first word of every phrase: a match can start only at a token whose lower-case form is one of these.</summary>
    public IEnumerable<string> FirstWords => root.Children?.Keys ?? Enumerable.Empty<string>();

    /// <summary>Whether some phrase ends with a token whose lower-case form is <paramref name="lower"/>: a match can end only at such a token.</summary>
    public bool CanEndWith(ReadOnlySpan<char> lower) => lastWords.Contains(lower);

    /// <summary>Finds the longest match at each position, left to right, without overlaps.</summary>
    public List<PhraseMatch<TValue>> FindAll(TokenList tokens, string text)
    {
        var matches = new List<PhraseMatch<TValue>>();
        FindAll(tokens, text, matches);
        return matches;
    }

    /// <summary>Adds the longest match at each position, left to right, without overlaps, to <paramref name="matches"/>.</summary>
    public void FindAll(TokenList tokens, string text, List<PhraseMatch<TValue>> matches)
    {
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
    }

    /// <summary>Whether any phrase occurs anywhere in <paramref name="tokens"/>.</summary>
    public bool Occurs(TokenList tokens, string text)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryMatchAt(tokens, i, text, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of a one-token phrase whose lower-case form is <paramref name="lower"/>, as if the token's text were <paramref name="lower"/> itself.</summary>
    public bool TryMatchWord(ReadOnlySpan<char> lower, out TValue value) => TryMatchWord(lower, lower, out value);

    /// <summary>
    /// As <see cref="TryMatchWord(ReadOnlySpan{char}, out TValue)"/>, with the word also as <paramref name="written"/> in
    /// the text, so that a phrase that must match in capitals exactly as written ("US", not the pronoun "us") can match.
    /// </summary>
    public bool TryMatchWord(ReadOnlySpan<char> lower, ReadOnlySpan<char> written, out TValue value)
    {
        value = default!;
        if (root.Lookup is not { } lookup || !lookup.TryGetValue(lower, out var node) || !node.HasValue)
        {
            return false;
        }

        if (node.ExactText is not null && !written.SequenceEqual(node.ExactText))
        {
            return false;
        }

        value = node.Value!;
        return true;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/>, if any.</summary>
    public bool TryMatchAt(TokenList tokens, int start, string text, out PhraseMatch<TValue> match)
    {
        match = default;
        var node = root;
        var found = false;
        var span = tokens.AsSpan();
        for (var j = start; j < span.Length; j++)
        {
            if (node.Lookup is not { } lookup || !lookup.TryGetValue(span[j].LowerView, out var next))
            {
                break;
            }

            node = next;
            if (node.HasValue && (node.ExactText is null || ExactCaseHolds(node, span, start, j, text)))
            {
                match = new PhraseMatch<TValue>(start, j - start + 1, node.Value!);
                found = true;
            }
        }

        return found;
    }

    private static bool ExactCaseHolds(Node node, ReadOnlySpan<Token> tokens, int first, int last, string text)
    {
        var phrase = node.ExactText!;
        var phraseTokens = node.ExactTokens!;
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
        public (int Start, int Length)[]? ExactTokens;
        public WordTable<Node>? Lookup;

        /// <summary>Prepares the span look-ups of this node and those below it, once the trie is complete.</summary>
        public void Seal()
        {
            if (Children is null)
            {
                return;
            }

            Lookup = new WordTable<Node>(Children);
            foreach (var child in Children.Values)
            {
                child.Seal();
            }
        }
    }
}
