using JiebaNet.Segmenter;

namespace Statements.Text;

/// <summary>
/// Chinese word segmentation by jieba.NET 0.42.2 (MIT; the dictionary and method of the Python jieba: the most
/// probable path through a word graph built from a 350,000-word frequency dictionary), without its hidden Markov
/// model for unknown words, which glues a name the dictionary lacks onto the next word ("王毅同"). The readout
/// language keeps its own words whole on top of this (<see cref="Language.ReadoutLanguage.Segmenter"/>), so nothing is
/// ever added to jieba's dictionary.
/// </summary>
/// <remarks>
/// jieba.NET reads its dictionary from files, which its package does not deliver to the programs that use it. The
/// three files it needs travel inside this assembly and are written, on first use, to a folder of the system's
/// temporary directory named after the version (each through a temporary file and a rename, so concurrent first uses
/// never read half a file); jieba.NET's folder setting (<c>ConfigManager.ConfigFileBaseDir</c>, process-wide) is
/// pointed there before jieba loads. Segmenting is read-only and thread-safe; the one segmenter is created once.
/// </remarks>
public sealed class JiebaWordSegmenter : IWordSegmenter
{
    private static readonly Lazy<JiebaSegmenter> Shared = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The one instance (jieba's dictionary is loaded once per process).</summary>
    public static JiebaWordSegmenter Instance { get; } = new();

    private JiebaWordSegmenter()
    {
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> does not lie inside the text.</exception>
    /// <exception cref="IOException">The dictionary could not be written to the temporary directory on first use.</exception>
    public IReadOnlyList<Span> Segment(string text, Span span)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "The span does not lie inside the text.");
        }

        var words = new List<Span>();
        if (span.Length == 0)
        {
            return words;
        }

        foreach (var token in Shared.Value.Tokenize(text.Substring(span.Start, span.Length), TokenizerMode.Default, hmm: false))
        {
            var start = Math.Clamp(token.StartIndex, 0, span.Length);
            var end = Math.Clamp(token.EndIndex, start, span.Length);

            // jieba cuts between the two halves of a character outside the basic plane: keep such a pair in one word.
            if (end < span.Length && end > start && char.IsHighSurrogate(text[span.Start + end - 1]))
            {
                end++;
            }

            if (words.Count > 0 && span.Start + start < words[^1].End)
            {
                start = words[^1].End - span.Start;
            }

            if (end > start && !string.IsNullOrWhiteSpace(token.Word))
            {
                words.Add(new Span(span.Start + start, end - start));
            }
        }

        return words;
    }

    private static JiebaSegmenter Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "statements-jieba-0.42.2");
        Directory.CreateDirectory(folder);
        foreach (var name in (string[])["dict.txt", "prob_trans.json", "prob_emit.json"])
        {
            using var source = typeof(JiebaWordSegmenter).Assembly.GetManifestResourceStream("Statements.Jieba." + name)
                ?? throw new InvalidOperationException($"The jieba dictionary file {name} is missing from the Statements assembly.");
            var target = Path.Combine(folder, name);
            if (File.Exists(target) && new FileInfo(target).Length == source.Length)
            {
                continue;
            }

            var temporary = target + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var output = File.Create(temporary))
            {
                source.CopyTo(output);
            }

            File.Move(temporary, target, overwrite: true);
        }

        ConfigManager.ConfigFileBaseDir = folder;
        return new JiebaSegmenter();
    }
}
