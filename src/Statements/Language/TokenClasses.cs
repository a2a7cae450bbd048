using Statements.Text;

namespace Statements.Language;

/// <summary>
/// The <see cref="WordClass"/> of each token of one sentence, looked up once: rules that ask at every token whether it
/// is a negator, a finite verb or the first word of a cue read a flag instead of looking the word up in one list after
/// another. Refilled for each sentence and reused across a readout's sentences; one instance per call, not shared
/// between threads.
/// </summary>
internal sealed class TokenClasses
{
    private readonly ReadoutLanguage language;
    private WordClass[] classes = [];
    private int count;

    /// <summary>Creates an empty buffer that reads <paramref name="language"/>'s lists.</summary>
    public TokenClasses(ReadoutLanguage language) => this.language = language;

    /// <summary>Looks up the classes of <paramref name="tokens"/>, replacing those of the sentence before.</summary>
    public void Fill(TokenList tokens)
    {
        if (classes.Length < tokens.Count)
        {
            classes = new WordClass[Math.Max(tokens.Count, classes.Length * 2)];
        }

        count = tokens.Count;
        for (var k = 0; k < count; k++)
        {
            classes[k] = language.ClassOf(tokens[k].LowerView);
        }
    }

    /// <summary>Whether token <paramref name="token"/> of the sentence last filled is in any of the lists of <paramref name="wordClass"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="token"/> is not a token of that sentence.</exception>
    public bool Is(int token, WordClass wordClass)
    {
        if ((uint)token >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(token));
        }

        return (classes[token] & wordClass) != 0;
    }
}
